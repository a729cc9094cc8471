//! The C library of sefidelity: a thin translation layer over the core crate.
//!
//! Everything here converts between C and the core: no rule, threshold, default or
//! validation lives in this crate. The header `bindings/c/include/sefidelity.h` is generated
//! from this file by cbindgen (`ffi/cbindgen.toml`) and checked in.
//!
//! # Conventions
//! - Every function returns a [`SefResult`] (or a value that cannot fail) and runs inside a
//!   panic boundary: a panic in the library comes back as `SEF_PANIC`, never unwinds into C.
//! - Every pointer argument is checked; NULL gives `SEF_NULL_ARGUMENT`.
//! - Input lengths are explicit (`request_len`): input is never read up to a NUL.
//! - What the library hands out is freed by its `_free` function; `_free(NULL)` does nothing.
//! - Strings handed out as [`SefStr`] point into static data and live as long as the program.
//! - The library has no global state: every function may be called from any thread, at the
//!   same time as any other, on different objects.
//! - Output arguments are written only on the paths their function documents; on
//!   `SEF_NULL_ARGUMENT`, `SEF_MISALIGNED_ARGUMENT` and `SEF_PANIC` nothing is written.
#![allow(unsafe_code, reason = "the C boundary dereferences raw pointers, each checked for NULL first")]
#![warn(missing_docs)]

use std::ffi::c_char;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr;

use sefidelity::flat::{FlatEvidence, FlatReport, score_flat};
use sefidelity::rule::Rule;
use sefidelity::scale::MAX_ITEMS;
use sefidelity::{Error, ErrorCode, ReviewOptions, ips25};

/// Major version of the library.
pub const SEF_VERSION_MAJOR: u32 = 0;
/// Minor version of the library.
pub const SEF_VERSION_MINOR: u32 = 1;
/// Patch version of the library.
pub const SEF_VERSION_PATCH: u32 = 0;
/// Most items a scale may have (the length of `sef_report.scores`, and the most entries
/// `sef_score_review` takes).
pub const SEF_MAX_ITEMS: usize = 64;
/// The largest request of most operations, in bytes (256 KiB); a longer one gets an
/// `input_too_large` error document once its `operation` has been read.
pub const SEF_MAX_INPUT_BYTES: usize = 262_144;
/// The largest request of the operations on a service's records (`evidence_from_records`,
/// `kpis`), in bytes (32 MiB), and the largest `sef_evaluate_json` reads at all: a longer
/// request gets an `input_too_large` error document without being read.
pub const SEF_MAX_RECORDS_INPUT_BYTES: usize = 33_554_432;
/// The deepest nesting of arrays and objects a request may have.
pub const SEF_MAX_DEPTH: usize = 32;

const _: () = assert!(SEF_MAX_INPUT_BYTES == sefidelity::document::MAX_INPUT_BYTES);
const _: () = assert!(SEF_MAX_RECORDS_INPUT_BYTES == sefidelity::document::MAX_RECORDS_INPUT_BYTES);
const _: () = assert!(SEF_MAX_DEPTH == sefidelity::document::MAX_DEPTH);

const _: () = assert!(SEF_MAX_ITEMS == MAX_ITEMS);

