//! The one error type of the crate, with stable codes.
//!
//! Every failure — in the typed API or the JSON document API — is an [`Error`].
//! [`Error::code`] gives a stable [`ErrorCode`]: its string form (`"rating_out_of_range"`)
//! appears in error documents and its number ([`ErrorCode::number`]) is what the C
//! binding returns. Codes are never renumbered or reused; retired codes stay reserved.
//! Messages name the field, the value and what is accepted.

use alloc::string::String;

/// Stable machine-readable error codes. The numbers are part of the public ABI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u16)]
#[non_exhaustive]
pub enum ErrorCode {
    /// The request is not well-formed JSON.
    MalformedJson = 100,
    /// The request is larger than the document API accepts (`document::MAX_INPUT_BYTES`).
    InputTooLarge = 101,
    /// The request nests deeper than the document API accepts (`document::MAX_DEPTH`).
    NestingTooDeep = 102,
    /// The request names a document API version this library does not speak.
    UnsupportedVersion = 103,
    /// The `operation` is not one the library has.
    UnknownOperation = 104,
    /// A required field is absent.
    MissingField = 105,
    /// A field is not one the object accepts.
    UnknownField = 106,
    /// A field has the wrong JSON type.
    WrongType = 107,
    /// A string field holds a value outside its accepted set.
    UnknownValue = 108,
    /// A field appears twice in one object.
    DuplicateField = 109,
    /// The scale id is not a known scale.
    UnknownScale = 200,
    /// The item number is not on the scale.
    UnknownItem = 201,
    /// Evidence is given twice for the same item.
    DuplicateItem = 202,
    /// A checklist or phase key is not one the item lists.
    UnknownComponent = 203,
    /// The same component is listed twice.
    DuplicateComponent = 204,
    /// The evidence form is not one the item takes (e.g. a `count` for a rated item).
    FormNotAccepted = 205,
    /// One item's evidence mixes two forms.
    ConflictingEvidence = 206,
    /// An item's evidence object says nothing.
    EmptyEvidence = 207,
    /// Two reviews on different scales were compared.
    ScaleMismatch = 208,
    /// A rating is outside 1–5.
    RatingOutOfRange = 300,
    /// A rating is not a whole number.
    RatingNotWholeNumber = 301,
    /// A value, count or number is negative.
    NegativeValue = 302,
    /// A value is NaN or infinite.
    NonFiniteValue = 303,
    /// A percentage is over 100.
    PercentOver100 = 304,
    /// A checklist count exceeds the number of components the item lists.
    CountOverComponents = 305,
    /// A number is outside the range the field accepts.
    ValueOutOfRange = 306,
    /// A count is not a whole number.
    NotWholeNumber = 307,
    /// A scale definition is not valid (the first problem is named).
    InvalidScale = 209,
    /// A modification changes a standard item, which must stay as on the base scale.
    StandardItemModified = 210,
    /// A date is not a valid calendar date written `YYYY-MM-DD`.
    InvalidDate = 400,
    /// Two dates of one record are in an impossible order (a job before the start, an end
    /// before its start, a review before the service started).
    DatesOutOfOrder = 401,
    /// A date falls after the request's `as_of` date.
    DateAfterAsOf = 402,
    /// A count is larger than the count it is part of (more starts than referrals).
    CountExceedsTotal = 403,
    /// Two records share one id.
    DuplicateRecord = 404,
    /// A review's `raters` has fewer than two raters or more than
    /// [`MAX_RATERS`](crate::raters::MAX_RATERS).
    RaterCountOutOfRange = 211,
    /// A rater's evidence is empty.
    RaterWithoutEvidence = 212,
    /// One rater name is used twice.
    DuplicateRater = 213,
    /// A review gives both `raters` and `evidence`.
    RatersWithEvidence = 214,
    /// A consensus entry is given for an item where the raters' scores agree.
    ConsensusNotNeeded = 215,
    /// A consensus entry is given for an item no rater scored.
    ConsensusForUnscoredItem = 216,
    /// A consensus entry has no reason (or only white space).
    ConsensusWithoutReason = 217,
    /// Two reviews of a service's history share one date.
    DuplicateReviewDate = 405,
    /// A fault inside the library (a bug): please report it.
    Internal = 900,
}

