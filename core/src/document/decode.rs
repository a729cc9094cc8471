//! Request documents → typed requests, with a precise error for every fault.

use super::BoxedError;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::json::Json;
use super::{CompareRequest, OPERATIONS, Request, ReviewRequest};
use crate::error::Error;
use crate::evidence::{
    CompetitiveJobs, ComponentSet, EmployerContacts, Evidence, Frequency, GovernmentLiaison, Measurement,
    TeamAssignment, TrackingReview, VocationalRole,
};
use crate::item::Item;
use crate::review::{InsufficientDataPolicy, Review, ReviewOptions};
use crate::rule::{CompositeRule, Rule};
use crate::scale::Scale;
use crate::score::{Score, is_whole};

/// An object's fields, with its path, checked for duplicate keys.
pub(super) struct Object<'a> {
    pub(super) path: ObjectPath<'a>,
    pub(super) fields: &'a [(&'a str, Json<'a>)],
}

/// Where an object sits in the request: its path as text, or a parent path and a key that
/// are joined only when an error names the path (every evidence item is such an object).
#[derive(Debug, Clone)]
pub(super) enum ObjectPath<'a> {
    /// The path, written out.
    Text(String),
    /// `parent.key`.
    Child { parent: &'a str, key: &'a str },
}

impl From<String> for ObjectPath<'_> {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl core::fmt::Display for ObjectPath<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Self::Text(text) => f.write_str(text),
            Self::Child { parent: "", key } => f.write_str(key),
            Self::Child { parent, key } => write!(f, "{parent}.{key}"),
        }
    }
}

impl<'a> Object<'a> {
    pub(super) fn new(json: &'a Json<'a>, path: impl Into<ObjectPath<'a>>) -> Result<Self, BoxedError> {
        let path = path.into();
        let Json::Object(fields) = json else {
            return Err(
                Error::WrongType { field: path.to_string(), expected: "an object", found: json.type_name() }.into()
            );
        };
        // The first field whose key an earlier field has (where a reader going through the
        // object meets the repeat). Small objects (the usual case) are checked pairwise
        // without allocating; large ones by sorting, so the check stays O(n log n).
        const PAIRWISE: usize = 16;
        let duplicate = if fields.len() <= PAIRWISE {
            fields
                .iter()
                .enumerate()
                .find(|&(i, (key, _))| fields.iter().take(i).any(|(earlier, _)| earlier == key))
                .map(|(_, (key, _))| key)
        } else {
            crate::repeat::first_repeat(fields.iter().map(|(key, _)| *key))
                .and_then(|at| fields.get(at))
                .map(|(key, _)| key)
        };
        match duplicate {
            Some(key) => Err(Error::DuplicateField { field: join(&path.to_string(), key) }.into()),
            None => Ok(Self { path, fields: *fields }),
        }
    }

    pub(super) fn get(&self, key: &str) -> Option<&'a Json<'a>> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    pub(super) fn path_of(&self, key: &str) -> String {
        match &self.path {
            ObjectPath::Text(text) => join(text, key),
            child @ ObjectPath::Child { .. } => join(&child.to_string(), key),
        }
    }

    pub(super) fn require(&self, key: &str) -> Result<&'a Json<'a>, BoxedError> {
        self.get(key).ok_or_else(|| Error::MissingField { field: self.path_of(key) }.into())
    }

    /// Rejects any field not in `accepted`.
    pub(super) fn only(&self, accepted: &[&str]) -> Result<(), BoxedError> {
        match self.fields.iter().find(|(k, _)| !accepted.contains(k)) {
            Some((key, _)) => {
                Err(Error::UnknownField { field: self.path_of(key), accepted: accepted.join(", ") }.into())
            }
            None => Ok(()),
        }
    }
}

/// Reads every element of `values` with `read`, which is given the element's index; the first
/// error stops the reading and is returned.
///
/// A plain loop rather than `collect::<Result<Vec<_>, _>>()`: the adapters behind that collect
/// are instantiated for every element type, and cost the WebAssembly module more than this does.
pub(super) fn each<'v, J, T>(
    values: &'v [J],
    mut read: impl FnMut(usize, &'v J) -> Result<T, BoxedError>,
) -> Result<Vec<T>, BoxedError> {
    let mut out = Vec::with_capacity(values.len());
    for (i, value) in values.iter().enumerate() {
        out.push(read(i, value)?);
    }
    Ok(out)
}

pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        return String::from(key);
    }
    // Built by hand: on the hot path (every evidence item) `format!` costs more than the copy.
    let mut joined = String::with_capacity(path.len() + 1 + key.len());
    joined.push_str(path);
    joined.push('.');
    joined.push_str(key);
    joined
}

/// The path of a field, for an error message: a `String` already built, or a closure that
/// builds it only when an error needs it (the path of every evidence item would otherwise be
/// formatted on the success path too).
pub(super) trait FieldPath {
    /// The path as text.
    fn into_path(self) -> String;
}

impl FieldPath for String {
    fn into_path(self) -> String {
        self
    }
}

impl<F: FnOnce() -> String> FieldPath for F {
    fn into_path(self) -> String {
        self()
    }
}

pub(super) fn string<'a>(json: &'a Json<'_>, field: impl FieldPath) -> Result<&'a str, BoxedError> {
    match json {
        Json::String(s) => Ok(s),
        other => {
            Err(Error::WrongType { field: field.into_path(), expected: "a string", found: other.type_name() }.into())
        }
    }
}

pub(super) fn number(json: &Json<'_>, field: impl FieldPath) -> Result<f64, BoxedError> {
    match json {
        Json::Number(n) => Ok(*n),
        other => {
            Err(Error::WrongType { field: field.into_path(), expected: "a number", found: other.type_name() }.into())
        }
    }
}

/// A whole number from 0 to `max`.
pub(super) fn whole(
    json: &Json<'_>,
    field: impl FieldPath,
    accepted: &'static str,
    max: u32,
) -> Result<u32, BoxedError> {
    let &Json::Number(value) = json else {
        return Err(Error::WrongType { field: field.into_path(), expected: "a number", found: json.type_name() }.into());
    };
    if value < 0.0 {
        return Err(Error::NegativeValue { field: field.into_path(), value, accepted }.into());
    }
    if value > f64::from(max) {
        return Err(Error::ValueOutOfRange { field: field.into_path(), value, accepted }.into());
    }
    if !is_whole(value) {
        return Err(Error::NotWholeNumber { field: field.into_path(), value, accepted }.into());
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "value is a whole number within 0..=max, so the conversion is exact"
    )]
    Ok(value as u32)
}

/// A whole number from 0 to 255.
fn small(json: &Json<'_>, field: impl FieldPath, accepted: &'static str) -> Result<u8, BoxedError> {
    let n = whole(json, field, accepted, u32::from(u8::MAX))?;
    // `whole` has checked n <= 255, so this cannot fail; should it, it is not a silent 255.
    u8::try_from(n).map_err(|_| Error::Internal { detail: format!("{n} passed a check for 0 to 255") }.into())
}

/// One of a fixed set of ids.
pub(super) fn choice<T: Copy>(json: &Json<'_>, field: impl FieldPath, options: &[(&str, T)]) -> Result<T, BoxedError> {
    let Json::String(given) = json else {
        return Err(Error::WrongType { field: field.into_path(), expected: "a string", found: json.type_name() }.into());
    };
    match options.iter().find(|(id, _)| id == given) {
        Some((_, v)) => Ok(*v),
        None => Err(Error::UnknownValue {
            field: field.into_path(),
            value: given.to_string(),
            accepted: options.iter().map(|(id, _)| *id).collect::<Vec<_>>().join(", "),
        }
        .into()),
    }
}