/// Result codes. The numbers are stable and never reused: 0 is success, 1–99 are the C
/// boundary's own, 100 and up are the core's error codes (the same numbers as the `code`
/// of an error document, see `sefidelity::ErrorCode`).
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SefResult {
    /// Success.
    SefOk = 0,
    /// A pointer argument was NULL.
    SefNullArgument = 1,
    /// A caller buffer was too small; the size needed was reported.
    SefBufferTooSmall = 2,
    /// The library panicked (a bug); nothing was handed out.
    SefPanic = 3,
    /// An index was past the end of a list.
    SefIndexOutOfRange = 4,
    /// A pointer argument was not aligned for its type.
    SefMisalignedArgument = 5,
    /// The request is not well-formed JSON.
    SefMalformedJson = 100,
    /// The request is larger than `MAX_INPUT_BYTES`.
    SefInputTooLarge = 101,
    /// The request nests deeper than `MAX_DEPTH`.
    SefNestingTooDeep = 102,
    /// The request names a document API version this library does not speak.
    SefUnsupportedVersion = 103,
    /// The `operation` is not one the library has.
    SefUnknownOperation = 104,
    /// A required field is absent.
    SefMissingField = 105,
    /// A field is not one the object accepts.
    SefUnknownField = 106,
    /// A field has the wrong JSON type.
    SefWrongType = 107,
    /// A string field holds a value outside its accepted set.
    SefUnknownValue = 108,
    /// A field appears twice in one object.
    SefDuplicateField = 109,
    /// The scale id is not a known scale.
    SefUnknownScale = 200,
    /// The item number is not on the scale.
    SefUnknownItem = 201,
    /// Evidence is given twice for the same item.
    SefDuplicateItem = 202,
    /// A checklist or phase key is not one the item lists.
    SefUnknownComponent = 203,
    /// The same component is listed twice.
    SefDuplicateComponent = 204,
    /// The evidence form is not one the item takes (e.g. a `count` for a rated item).
    SefFormNotAccepted = 205,
    /// One item's evidence mixes two forms.
    SefConflictingEvidence = 206,
    /// An item's evidence object says nothing.
    SefEmptyEvidence = 207,
    /// Two reviews on different scales were compared.
    SefScaleMismatch = 208,
    /// A rating is outside 1–5.
    SefRatingOutOfRange = 300,
    /// A rating is not a whole number.
    SefRatingNotWholeNumber = 301,
    /// A value, count or number is negative.
    SefNegativeValue = 302,
    /// A value is NaN or infinite.
    SefNonFiniteValue = 303,
    /// A percentage is over 100.
    SefPercentOver100 = 304,
    /// A checklist count exceeds the number of components the item lists.
    SefCountOverComponents = 305,
    /// A number is outside the range the field accepts.
    SefValueOutOfRange = 306,
    /// A count is not a whole number.
    SefNotWholeNumber = 307,
    /// A scale definition is not valid (the first problem is named).
    SefInvalidScale = 209,
    /// A modification changes a standard item, which must stay as on the base scale.
    SefStandardItemModified = 210,
    /// A review's `raters` has fewer than two raters or more than the most a review takes (8).
    SefRaterCountOutOfRange = 211,
    /// A rater's evidence is empty.
    SefRaterWithoutEvidence = 212,
    /// One rater name is used twice.
    SefDuplicateRater = 213,
    /// A review gives both `raters` and `evidence`.
    SefRatersWithEvidence = 214,
    /// A consensus entry is given for an item where the raters' scores agree.
    SefConsensusNotNeeded = 215,
    /// A consensus entry is given for an item no rater scored.
    SefConsensusForUnscoredItem = 216,
    /// A consensus entry has no reason (or only white space).
    SefConsensusWithoutReason = 217,
    /// A date is not a valid calendar date written `YYYY-MM-DD`.
    SefInvalidDate = 400,
    /// Two dates of one record are in an impossible order (a job before the start, an end
    /// before its start, a review before the service started).
    SefDatesOutOfOrder = 401,
    /// A date falls after the request's `as_of` date.
    SefDateAfterAsOf = 402,
    /// A count is larger than the count it is part of (more starts than referrals).
    SefCountExceedsTotal = 403,
    /// Two records share one id.
    SefDuplicateRecord = 404,
    /// Two reviews of a service's history share one date.
    SefDuplicateReviewDate = 405,
    /// A fault inside the library (a bug): please report it.
    SefInternal = 900,
}