impl ErrorCode {
    /// Every code, in number order.
    pub const ALL: [Self; 43] = [
        Self::MalformedJson,
        Self::InputTooLarge,
        Self::NestingTooDeep,
        Self::UnsupportedVersion,
        Self::UnknownOperation,
        Self::MissingField,
        Self::UnknownField,
        Self::WrongType,
        Self::UnknownValue,
        Self::DuplicateField,
        Self::UnknownScale,
        Self::UnknownItem,
        Self::DuplicateItem,
        Self::UnknownComponent,
        Self::DuplicateComponent,
        Self::FormNotAccepted,
        Self::ConflictingEvidence,
        Self::EmptyEvidence,
        Self::ScaleMismatch,
        Self::RatingOutOfRange,
        Self::RatingNotWholeNumber,
        Self::NegativeValue,
        Self::NonFiniteValue,
        Self::PercentOver100,
        Self::CountOverComponents,
        Self::ValueOutOfRange,
        Self::NotWholeNumber,
        Self::InvalidScale,
        Self::StandardItemModified,
        Self::RaterCountOutOfRange,
        Self::RaterWithoutEvidence,
        Self::DuplicateRater,
        Self::RatersWithEvidence,
        Self::ConsensusNotNeeded,
        Self::ConsensusForUnscoredItem,
        Self::ConsensusWithoutReason,
        Self::InvalidDate,
        Self::DatesOutOfOrder,
        Self::DateAfterAsOf,
        Self::CountExceedsTotal,
        Self::DuplicateRecord,
        Self::DuplicateReviewDate,
        Self::Internal,
    ];

    /// The stable string form used in error documents, e.g. `"rating_out_of_range"`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::MalformedJson => "malformed_json",
            Self::InputTooLarge => "input_too_large",
            Self::NestingTooDeep => "nesting_too_deep",
            Self::UnsupportedVersion => "unsupported_version",
            Self::UnknownOperation => "unknown_operation",
            Self::MissingField => "missing_field",
            Self::UnknownField => "unknown_field",
            Self::WrongType => "wrong_type",
            Self::UnknownValue => "unknown_value",
            Self::DuplicateField => "duplicate_field",
            Self::UnknownScale => "unknown_scale",
            Self::UnknownItem => "unknown_item",
            Self::DuplicateItem => "duplicate_item",
            Self::UnknownComponent => "unknown_component",
            Self::DuplicateComponent => "duplicate_component",
            Self::FormNotAccepted => "form_not_accepted",
            Self::ConflictingEvidence => "conflicting_evidence",
            Self::EmptyEvidence => "empty_evidence",
            Self::ScaleMismatch => "scale_mismatch",
            Self::RatingOutOfRange => "rating_out_of_range",
            Self::RatingNotWholeNumber => "rating_not_whole_number",
            Self::NegativeValue => "negative_value",
            Self::NonFiniteValue => "non_finite_value",
            Self::PercentOver100 => "percent_over_100",
            Self::CountOverComponents => "count_over_components",
            Self::ValueOutOfRange => "value_out_of_range",
            Self::NotWholeNumber => "not_whole_number",
            Self::InvalidScale => "invalid_scale",
            Self::StandardItemModified => "standard_item_modified",
            Self::RaterCountOutOfRange => "rater_count_out_of_range",
            Self::RaterWithoutEvidence => "rater_without_evidence",
            Self::DuplicateRater => "duplicate_rater",
            Self::RatersWithEvidence => "raters_with_evidence",
            Self::ConsensusNotNeeded => "consensus_not_needed",
            Self::ConsensusForUnscoredItem => "consensus_for_unscored_item",
            Self::ConsensusWithoutReason => "consensus_without_reason",
            Self::InvalidDate => "invalid_date",
            Self::DatesOutOfOrder => "dates_out_of_order",
            Self::DateAfterAsOf => "date_after_as_of",
            Self::CountExceedsTotal => "count_exceeds_total",
            Self::DuplicateRecord => "duplicate_record",
            Self::DuplicateReviewDate => "duplicate_review_date",
            Self::Internal => "internal_error",
        }
    }

    /// The stable number of this code (what the C binding returns).
    #[must_use]
    pub const fn number(self) -> u16 {
        self as u16
    }
}