pub(super) fn request(json: &Json) -> Result<Request, BoxedError> {
    match read(json)? {
        Read::Scored(ScoredParts { operation: Scored::Review { facts }, scale, options, root }) => {
            let evidence = scale.with_scale(|s| evidence(s, root.require("evidence")?, "evidence"))??;
            Ok(Request::Review(ReviewRequest { scale, evidence, options, facts }))
        }
        Read::Scored(ScoredParts { operation: Scored::Compare, scale, options, root }) => {
            let (before, after) = scale.with_scale(|s| -> Result<_, BoxedError> {
                Ok((
                    side(&root, "before", |json, path| evidence(s, json, path))?,
                    side(&root, "after", |json, path| evidence(s, json, path))?,
                ))
            })??;
            Ok(Request::Compare(CompareRequest { scale, before, after, options }))
        }
        Read::Other(request) => Ok(request),
    }
}

/// A request document, read: a review or comparison read up to its evidence, or any other
/// request whole.
pub(super) enum Read<'a> {
    /// `"operation": "review"` or `"compare"`.
    Scored(ScoredParts<'a>),
    /// Any other operation.
    Other(Request),
}

/// The operations whose evidence is scored on a scale.
#[derive(Clone, Copy)]
pub(super) enum Scored {
    /// `review`: its `evidence`, read by [`review_evidence`], and the facts checked against a
    /// modified scale's parameters.
    Review {
        /// The facts.
        facts: crate::modified::Facts,
    },
    /// `compare`: its `before` and `after`, each read by [`compare_side`].
    Compare,
}

/// A review or compare request but for its evidence, which is read once the scale is built
/// (as [`request`] does, so errors come in the same order).
pub(super) struct ScoredParts<'a> {
    /// Which operation.
    pub(super) operation: Scored,
    /// The scale.
    pub(super) scale: super::ScaleChoice,
    /// Report options (for both sides of a comparison).
    pub(super) options: ReviewOptions,
    /// The request document, whose evidence is still to be read.
    pub(super) root: Object<'a>,
}

/// Reads a request document, but for the evidence of a review or a comparison.
pub(super) fn read<'a>(json: &'a Json<'a>) -> Result<Read<'a>, BoxedError> {
    if !matches!(json, Json::Object(_)) {
        // The whole document has no path of its own; name it `request`.
        return Err(Error::WrongType {
            field: String::from("request"),
            expected: "an object",
            found: json.type_name(),
        }
        .into());
    }
    let root = Object::new(json, String::new())?;
    if let Some(version) = root.get("version") {
        if *version != Json::Number(1.0) {
            let version = match version {
                Json::Number(n) => {
                    let mut text = String::new();
                    // Writing into a String cannot fail.
                    let _ = crate::number::write_plain(&mut text, *n);
                    text
                }
                Json::String(s) => format!("\"{s}\""),
                other => String::from(other.type_name()),
            };
            return Err(Error::UnsupportedVersion { version }.into());
        }
    }
    let operation = string(root.require("operation")?, String::from("operation"))?;
    match operation {
        "review" => {
            let scale = super::scales::scale_choice(&root)?;
            if scale.modification().is_some() {
                root.only(&["operation", "version", "scale", "evidence", "options", "facts"])?;
            } else {
                root.only(&["operation", "version", "scale", "evidence", "options"])?;
            }
            let options = options(&root)?;
            let facts = super::scales::facts(&root)?;
            Ok(Read::Scored(ScoredParts { operation: Scored::Review { facts }, scale, options, root }))
        }
        "compare" => {
            root.only(&["operation", "version", "scale", "before", "after", "options"])?;
            let scale = super::scales::scale_choice(&root)?;
            let options = options(&root)?;
            Ok(Read::Scored(ScoredParts { operation: Scored::Compare, scale, options, root }))
        }
        "validate_scale" => Ok(Read::Other(Request::ValidateScale(super::scales::validate_request(&root)?))),
        "describe_scale" => Ok(Read::Other(Request::DescribeScale(super::scales::describe_request(&root)?))),
        "kpis" => Ok(Read::Other(Request::Kpis(super::commissioning::kpis(&root)?))),
        "schedule" => Ok(Read::Other(Request::Schedule(super::commissioning::schedule(&root)?))),
        "recommend_model" => Ok(Read::Other(Request::RecommendModel(super::commissioning::cohort(&root)?))),
        "check_contract" => Ok(Read::Other(Request::CheckContract(super::commissioning::contract(&root)?))),
        "swemwbs" => Ok(Read::Other(Request::Swemwbs(super::wellbeing::request(&root)?))),
        "frameworks" => Ok(Read::Other(Request::Frameworks(super::frameworks::request(&root)?))),
        other => Err(Error::UnknownOperation { operation: String::from(other), accepted: OPERATIONS }.into()),
    }
}