impl From<ErrorCode> for SefResult {
    fn from(code: ErrorCode) -> Self {
        match code {
            ErrorCode::MalformedJson => Self::SefMalformedJson,
            ErrorCode::InputTooLarge => Self::SefInputTooLarge,
            ErrorCode::NestingTooDeep => Self::SefNestingTooDeep,
            ErrorCode::UnsupportedVersion => Self::SefUnsupportedVersion,
            ErrorCode::UnknownOperation => Self::SefUnknownOperation,
            ErrorCode::MissingField => Self::SefMissingField,
            ErrorCode::UnknownField => Self::SefUnknownField,
            ErrorCode::WrongType => Self::SefWrongType,
            ErrorCode::UnknownValue => Self::SefUnknownValue,
            ErrorCode::DuplicateField => Self::SefDuplicateField,
            ErrorCode::UnknownScale => Self::SefUnknownScale,
            ErrorCode::UnknownItem => Self::SefUnknownItem,
            ErrorCode::DuplicateItem => Self::SefDuplicateItem,
            ErrorCode::UnknownComponent => Self::SefUnknownComponent,
            ErrorCode::DuplicateComponent => Self::SefDuplicateComponent,
            ErrorCode::FormNotAccepted => Self::SefFormNotAccepted,
            ErrorCode::ConflictingEvidence => Self::SefConflictingEvidence,
            ErrorCode::EmptyEvidence => Self::SefEmptyEvidence,
            ErrorCode::ScaleMismatch => Self::SefScaleMismatch,
            ErrorCode::RatingOutOfRange => Self::SefRatingOutOfRange,
            ErrorCode::RatingNotWholeNumber => Self::SefRatingNotWholeNumber,
            ErrorCode::NegativeValue => Self::SefNegativeValue,
            ErrorCode::NonFiniteValue => Self::SefNonFiniteValue,
            ErrorCode::PercentOver100 => Self::SefPercentOver100,
            ErrorCode::CountOverComponents => Self::SefCountOverComponents,
            ErrorCode::ValueOutOfRange => Self::SefValueOutOfRange,
            ErrorCode::NotWholeNumber => Self::SefNotWholeNumber,
            ErrorCode::InvalidScale => Self::SefInvalidScale,
            ErrorCode::StandardItemModified => Self::SefStandardItemModified,
            ErrorCode::RaterCountOutOfRange => Self::SefRaterCountOutOfRange,
            ErrorCode::RaterWithoutEvidence => Self::SefRaterWithoutEvidence,
            ErrorCode::DuplicateRater => Self::SefDuplicateRater,
            ErrorCode::RatersWithEvidence => Self::SefRatersWithEvidence,
            ErrorCode::ConsensusNotNeeded => Self::SefConsensusNotNeeded,
            ErrorCode::ConsensusForUnscoredItem => Self::SefConsensusForUnscoredItem,
            ErrorCode::ConsensusWithoutReason => Self::SefConsensusWithoutReason,
            ErrorCode::InvalidDate => Self::SefInvalidDate,
            ErrorCode::DatesOutOfOrder => Self::SefDatesOutOfOrder,
            ErrorCode::DateAfterAsOf => Self::SefDateAfterAsOf,
            ErrorCode::CountExceedsTotal => Self::SefCountExceedsTotal,
            ErrorCode::DuplicateRecord => Self::SefDuplicateRecord,
            ErrorCode::DuplicateReviewDate => Self::SefDuplicateReviewDate,
            ErrorCode::Internal => Self::SefInternal,
            _ => Self::SefInternal,
        }
    }
}

/// Runs `body`, turning a panic into `on_panic`.
fn boundary<T>(on_panic: T, body: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(body)).unwrap_or(on_panic)
}

/// Returns `SEF_NULL_ARGUMENT` from the enclosing closure when `$ptr` is NULL.
macro_rules! non_null {
    ($($ptr:expr),+) => {
        $(if $ptr.is_null() {
            return SefResult::SefNullArgument;
        })+
    };
}

/// The library version, `"MAJOR.MINOR.PATCH"`, NUL-terminated, static.
#[unsafe(no_mangle)]
pub extern "C" fn sef_version() -> *const c_char {
    static VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");
    VERSION.as_ptr().cast()
}

// ---------------------------------------------------------------------------------------
// The document API

/// A JSON response document, owned by the caller: read it with `sef_response_json` and
/// `sef_response_len`, free it with `sef_response_free`.
pub struct SefResponse {
    /// The JSON text followed by one NUL byte.
    text: Vec<u8>,
}