impl core::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Everything that can go wrong, in the typed API and the document API alike.
///
/// `field` is the path of the offending field in a request document, such as
/// `evidence.7.rating`; the typed API uses the same paths.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// See [`ErrorCode::MalformedJson`].
    #[error("request is not valid JSON at line {line}, column {column}: {detail}")]
    MalformedJson {
        /// 1-based line of the fault.
        line: usize,
        /// 1-based column of the fault.
        column: usize,
        /// What the parser found.
        detail: String,
    },
    /// See [`ErrorCode::InputTooLarge`].
    #[error("request is {size} bytes; at most {limit} bytes are accepted")]
    InputTooLarge {
        /// Size of the request in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// See [`ErrorCode::NestingTooDeep`].
    #[error("request nests arrays and objects more than {limit} levels deep")]
    NestingTooDeep {
        /// The depth limit.
        limit: usize,
    },
    /// See [`ErrorCode::UnsupportedVersion`].
    #[error("version: {version} is not supported; accepted: 1")]
    UnsupportedVersion {
        /// The version as given.
        version: String,
    },
    /// See [`ErrorCode::UnknownOperation`].
    #[error("operation: \"{operation}\" is not an operation; accepted: {accepted}")]
    UnknownOperation {
        /// The operation as given.
        operation: String,
        /// The operations the library has.
        accepted: &'static str,
    },
    /// See [`ErrorCode::MissingField`].
    #[error("{field}: required field is missing")]
    MissingField {
        /// Path of the missing field.
        field: String,
    },
    /// See [`ErrorCode::UnknownField`].
    #[error("{field}: unknown field; accepted here: {accepted}")]
    UnknownField {
        /// Path of the unknown field.
        field: String,
        /// The fields accepted at that place.
        accepted: String,
    },
    /// See [`ErrorCode::WrongType`].
    #[error("{field}: expected {expected}, found {found}")]
    WrongType {
        /// Path of the field.
        field: String,
        /// The JSON type expected.
        expected: alloc::borrow::Cow<'static, str>,
        /// What was found: a scalar with its value (`the string "five"`, `the number 6`,
        /// `true`, `null`), an array or an object by its type.
        found: alloc::borrow::Cow<'static, str>,
    },
    /// See [`ErrorCode::UnknownValue`].
    #[error("{field}: \"{value}\" is not accepted; accepted: {accepted}")]
    UnknownValue {
        /// Path of the field.
        field: String,
        /// The value as given.
        value: String,
        /// The accepted values.
        accepted: String,
    },
    /// See [`ErrorCode::DuplicateField`].
    #[error("{field}: field appears more than once; accepted: each field once per object")]
    DuplicateField {
        /// Path of the repeated field.
        field: String,
    },
    /// See [`ErrorCode::UnknownScale`].
    #[error("scale: \"{scale}\" is not a known scale; accepted: {accepted}")]
    UnknownScale {
        /// The scale id as given.
        scale: String,
        /// The known scale ids.
        accepted: &'static str,
    },
    /// See [`ErrorCode::UnknownItem`].
    #[error("{field}: \"{item}\" is not an item of {scale}; accepted: item numbers 1 to {last}")]
    UnknownItem {
        /// Path of the field.
        field: String,
        /// The item as given.
        item: String,
        /// The scale id.
        scale: String,
        /// The last item number on the scale.
        last: usize,
    },
    /// See [`ErrorCode::DuplicateItem`].
    #[error("{field}: evidence for item {item} is given more than once; give each item once")]
    DuplicateItem {
        /// Path of the field.
        field: String,
        /// The item number.
        item: u8,
    },
    /// See [`ErrorCode::UnknownComponent`].
    #[error("{field}: \"{component}\" is not a component of item {item}; accepted: {accepted}")]
    UnknownComponent {
        /// Path of the field.
        field: String,
        /// The item number.
        item: u8,
        /// The component key as given.
        component: String,
        /// The keys the item lists.
        accepted: String,
    },
    /// See [`ErrorCode::DuplicateComponent`].
    #[error("{field}: component \"{component}\" is listed more than once; accepted: each component once")]
    DuplicateComponent {
        /// Path of the field.
        field: String,
        /// The repeated component key.
        component: String,
    },
    /// See [`ErrorCode::FormNotAccepted`].
    #[error("{field}: item {item} does not take `{form}` evidence; accepted: {accepted}")]
    FormNotAccepted {
        /// Path of the field.
        field: String,
        /// The item number.
        item: u8,
        /// The form given.
        form: &'static str,
        /// The forms the item takes.
        accepted: &'static str,
    },
    /// See [`ErrorCode::ConflictingEvidence`].
    #[error("{field}: `{first}` and `{second}` cannot be given together; accepted: one of them")]
    ConflictingEvidence {
        /// Path of the item's evidence.
        field: String,
        /// One form given.
        first: String,
        /// The other form given.
        second: String,
    },
    /// See [`ErrorCode::EmptyEvidence`].
    #[error("{field}: nothing given; accepted: {accepted}")]
    EmptyEvidence {
        /// Path of the item's evidence.
        field: String,
        /// The forms the item takes.
        accepted: &'static str,
    },
    /// See [`ErrorCode::ScaleMismatch`].
    #[error("cannot compare a review on {before} with one on {after}; accepted: two reviews on the same scale")]
    ScaleMismatch {
        /// Scale of the earlier review.
        before: String,
        /// Scale of the later review.
        after: String,
    },
    /// See [`ErrorCode::RatingOutOfRange`].
    #[error("{field}: rating {} is outside 1–5; accepted: a whole number from 1 to 5", shown(.value))]
    RatingOutOfRange {
        /// Path of the field.
        field: String,
        /// The rating as given.
        value: f64,
    },
    /// See [`ErrorCode::RatingNotWholeNumber`].
    #[error("{field}: rating {} is not a whole number; accepted: a whole number from 1 to 5", shown(.value))]
    RatingNotWholeNumber {
        /// Path of the field.
        field: String,
        /// The rating as given.
        value: f64,
    },
    /// See [`ErrorCode::NegativeValue`].
    #[error("{field}: {} is negative; accepted: {accepted}", shown(.value))]
    NegativeValue {
        /// Path of the field.
        field: String,
        /// The value as given.
        value: f64,
        /// What the field accepts.
        accepted: &'static str,
    },
    /// See [`ErrorCode::NonFiniteValue`].
    #[error("{field}: {} is not a finite number; accepted: {accepted}", shown(.value))]
    NonFiniteValue {
        /// Path of the field.
        field: String,
        /// The value as given.
        value: f64,
        /// What the field accepts.
        accepted: &'static str,
    },
    /// See [`ErrorCode::PercentOver100`].
    #[error("{field}: {}% is over 100%; accepted: a percentage from 0 to 100", shown(.value))]
    PercentOver100 {
        /// Path of the field.
        field: String,
        /// The value as given.
        value: f64,
    },
    /// See [`ErrorCode::CountOverComponents`].
    #[error(
        "{field}: count {} is more than the {components} components item {item} lists; accepted: 0 to {components}",
        shown(.count)
    )]
    CountOverComponents {
        /// Path of the field.
        field: String,
        /// The item number.
        item: u8,
        /// The count as given.
        count: f64,
        /// How many components the item lists.
        components: usize,
    },
    /// See [`ErrorCode::ValueOutOfRange`].
    #[error("{field}: {} is out of range; accepted: {accepted}", shown(.value))]
    ValueOutOfRange {
        /// Path of the field.
        field: String,
        /// The value as given.
        value: f64,
        /// What the field accepts.
        accepted: &'static str,
    },
    /// See [`ErrorCode::NotWholeNumber`].
    #[error("{field}: {} is not a whole number; accepted: {accepted}", shown(.value))]
    NotWholeNumber {
        /// Path of the field.
        field: String,
        /// The value as given.
        value: f64,
        /// What the field accepts.
        accepted: &'static str,
    },
    /// See [`ErrorCode::InvalidScale`].
    #[error("{field}: {problem}")]
    InvalidScale {
        /// Path of the faulty part of the definition, e.g. `scale.items[3].anchors`.
        field: String,
        /// What is wrong and what is accepted.
        problem: String,
    },
    /// See [`ErrorCode::StandardItemModified`].
    #[error(
        "{field}: item {item} ({key}) is a standard item and must stay as on the base scale; accepted: modifications of the modifiable items {modifiable}"
    )]
    StandardItemModified {
        /// Path of the modification.
        field: String,
        /// The item number.
        item: u8,
        /// The item key.
        key: String,
        /// The modifiable item numbers.
        modifiable: String,
    },
    /// See [`ErrorCode::InvalidDate`].
    #[error(
        "{field}: \"{value}\" is not a calendar date; accepted: a date written YYYY-MM-DD from 1900-01-01 to 2199-12-31, such as 2025-04-01"
    )]
    InvalidDate {
        /// Path of the field.
        field: String,
        /// The text as given.
        value: String,
    },
    /// See [`ErrorCode::DatesOutOfOrder`].
    #[error("{field}: {value} is before {other_field} ({other_value}); accepted: a date on or after {other_value}")]
    DatesOutOfOrder {
        /// Path of the field whose date is too early.
        field: String,
        /// Its date.
        value: String,
        /// Path of the field it must not precede.
        other_field: String,
        /// That field's date.
        other_value: String,
    },
    /// See [`ErrorCode::DateAfterAsOf`].
    #[error("{field}: {value} is after as_of ({as_of}); accepted: a date on or before {as_of}")]
    DateAfterAsOf {
        /// Path of the field.
        field: String,
        /// Its date.
        value: String,
        /// The request's `as_of` date.
        as_of: String,
    },
    /// See [`ErrorCode::CountExceedsTotal`].
    #[error("{field}: {value} is more than {total_field} ({total}); accepted: 0 to {total}")]
    CountExceedsTotal {
        /// Path of the field.
        field: String,
        /// The count as given.
        value: u32,
        /// Path of the count it is part of.
        total_field: String,
        /// That count.
        total: u32,
    },
    /// See [`ErrorCode::DuplicateRecord`].
    #[error("{field}: record id \"{id}\" is used more than once; accepted: a distinct id per record")]
    DuplicateRecord {
        /// Path of the repeated id.
        field: String,
        /// The id.
        id: String,
    },
    /// See [`ErrorCode::RaterCountOutOfRange`].
    #[error(
        "{field}: the number of raters is {count}; accepted: 2 to {max} raters (one rater's evidence goes in `evidence`)"
    )]
    RaterCountOutOfRange {
        /// Path of the raters, `raters`.
        field: String,
        /// How many raters were given.
        count: usize,
        /// The most raters a review takes.
        max: usize,
    },
    /// See [`ErrorCode::RaterWithoutEvidence`].
    #[error("{field}: rater \"{rater}\" gives no evidence; accepted: evidence for at least one item")]
    RaterWithoutEvidence {
        /// Path of the rater's evidence, `raters.A`.
        field: String,
        /// The rater's name.
        rater: String,
    },
    /// See [`ErrorCode::DuplicateRater`].
    #[error("{field}: rater \"{rater}\" is named more than once; accepted: a distinct name per rater")]
    DuplicateRater {
        /// Path of the repeated rater, `raters.A`.
        field: String,
        /// The rater's name.
        rater: String,
    },
    /// See [`ErrorCode::RatersWithEvidence`].
    #[error(
        "{field}: `raters` and `evidence` cannot be given together; accepted: `evidence` for one rater, or `raters` for two or more"
    )]
    RatersWithEvidence {
        /// Path of the raters, `raters`.
        field: String,
    },
    /// See [`ErrorCode::ConsensusNotNeeded`].
    #[error(
        "{field}: the raters agree on item {item} (all scored {score}); accepted: consensus only for items whose raters' scores differ"
    )]
    ConsensusNotNeeded {
        /// Path of the consensus entry, `consensus.7`.
        field: String,
        /// The item number.
        item: u8,
        /// The score the raters agree on.
        score: u8,
    },
    /// See [`ErrorCode::ConsensusForUnscoredItem`].
    #[error("{field}: no rater scored item {item}; accepted: consensus only for items whose raters' scores differ")]
    ConsensusForUnscoredItem {
        /// Path of the consensus entry, `consensus.7`.
        field: String,
        /// The item number.
        item: u8,
    },
    /// See [`ErrorCode::ConsensusWithoutReason`].
    #[error("{field}: the consensus on item {item} gives no reason; accepted: a reason in words, not empty")]
    ConsensusWithoutReason {
        /// Path of the reason, `consensus.7.reason`.
        field: String,
        /// The item number.
        item: u8,
    },
    /// See [`ErrorCode::DuplicateReviewDate`].
    #[error("{field}: another review is dated {date}; accepted: one review per date")]
    DuplicateReviewDate {
        /// Path of the later review's date, `reviews[1].date`.
        field: String,
        /// The date.
        date: String,
    },
    /// See [`ErrorCode::Internal`].
    #[error("internal error: {detail}")]
    Internal {
        /// What failed.
        detail: String,
    },
}