fn options(root: &Object<'_>) -> Result<ReviewOptions, BoxedError> {
    let Some(json) = root.get("options") else { return Ok(ReviewOptions::default()) };
    let obj = Object::new(json, String::from("options"))?;
    obj.only(&["insufficient_data"])?;
    let insufficient_data = match obj.get("insufficient_data") {
        None => InsufficientDataPolicy::default(),
        Some(v) => choice(
            v,
            obj.path_of("insufficient_data"),
            &[
                ("score_one", InsufficientDataPolicy::ScoreOne),
                ("leave_unscored", InsufficientDataPolicy::LeaveUnscored),
            ],
        )?,
    };
    Ok(ReviewOptions { insufficient_data })
}

/// The evidence object: item numbers → evidence, each validated by scoring it.
fn evidence(scale: &Scale<'_>, json: &Json, path: &str) -> Result<Vec<(u8, Evidence)>, BoxedError> {
    let mut out = Vec::with_capacity(match json {
        Json::Object(fields) => fields.len(),
        _ => 0,
    });
    scored_evidence(scale, json, path, |number, evidence| out.push((number, evidence)))?;
    // Evidence is a map: its order carries no meaning, so requests hold it by item number.
    out.sort_unstable_by_key(|(n, _)| *n);
    Ok(out)
}

/// The review of a review request's evidence (the `evidence` field of `root`), on `scale`:
/// the request validated and scored in one go, where [`request`] followed by
/// [`Request::answer`] would score every item twice.
pub(super) fn review_evidence<'s>(scale: &'s Scale<'s>, root: &Object<'_>) -> Result<Review<'s>, BoxedError> {
    score_evidence(scale, root.require("evidence")?, "evidence")
}

/// The review of one side (`key`: `before` or `after`) of a compare request, on `scale`:
/// read and scored in one go, as [`review_evidence`] reads a review.
pub(super) fn compare_side<'s>(scale: &'s Scale<'s>, root: &Object<'_>, key: &str) -> Result<Review<'s>, BoxedError> {
    side(root, key, |json, path| score_evidence(scale, json, path))
}

/// The review of the evidence object at `path`, read and scored in one go (one body for the
/// evidence of reviews and comparisons alike).
fn score_evidence<'s>(scale: &'s Scale<'s>, json: &Json, path: &str) -> Result<Review<'s>, BoxedError> {
    scored_evidence(scale, json, path, |_, _| {})
}

/// Reads the side `key` of a compare request (an object holding only `evidence`) with `read`,
/// which is given the evidence and its path.
fn side<T>(
    root: &Object<'_>,
    key: &str,
    read: impl FnOnce(&Json, &str) -> Result<T, BoxedError>,
) -> Result<T, BoxedError> {
    let obj = Object::new(root.require(key)?, String::from(key))?;
    obj.only(&["evidence"])?;
    read(obj.require("evidence")?, &obj.path_of("evidence"))
}

/// Reads the evidence object at `path` (item numbers → evidence), scoring each item as it
/// is read and handing it to `keep`.
fn scored_evidence<'s>(
    scale: &'s Scale<'s>,
    json: &Json,
    path: &str,
    mut keep: impl FnMut(u8, Evidence),
) -> Result<Review<'s>, BoxedError> {
    let Json::Object(fields) = json else {
        return Err(
            Error::WrongType { field: String::from(path), expected: "an object", found: json.type_name() }.into()
        );
    };
    let mut review = Review::new(scale);
    // Item numbers seen so far, one bit each.
    let mut seen = [0u64; 4];
    for (key, value) in *fields {
        let item = item_number(key).and_then(|n| scale.item(n)).ok_or_else(|| Error::UnknownItem {
            field: join(path, key),
            item: key.to_string(),
            scale: String::from(scale.id),
            last: scale.items.len(),
        })?;
        let (word, bit) = (usize::from(item.number / 64), 1u64 << (item.number % 64));
        match seen.get_mut(word) {
            Some(bits) if *bits & bit != 0 => {
                return Err(Error::DuplicateItem { field: join(path, key), item: item.number }.into());
            }
            Some(bits) => *bits |= bit,
            None => {}
        }
        let ev = item_evidence(item, Object::new(value, ObjectPath::Child { parent: path, key })?)?;
        review.add(item.number, ev).map_err(|e| relocate(e, path))?;
        keep(item.number, ev);
    }
    Ok(review)
}