/// Answers one JSON request (the document API: every operation of the library).
///
/// `request` points to `request_len` bytes of UTF-8 JSON; it need not be NUL-terminated and
/// is only read during the call (bytes that are not UTF-8 give `SEF_MALFORMED_JSON`; more than
/// `SEF_MAX_RECORDS_INPUT_BYTES` give `SEF_INPUT_TOO_LARGE` without being read, and more than
/// `SEF_MAX_INPUT_BYTES` give it for every operation but `evidence_from_records` and `kpis`). On return
/// `*response_out` holds a new response the caller owns and frees with `sef_response_free`:
/// the answer, or an error document `{"error": {"code", "message", ...}}`. The result is
/// `SEF_OK` for an answer, or the error document's code. `request` may be NULL only when
/// `request_len` is 0. On `SEF_NULL_ARGUMENT`, `SEF_MISALIGNED_ARGUMENT` or `SEF_PANIC`,
/// `*response_out` is not written.
///
/// # Safety
/// `request` must point to `request_len` readable bytes (or be NULL with length 0);
/// `response_out` must point to writable storage for one pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sef_evaluate_json(
    request: *const u8,
    request_len: usize,
    response_out: *mut *mut SefResponse,
) -> SefResult {
    boundary(SefResult::SefPanic, || {
        non_null!(response_out);
        if !response_out.is_aligned() {
            return SefResult::SefMisalignedArgument;
        }
        if request.is_null() && request_len != 0 {
            return SefResult::SefNullArgument;
        }
        let bytes: &[u8] = if request_len == 0 {
            &[]
        } else if let Err(error) = sefidelity::document::check_length(request_len) {
            // Refused without reading: only the length reaches the core.
            let json = sefidelity::document::error_document(&error);
            let mut text = json.into_bytes();
            text.push(0);
            // SAFETY: checked non-NULL and aligned; the caller guarantees it is writable.
            unsafe { response_out.write(Box::into_raw(Box::new(SefResponse { text }))) };
            return SefResult::SefInputTooLarge;
        } else {
            // SAFETY: checked non-NULL; the caller guarantees `request_len` readable bytes.
            unsafe { std::slice::from_raw_parts(request, request_len) }
        };
        let (json, error) = sefidelity::document::evaluate_bytes_with_code(bytes);
        let code = error.map_or(SefResult::SefOk, SefResult::from);
        let mut text = json.into_bytes();
        text.push(0);
        // SAFETY: checked non-NULL; the caller guarantees it is writable.
        unsafe { response_out.write(Box::into_raw(Box::new(SefResponse { text }))) };
        code
    })
}

/// The response's JSON text, NUL-terminated; valid until the response is freed. NULL when
/// `response` is NULL.
///
/// # Safety
/// `response` must be NULL or a live response from `sef_evaluate_json`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sef_response_json(response: *const SefResponse) -> *const c_char {
    boundary(ptr::null(), || {
        // SAFETY: the caller guarantees NULL or a live response.
        unsafe { response.as_ref() }.map_or(ptr::null(), |r| r.text.as_ptr().cast())
    })
}

/// The length of the response's JSON text in bytes, without the NUL; 0 when `response` is NULL.
///
/// # Safety
/// `response` must be NULL or a live response from `sef_evaluate_json`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sef_response_len(response: *const SefResponse) -> usize {
    boundary(0, || {
        // SAFETY: the caller guarantees NULL or a live response.
        unsafe { response.as_ref() }.map_or(0, |r| r.text.len().saturating_sub(1))
    })
}

/// Frees a response. `sef_response_free(NULL)` does nothing.
///
/// # Safety
/// `response` must be NULL or a response from `sef_evaluate_json` not yet freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sef_response_free(response: *mut SefResponse) {
    boundary((), || {
        if !response.is_null() {
            // SAFETY: the caller hands back a response this library boxed and has not freed.
            drop(unsafe { Box::from_raw(response) });
        }
    });
}

// ---------------------------------------------------------------------------------------
// Errors of the typed functions

/// An error from a typed function, owned by the caller: read it with `sef_error_code` and
/// `sef_error_message`, free it with `sef_error_free`.
pub struct SefError {
    code: SefResult,
    /// The message followed by one NUL byte.
    message: Vec<u8>,
}

fn hand_out_error(error: &Error, error_out: *mut *mut SefError) -> SefResult {
    let code = SefResult::from(error.code());
    if !error_out.is_null() {
        let mut message = error.to_string().into_bytes();
        message.push(0);
        // SAFETY: checked non-NULL; the caller guarantees it is writable.
        unsafe { error_out.write(Box::into_raw(Box::new(SefError { code, message }))) };
    }
    code
}