impl Error {
    /// The stable code of this error.
    #[must_use]
    pub const fn code(&self) -> ErrorCode {
        match self {
            Self::MalformedJson { .. } => ErrorCode::MalformedJson,
            Self::InputTooLarge { .. } => ErrorCode::InputTooLarge,
            Self::NestingTooDeep { .. } => ErrorCode::NestingTooDeep,
            Self::UnsupportedVersion { .. } => ErrorCode::UnsupportedVersion,
            Self::UnknownOperation { .. } => ErrorCode::UnknownOperation,
            Self::MissingField { .. } => ErrorCode::MissingField,
            Self::UnknownField { .. } => ErrorCode::UnknownField,
            Self::WrongType { .. } => ErrorCode::WrongType,
            Self::UnknownValue { .. } => ErrorCode::UnknownValue,
            Self::DuplicateField { .. } => ErrorCode::DuplicateField,
            Self::UnknownScale { .. } => ErrorCode::UnknownScale,
            Self::UnknownItem { .. } => ErrorCode::UnknownItem,
            Self::DuplicateItem { .. } => ErrorCode::DuplicateItem,
            Self::UnknownComponent { .. } => ErrorCode::UnknownComponent,
            Self::DuplicateComponent { .. } => ErrorCode::DuplicateComponent,
            Self::FormNotAccepted { .. } => ErrorCode::FormNotAccepted,
            Self::ConflictingEvidence { .. } => ErrorCode::ConflictingEvidence,
            Self::EmptyEvidence { .. } => ErrorCode::EmptyEvidence,
            Self::ScaleMismatch { .. } => ErrorCode::ScaleMismatch,
            Self::RatingOutOfRange { .. } => ErrorCode::RatingOutOfRange,
            Self::RatingNotWholeNumber { .. } => ErrorCode::RatingNotWholeNumber,
            Self::NegativeValue { .. } => ErrorCode::NegativeValue,
            Self::NonFiniteValue { .. } => ErrorCode::NonFiniteValue,
            Self::PercentOver100 { .. } => ErrorCode::PercentOver100,
            Self::CountOverComponents { .. } => ErrorCode::CountOverComponents,
            Self::ValueOutOfRange { .. } => ErrorCode::ValueOutOfRange,
            Self::NotWholeNumber { .. } => ErrorCode::NotWholeNumber,
            Self::InvalidScale { .. } => ErrorCode::InvalidScale,
            Self::StandardItemModified { .. } => ErrorCode::StandardItemModified,
            Self::InvalidDate { .. } => ErrorCode::InvalidDate,
            Self::DatesOutOfOrder { .. } => ErrorCode::DatesOutOfOrder,
            Self::DateAfterAsOf { .. } => ErrorCode::DateAfterAsOf,
            Self::CountExceedsTotal { .. } => ErrorCode::CountExceedsTotal,
            Self::DuplicateRecord { .. } => ErrorCode::DuplicateRecord,
            Self::RaterCountOutOfRange { .. } => ErrorCode::RaterCountOutOfRange,
            Self::RaterWithoutEvidence { .. } => ErrorCode::RaterWithoutEvidence,
            Self::DuplicateRater { .. } => ErrorCode::DuplicateRater,
            Self::RatersWithEvidence { .. } => ErrorCode::RatersWithEvidence,
            Self::ConsensusNotNeeded { .. } => ErrorCode::ConsensusNotNeeded,
            Self::ConsensusForUnscoredItem { .. } => ErrorCode::ConsensusForUnscoredItem,
            Self::ConsensusWithoutReason { .. } => ErrorCode::ConsensusWithoutReason,
            Self::DuplicateReviewDate { .. } => ErrorCode::DuplicateReviewDate,
            Self::Internal { .. } => ErrorCode::Internal,
        }
    }