/// Item errors carry `evidence.N…` paths; put them under the request's own path.
pub(super) fn relocate(error: Error, path: &str) -> Error {
    match path.strip_suffix(".evidence") {
        Some(prefix) => error.within(prefix),
        None => error,
    }
}

/// A canonical item number: 1–255 written without sign, leading zeros or decimals.
fn item_number(key: &str) -> Option<u8> {
    if key.starts_with('0') || !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    key.parse().ok()
}

/// An evidence form: the key that selects it, and the keys that may go with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Rating,
    InsufficientData,
    Value,
    Count,
    Present,
    Role,
    Phases,
    Teams,
    Arrangement,
    ClientContacts,
    ContactsPerWeek,
    PermanentPercent,
}

impl Form {
    /// Every form, in the order the forms are documented.
    const ALL: [Self; 12] = [
        Self::Rating,
        Self::InsufficientData,
        Self::Value,
        Self::Count,
        Self::Present,
        Self::Role,
        Self::Phases,
        Self::Teams,
        Self::Arrangement,
        Self::ClientContacts,
        Self::ContactsPerWeek,
        Self::PermanentPercent,
    ];

    /// The form `key` selects, if any (one `match`: cheaper on every evidence item than
    /// comparing the key with each form's in turn).
    fn of(key: &str) -> Option<Self> {
        Some(match key {
            "rating" => Self::Rating,
            "insufficient_data" => Self::InsufficientData,
            "value" => Self::Value,
            "count" => Self::Count,
            "present" => Self::Present,
            "role" => Self::Role,
            "phases" => Self::Phases,
            "teams" => Self::Teams,
            "arrangement" => Self::Arrangement,
            "client_contacts" => Self::ClientContacts,
            "contacts_per_week" => Self::ContactsPerWeek,
            "permanent_percent" => Self::PermanentPercent,
            _ => return None,
        })
    }

    /// The key that selects the form.
    const fn key(self) -> &'static str {
        match self {
            Self::Rating => "rating",
            Self::InsufficientData => "insufficient_data",
            Self::Value => "value",
            Self::Count => "count",
            Self::Present => "present",
            Self::Role => "role",
            Self::Phases => "phases",
            Self::Teams => "teams",
            Self::Arrangement => "arrangement",
            Self::ClientContacts => "client_contacts",
            Self::ContactsPerWeek => "contacts_per_week",
            Self::PermanentPercent => "permanent_percent",
        }
    }

    /// The keys that may go with the form's key.
    const fn companions(self) -> &'static [&'static str] {
        match self {
            Self::Value => &["tracks_employer_contacts"],
            Self::Teams => &["caseload_percent"],
            Self::ClientContacts => &["scheduled_meetings"],
            Self::ContactsPerWeek => &["tracking", "people_looking_for_work"],
            Self::PermanentPercent => &["current_jobs"],
            Self::Rating
            | Self::InsufficientData
            | Self::Count
            | Self::Present
            | Self::Role
            | Self::Phases
            | Self::Arrangement => &[],
        }
    }
}