/// The error's code; `SEF_NULL_ARGUMENT` when `error` is NULL.
///
/// # Safety
/// `error` must be NULL or a live error.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sef_error_code(error: *const SefError) -> SefResult {
    boundary(SefResult::SefPanic, || {
        // SAFETY: the caller guarantees NULL or a live error.
        unsafe { error.as_ref() }.map_or(SefResult::SefNullArgument, |e| e.code)
    })
}

/// Copies the error's message (it names the field, the value and what is accepted) into
/// `buffer`, NUL-terminated. `*needed_out` (when not NULL) receives the size the message needs,
/// NUL included, whatever else happens. When `capacity` is smaller, nothing is copied and
/// `SEF_BUFFER_TOO_SMALL` is returned, so `buffer` may be NULL with `capacity` 0 to ask for the
/// size; a NULL `buffer` with a large enough `capacity` gives `SEF_NULL_ARGUMENT`. A NULL
/// `error` gives `SEF_NULL_ARGUMENT`.
///
/// # Safety
/// `error` must be NULL or a live error; `buffer` must be NULL or hold `capacity` writable
/// bytes; `needed_out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sef_error_message(
    error: *const SefError,
    buffer: *mut c_char,
    capacity: usize,
    needed_out: *mut usize,
) -> SefResult {
    boundary(SefResult::SefPanic, || {
        non_null!(error);
        // SAFETY: checked non-NULL; the caller guarantees a live error.
        let message = unsafe { &(*error).message };
        if !needed_out.is_null() {
            // SAFETY: checked non-NULL; the caller guarantees it is writable.
            unsafe { needed_out.write(message.len()) };
        }
        if capacity < message.len() {
            return SefResult::SefBufferTooSmall;
        }
        non_null!(buffer);
        // SAFETY: `buffer` holds `capacity` >= message.len() writable bytes; they cannot
        // overlap the library's own allocation.
        unsafe { ptr::copy_nonoverlapping(message.as_ptr(), buffer.cast::<u8>(), message.len()) };
        SefResult::SefOk
    })
}

/// Frees an error. `sef_error_free(NULL)` does nothing.
///
/// # Safety
/// `error` must be NULL or an error from this library not yet freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sef_error_free(error: *mut SefError) {
    boundary((), || {
        if !error.is_null() {
            // SAFETY: the caller hands back an error this library boxed and has not freed.
            drop(unsafe { Box::from_raw(error) });
        }
    });
}

// ---------------------------------------------------------------------------------------
// The typed fast path

/// One item's evidence in a fixed layout. `form` selects the meaning of the other fields;
/// the table is in the core's `sefidelity::flat` module docs (1 rating in `value`; 2
/// insufficient data; 3 measured `value`; 4 count in `number`; 5 components present as a
/// bit set in `number`; 6–9 item 3; 10–12 item 4; 13 item 6; 14 item 17; 15 item 21).
#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
pub struct SefEvidence {
    /// Item number, from 1.
    pub item: u8,
    /// Form code, 1–15.
    pub form: u8,
    /// Flags, by form.
    pub flags: u8,
    /// Reserved; must be 0.
    pub reserved: u8,
    /// Whole-number slot, by form.
    pub number: u32,
    /// First number slot, by form.
    pub value: f64,
    /// Second number slot, by form.
    pub value2: f64,
}

/// A scored review.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct SefReport {
    /// `scores[n - 1]` is item `n`'s score, 1–5, or 0 when it has none.
    pub scores: [u8; SEF_MAX_ITEMS],
    /// Items on the scale.
    pub item_count: u16,
    /// Items with a score.
    pub scored: u16,
    /// Sum of the scored items.
    pub total: u16,
    /// Highest possible total.
    pub max_total: u16,
    /// 1 when every item has a score, else 0.
    pub complete: u8,
    /// The band: 0 while incomplete, else 1 exemplary, 2 good, 3 fair, 4 not supported employment.
    pub band: u8,
}