    /// The path of the offending field, where the error concerns one field.
    #[must_use]
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::UnsupportedVersion { .. } => Some("version"),
            Self::UnknownOperation { .. } => Some("operation"),
            Self::UnknownScale { .. } => Some("scale"),
            other => other.field_path().map(String::as_str),
        }
    }

    /// The same error with `prefix.` put in front of its field path (used when a review is
    /// nested, as in `reviews[1].consensus.7`); unchanged for an empty prefix.
    #[must_use]
    pub fn within(mut self, prefix: &str) -> Self {
        if let Some(field) = self.field_path_mut().filter(|_| !prefix.is_empty()) {
            field.insert(0, '.');
            field.insert_str(0, prefix);
        }
        self
    }

    /// The same error with the leading `evidence` of its field path replaced by `root`: the
    /// typed API names evidence fields `evidence.7.rating`, a document may hold them at
    /// `raters.A.7.rating` or `reviews[0].evidence.7.rating`.
    #[must_use]
    pub fn rooted(mut self, root: &str) -> Self {
        if let Some(field) = self.field_path_mut() {
            if let Some(rest) = field.strip_prefix("evidence") {
                if rest.is_empty() || rest.starts_with('.') {
                    let rest = String::from(rest);
                    field.clear();
                    field.push_str(root);
                    field.push_str(&rest);
                }
            }
        }
        self
    }
}