fn item_evidence(item: &Item, obj: Object<'_>) -> Result<Evidence, BoxedError> {
    let n = item.number;
    // The form and where its field is: found once, so that its key is not compared again.
    let mut forms = obj.fields.iter().enumerate().filter_map(|(at, (k, value))| Form::of(k).map(|f| (f, at, value)));
    let (form, form_at, value) = match (forms.next(), forms.next()) {
        (Some(found), None) => found,
        (Some((first, ..)), Some((second, ..))) => {
            return Err(Error::ConflictingEvidence {
                field: obj.path.to_string(),
                first: String::from(first.key()),
                second: String::from(second.key()),
            }
            .into());
        }
        (None, _) => {
            let Some((key, _)) = obj.fields.first() else {
                return Err(
                    Error::EmptyEvidence { field: obj.path.to_string(), accepted: item.accepted_forms() }.into()
                );
            };
            return Err(match Form::ALL.iter().find(|form| form.companions().contains(key)) {
                Some(form) => Error::MissingField { field: obj.path_of(form.key()) }.into(),
                None => Error::UnknownField { field: obj.path_of(key), accepted: String::from(item.accepted_forms()) }
                    .into(),
            });
        }
    };
    let companions = form.companions();
    let takes = |at: usize, key: &str| {
        at == form_at || (companions.contains(&key) && (key != "tracks_employer_contacts" || has_condition(item)))
    };
    if obj.fields.iter().enumerate().any(|(at, (key, _))| !takes(at, key)) {
        let mut accepted: Vec<&str> = Vec::with_capacity(companions.len() + 1);
        accepted.push(form.key());
        accepted.extend(companions.iter().filter(|c| **c != "tracks_employer_contacts" || has_condition(item)));
        obj.only(&accepted)?;
    }
    // The form's path is only built when an error needs it.
    let path = || obj.path_of(form.key());
    let not_taken =
        || Error::FormNotAccepted { field: path(), item: n, form: form.key(), accepted: item.accepted_forms() };
    let evidence = match (form, &item.rule) {
        (Form::Rating, _) => Evidence::Rating(Score::from_rating(number(value, path)?, path)?),
        (Form::InsufficientData, _) => match value {
            Json::Bool(true) => Evidence::InsufficientData,
            Json::Bool(false) => {
                return Err(Error::UnknownValue {
                    field: path(),
                    value: String::from("false"),
                    accepted: String::from("true (omit the item when there is evidence to give)"),
                }
                .into());
            }
            other => return Err(Error::WrongType { field: path(), expected: "true", found: other.type_name() }.into()),
        },
        (Form::Value, Rule::Measured(rule)) => {
            let condition_met = match rule.condition {
                Some(c) => obj.get(c.key).map(|v| boolean(v, || obj.path_of(c.key))).transpose()?,
                None => None,
            };
            Evidence::Value(Measurement { value: number(value, path)?, condition_met })
        }
        (Form::Count, Rule::Checklist(rule)) => {
            let count = whole(value, path, "a whole number of components present", u32::MAX)?;
            let components = rule.components.len();
            match u8::try_from(count) {
                Ok(count) if usize::from(count) <= components => Evidence::Count(count),
                _ => {
                    return Err(Error::CountOverComponents {
                        field: path(),
                        item: n,
                        count: f64::from(count),
                        components,
                    }
                    .into());
                }
            }
        }
        (Form::Present, Rule::Checklist(rule)) => Evidence::Present(keys(n, rule.components, value, path)?),
        (Form::Role, Rule::Composite(CompositeRule::VocationalGeneralists { .. })) => Evidence::VocationalRole(choice(
            value,
            path,
            &[("referral_only", VocationalRole::ReferralOnly), ("refers_out", VocationalRole::RefersOut)],
        )?),
        (Form::Phases, Rule::Composite(CompositeRule::VocationalGeneralists { phases })) => match value {
            Json::Array(_) => Evidence::VocationalRole(VocationalRole::PhasesProvided(keys(n, phases, value, path)?)),
            _ => Evidence::VocationalRole(VocationalRole::Phases(small(value, path, "1 to 6 phases")?)),
        },
        (Form::Teams, Rule::Composite(CompositeRule::TeamAssignment { .. })) => {
            let teams = small(value, path, "a whole number of teams from 1 to 255")?;
            let caseload_percent =
                obj.get("caseload_percent").map(|v| number(v, || obj.path_of("caseload_percent"))).transpose()?;
            Evidence::TeamAssignment(TeamAssignment::Teams { teams, caseload_percent })
        }
        (Form::Arrangement, Rule::Composite(CompositeRule::TeamAssignment { .. })) => Evidence::TeamAssignment(choice(
            value,
            path,
            &[
                ("separate_programme", TeamAssignment::SeparateProgramme),
                ("individual_practitioners", TeamAssignment::IndividualPractitioners),
            ],
        )?),
        (Form::ClientContacts, Rule::Composite(CompositeRule::GovernmentLiaison)) => {
            let frequencies = Frequency::ALL.map(|f| (f.id(), f));
            let client_contacts = choice(value, path, &frequencies)?;
            let scheduled_meetings =
                choice(obj.require("scheduled_meetings")?, || obj.path_of("scheduled_meetings"), &frequencies)?;
            Evidence::GovernmentLiaison(GovernmentLiaison { client_contacts, scheduled_meetings })
        }
        (Form::ContactsPerWeek, Rule::Composite(CompositeRule::EmployerContacts { .. })) => {
            let tracking = obj
                .get("tracking")
                .map(|v| choice(v, || obj.path_of("tracking"), &TrackingReview::ALL.map(|t| (t.id(), t))))
                .transpose()?;
            let people_looking_for_work = obj
                .get("people_looking_for_work")
                .map(|v| {
                    whole(v, || obj.path_of("people_looking_for_work"), "a whole number of people, 0 or more", u32::MAX)
                })
                .transpose()?;
            Evidence::EmployerContacts(EmployerContacts {
                per_week: number(value, path)?,
                tracking,
                people_looking_for_work,
            })
        }
        (Form::PermanentPercent, Rule::Composite(CompositeRule::CompetitiveJobs { .. })) => {
            let current_jobs = obj
                .get("current_jobs")
                .map(|v| whole(v, || obj.path_of("current_jobs"), "a whole number of jobs, 0 or more", u32::MAX))
                .transpose()?;
            Evidence::CompetitiveJobs(CompetitiveJobs { permanent_percent: number(value, path)?, current_jobs })
        }
        _ => return Err(not_taken().into()),
    };
    Ok(evidence)
}