// The C structs have exactly the layout of the core's flat structs they are copied from.
const _: () = {
    use std::mem::{align_of, offset_of, size_of};
    assert!(size_of::<SefEvidence>() == size_of::<FlatEvidence>());
    assert!(align_of::<SefEvidence>() == align_of::<FlatEvidence>());
    assert!(offset_of!(SefEvidence, number) == offset_of!(FlatEvidence, number));
    assert!(offset_of!(SefEvidence, value) == offset_of!(FlatEvidence, value));
    assert!(offset_of!(SefEvidence, value2) == offset_of!(FlatEvidence, value2));
    assert!(size_of::<SefReport>() == size_of::<FlatReport>());
    assert!(offset_of!(SefReport, total) == offset_of!(FlatReport, total));
    assert!(offset_of!(SefReport, band) == offset_of!(FlatReport, band));
};

impl From<FlatReport> for SefReport {
    fn from(r: FlatReport) -> Self {
        Self {
            scores: r.scores,
            item_count: r.item_count,
            scored: r.scored,
            total: r.total,
            max_total: r.max_total,
            complete: r.complete,
            band: r.band,
        }
    }
}

/// Scores a review on the UK IPS-25 scale from `count` evidence entries (one per item, any
/// order) into `*report_out`. No heap allocation on success.
///
/// On failure nothing is written to `*report_out`; when `error_out` is not NULL it receives
/// a new error the caller frees with `sef_error_free` (and NULL on success, so it never holds
/// a stale pointer). `evidence` may be NULL only when `count` is 0; a `count` over
/// `SEF_MAX_ITEMS` is refused (`SEF_VALUE_OUT_OF_RANGE`) before any entry is read.
///
/// # Safety
/// `evidence` must point to `count` readable entries; `report_out` must be writable;
/// `error_out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sef_score_review(
    evidence: *const SefEvidence,
    count: usize,
    report_out: *mut SefReport,
    error_out: *mut *mut SefError,
) -> SefResult {
    boundary(SefResult::SefPanic, || {
        non_null!(report_out);
        if !report_out.is_aligned() || !error_out.is_aligned() || !evidence.is_aligned() {
            return SefResult::SefMisalignedArgument;
        }
        if !error_out.is_null() {
            // SAFETY: checked non-NULL and aligned; the caller guarantees it is writable.
            unsafe { error_out.write(ptr::null_mut()) };
        }
        if evidence.is_null() && count != 0 {
            return SefResult::SefNullArgument;
        }
        // Refused before the entries are read: `count` may be any number.
        if let Err(error) = sefidelity::flat::check_entry_count(count) {
            return hand_out_error(&error, error_out);
        }
        let entries: &[SefEvidence] = if count == 0 {
            &[]
        } else {
            // SAFETY: checked non-NULL and aligned, count <= 64; the caller guarantees `count`
            // readable entries.
            unsafe { std::slice::from_raw_parts(evidence, count) }
        };
        let mut flat = [FlatEvidence::default(); MAX_ITEMS];
        for (slot, e) in flat.iter_mut().zip(entries) {
            *slot = FlatEvidence {
                item: e.item,
                form: e.form,
                flags: e.flags,
                reserved: e.reserved,
                number: e.number,
                value: e.value,
                value2: e.value2,
            };
        }
        let used = flat.get(..entries.len()).unwrap_or_default();
        match score_flat(&ips25::SCALE, used, ReviewOptions::default()) {
            Ok(report) => {
                // SAFETY: checked non-NULL; the caller guarantees it is writable.
                unsafe { report_out.write(report.into()) };
                SefResult::SefOk
            }
            Err(error) => hand_out_error(&error, error_out),
        }
    })
}

// ---------------------------------------------------------------------------------------
// Scale metadata

/// A borrowed string: `len` bytes of UTF-8 at `ptr`, not NUL-terminated, static.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct SefStr {
    /// The first byte.
    pub ptr: *const c_char,
    /// The length in bytes.
    pub len: usize,
}

impl SefStr {
    fn of(s: &'static str) -> Self {
        Self { ptr: s.as_ptr().cast(), len: s.len() }
    }
}

/// An item of the UK IPS-25 scale, for building forms.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct SefItemInfo {
    /// Item number, from 1.
    pub number: u8,
    /// Rule kind: 1 measured, 2 checklist, 3 composite, 4 rated.
    pub rule: u8,
    /// Components (checklist items) or phases (item 3) listed; 0 for other items.
    pub component_count: u8,
    /// Stable key, e.g. `caseload_size`.
    pub key: SefStr,
    /// Title.
    pub title: SefStr,
    /// Section key: `staffing`, `organisation` or `services`.
    pub section: SefStr,
    /// What the item asks for.
    pub description: SefStr,
    /// `anchors[i]` describes score `i + 1`.
    pub anchors: [SefStr; 5],
}