/// `value` when it is from 0 to `max`, or else what is wrong with it ([`OutOfRange::at`]
/// names the field).
pub(crate) fn from_zero_to(value: f64, max: f64, accepted: &'static str) -> Result<f64, OutOfRange> {
    if value < 0.0 || value > max {
        return Err(OutOfRange { value, accepted });
    }
    Ok(value)
}

/// A number outside the range [`from_zero_to`] accepts.
pub(crate) struct OutOfRange {
    value: f64,
    accepted: &'static str,
}

impl OutOfRange {
    /// The error for the number at `field`: [`Error::NegativeValue`] below 0,
    /// [`Error::ValueOutOfRange`] above the range.
    pub(crate) fn at(self, field: String) -> Error {
        let Self { value, accepted } = self;
        if value < 0.0 {
            Error::NegativeValue { field, value, accepted }
        } else {
            Error::ValueOutOfRange { field, value, accepted }
        }
    }
}

/// A number as a message shows it: as written for everyday magnitudes, in scientific
/// notation when it would otherwise run to many digits, and `0` for negative zero.
pub(crate) fn shown(value: &f64) -> Shown {
    Shown(*value)
}

/// See [`shown`].
pub(crate) struct Shown(f64);

impl core::fmt::Display for Shown {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let magnitude = if self.0 < 0.0 { -self.0 } else { self.0 };
        if self.0 == 0.0 {
            f.write_str("0")
        } else if !(1e-6..1e15).contains(&magnitude) && self.0.is_finite() {
            write!(f, "{:e}", self.0)
        } else {
            write!(f, "{}", self.0)
        }
    }
}