fn has_condition(item: &Item) -> bool {
    matches!(item.rule, Rule::Measured(m) if m.condition.is_some())
}

pub(super) fn boolean(json: &Json<'_>, field: impl FieldPath) -> Result<bool, BoxedError> {
    match json {
        Json::Bool(b) => Ok(*b),
        other => {
            Err(Error::WrongType { field: field.into_path(), expected: "a boolean", found: other.type_name() }.into())
        }
    }
}

fn keys(
    item: u8,
    components: &[crate::item::Component],
    json: &Json<'_>,
    path: impl Fn() -> String,
) -> Result<ComponentSet, BoxedError> {
    let Json::Array(values) = json else {
        return Err(Error::WrongType {
            field: path(),
            expected: "an array of component keys",
            found: json.type_name(),
        }
        .into());
    };
    let mut names = Vec::with_capacity(values.len());
    for (i, v) in values.iter().enumerate() {
        names.push(string(v, || format!("{}[{i}]", path()))?);
    }
    Ok(ComponentSet::from_keys(item, components, names, path)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every form is found by its own key, listed once in `Form::ALL`.
    #[test]
    fn every_form_is_found_by_its_key() {
        for (i, form) in Form::ALL.iter().enumerate() {
            assert_eq!(Form::of(form.key()), Some(*form));
            assert!(!Form::ALL.get(i + 1..).unwrap_or_default().contains(form), "{form:?} listed twice");
        }
        assert_eq!(Form::of("tracks_employer_contacts"), None);
    }

    #[test]
    fn item_numbers_are_canonical() {
        assert_eq!(item_number("1"), Some(1));
        assert_eq!(item_number("25"), Some(25));
        assert_eq!(item_number("01"), None);
        assert_eq!(item_number("+1"), None);
        assert_eq!(item_number("1.0"), None);
        assert_eq!(item_number("0"), None);
        assert_eq!(item_number("256"), None);
        assert_eq!(item_number(""), None);
    }
}