/// Items on the UK IPS-25 scale (25).
#[unsafe(no_mangle)]
pub extern "C" fn sef_scale_item_count() -> usize {
    ips25::SCALE.items.len()
}

/// Writes the item at `index` (0-based; item number `index + 1`) to `*info_out`.
///
/// # Safety
/// `info_out` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sef_scale_item(index: usize, info_out: *mut SefItemInfo) -> SefResult {
    boundary(SefResult::SefPanic, || {
        non_null!(info_out);
        let Some(item) = ips25::SCALE.items.get(index) else { return SefResult::SefIndexOutOfRange };
        let info = SefItemInfo {
            number: item.number,
            rule: match item.rule {
                Rule::Measured(_) => 1,
                Rule::Checklist(_) => 2,
                Rule::Composite(_) => 3,
                Rule::Rated => 4,
            },
            component_count: u8::try_from(item.components().len()).unwrap_or(u8::MAX),
            key: SefStr::of(item.key),
            title: SefStr::of(item.text.title),
            section: SefStr::of(item.section.key),
            description: SefStr::of(item.text.description),
            anchors: item.text.anchors.map(SefStr::of),
        };
        // SAFETY: checked non-NULL; the caller guarantees it is writable.
        unsafe { info_out.write(info) };
        SefResult::SefOk
    })
}

/// Writes component `component` (0-based) of the item at `index` to `*key_out` and
/// `*description_out` (either may be NULL when not wanted).
///
/// # Safety
/// `key_out` and `description_out` must each be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sef_scale_item_component(
    index: usize,
    component: usize,
    key_out: *mut SefStr,
    description_out: *mut SefStr,
) -> SefResult {
    boundary(SefResult::SefPanic, || {
        let Some(item) = ips25::SCALE.items.get(index) else { return SefResult::SefIndexOutOfRange };
        let Some(c) = item.components().get(component) else { return SefResult::SefIndexOutOfRange };
        if !key_out.is_null() {
            // SAFETY: checked non-NULL; the caller guarantees it is writable.
            unsafe { key_out.write(SefStr::of(c.key)) };
        }
        if !description_out.is_null() {
            // SAFETY: checked non-NULL; the caller guarantees it is writable.
            unsafe { description_out.write(SefStr::of(c.description)) };
        }
        SefResult::SefOk
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_core_code_has_the_same_number_in_c() {
        for code in ErrorCode::ALL {
            assert_eq!(SefResult::from(code) as u32, u32::from(code.number()), "{code}");
        }
    }

    #[test]
    fn the_version_macros_match_the_crate() {
        let version = format!("{SEF_VERSION_MAJOR}.{SEF_VERSION_MINOR}.{SEF_VERSION_PATCH}");
        assert_eq!(version, env!("CARGO_PKG_VERSION"));
    }

    #[test]
    fn the_result_is_the_error_documents_code() {
        let call = |request: &[u8]| {
            let mut response = ptr::null_mut();
            // SAFETY: a readable slice and a writable pointer.
            let result = unsafe { sef_evaluate_json(request.as_ptr(), request.len(), &mut response) };
            // SAFETY: freed once.
            unsafe { sef_response_free(response) };
            result
        };
        assert_eq!(call(br#"{"operation":"swemwbs","responses":[5,4,3,4,4,3,4]}"#), SefResult::SefOk);
        assert_eq!(
            call(br#"{"operation":"review","scale":"ips-25-uk","evidence":{"7":{"rating":6}}}"#),
            SefResult::SefRatingOutOfRange
        );
        let mut response = ptr::null_mut();
        // SAFETY: the length is refused before the (one-byte) buffer would be read past.
        let result = unsafe { sef_evaluate_json(b"{".as_ptr(), usize::MAX, &mut response) };
        assert_eq!(result, SefResult::SefInputTooLarge);
        // SAFETY: freed once.
        unsafe { sef_response_free(response) };
    }
}