/// Defines `field_path` and `field_path_mut` over the variants that carry a `field`.
macro_rules! field_variants {
    ($($variant:ident),* $(,)?) => {
        impl Error {
            fn field_path(&self) -> Option<&String> {
                match self {
                    $(Self::$variant { field, .. })|* => Some(field),
                    _ => None,
                }
            }

            fn field_path_mut(&mut self) -> Option<&mut String> {
                match self {
                    $(Self::$variant { field, .. })|* => Some(field),
                    _ => None,
                }
            }
        }
    };
}

field_variants!(
    MissingField,
    UnknownField,
    WrongType,
    UnknownValue,
    DuplicateField,
    UnknownItem,
    DuplicateItem,
    UnknownComponent,
    DuplicateComponent,
    FormNotAccepted,
    ConflictingEvidence,
    EmptyEvidence,
    RatingOutOfRange,
    RatingNotWholeNumber,
    NegativeValue,
    NonFiniteValue,
    PercentOver100,
    CountOverComponents,
    ValueOutOfRange,
    NotWholeNumber,
    InvalidScale,
    StandardItemModified,
    InvalidDate,
    DatesOutOfOrder,
    DateAfterAsOf,
    CountExceedsTotal,
    DuplicateRecord,
    RaterCountOutOfRange,
    RaterWithoutEvidence,
    DuplicateRater,
    RatersWithEvidence,
    ConsensusNotNeeded,
    ConsensusForUnscoredItem,
    ConsensusWithoutReason,
    DuplicateReviewDate,
);

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn messages_name_field_value_and_accepted() {
        let e = Error::RatingOutOfRange { field: "evidence.7.rating".into(), value: 6.0 };
        assert_eq!(e.code().as_str(), "rating_out_of_range");
        assert_eq!(e.code().number(), 300);
        assert_eq!(e.field(), Some("evidence.7.rating"));
        assert_eq!(e.to_string(), "evidence.7.rating: rating 6 is outside 1–5; accepted: a whole number from 1 to 5");
    }

    #[test]
    fn numbers_in_messages_stay_readable() {
        let message = |value| Error::NegativeValue { field: "f".into(), value, accepted: "x" }.to_string();
        assert_eq!(message(-2.5), "f: -2.5 is negative; accepted: x");
        assert_eq!(message(-0.0), "f: 0 is negative; accepted: x");
        assert_eq!(message(-1e300), "f: -1e300 is negative; accepted: x");
        assert_eq!(message(-1.5e-9), "f: -1.5e-9 is negative; accepted: x");
        assert_eq!(message(-999_999_999_999_999.0), "f: -999999999999999 is negative; accepted: x");
    }
}
