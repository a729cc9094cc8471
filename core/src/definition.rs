//! User-defined scales: a documented definition format, validated on load, scored by the
//! same engine as the built-in scales.
//!
//! A [`ScaleDefinition`] is plain data (with the `serde` feature it reads from and writes to
//! JSON; the JSON Schema, generated from these types with the `schema` feature, is checked in
//! at `schema/scale-definition.schema.json`). [`ScaleDefinition::validate`] reports the first
//! problem, naming its path (`scale.items[3].anchors`):
//!
//! - an id and a title; 1 to [`MAX_ITEMS`] items numbered 1, 2, 3 … in order, with unique keys;
//! - sections with unique keys, every item in one of them — or the built-in SEQF stages
//!   (`"sections": "seqf_stages"`, [`crate::seqf::STAGES`]);
//! - exactly five non-empty anchors per item;
//! - measured rules: intervals that cover the unit's whole domain (0 and up, or 0–100 for a
//!   percentage) with no gap and no overlap, each score 1–5, scores that never fall in the
//!   declared direction;
//! - checklist rules: 1 to 8 components with unique keys, and one score per count from 0 to
//!   the number of components, never falling as the count rises;
//! - bands with unique ids that partition the total range (items × 1 to items × 5) with no
//!   gap or overlap — or the SEQF accreditation levels (`"levels": "seqf_accreditation"`,
//!   [`crate::seqf::LEVELS`]), whose ranges the definition supplies.
//!
//! A [`DefinedScale`] keeps a validated definition with the items built from it and lends
//! their [`Scale`]: reviews, reports, bands and action plans then work exactly as on a
//! built-in scale. [`ScaleDefinition::with_scale`] does the same for one use, handing the
//! scale to a closure. Composite rules are specific to the IPS scale and cannot be defined.

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::OnceCell;

use crate::error::Error;
use crate::item::{Component, Item, ItemText, Section};
use crate::registry;
use crate::rule::{Bound, ChecklistRule, Direction, MeasuredRule, Rule, ScoreInterval, Unit};
use crate::scale::{FidelityBand, MAX_ITEMS, Scale};
use crate::score::Score;
use crate::seqf;
use crate::source::{Provenance, Source};

/// Most components a checklist item may list (the size of a component set).
pub const MAX_COMPONENTS: usize = crate::evidence::ComponentSet::CAPACITY;

/// A scale, as a user defines it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ScaleDefinition {
    /// Stable id, e.g. `"seqf-local-2025"`; must not be a built-in scale's id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Where the scale comes from, in words (shown with results).
    #[cfg_attr(feature = "serde", serde(default))]
    pub source: String,
    /// The groups items belong to.
    pub sections: Sections,
    /// The items, numbered 1, 2, 3 … in order.
    pub items: Vec<ItemDefinition>,
    /// The bands of the total, or accreditation levels.
    pub bands: Vec<BandDefinition>,
    /// `seqf_accreditation` when the bands are the SEQF accreditation levels.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub levels: Option<LevelSet>,
}

/// The sections of a defined scale: listed, or a built-in grouping.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(untagged))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Sections {
    /// A built-in grouping.
    BuiltIn(BuiltInGrouping),
    /// Sections listed in the definition.
    Listed(Vec<SectionDefinition>),
}

/// A built-in grouping of items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum BuiltInGrouping {
    /// The five SEQF stages ([`seqf::STAGES`]).
    SeqfStages,
}

/// A built-in set of levels for the bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum LevelSet {
    /// SEQF accreditation: `excellent`, `good`, `not_accredited` ([`seqf::LEVELS`]).
    SeqfAccreditation,
}

/// One section.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SectionDefinition {
    /// Stable key.
    pub key: String,
    /// Title.
    pub title: String,
}

/// One item.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ItemDefinition {
    /// Item number: the item's position, from 1.
    pub number: u8,
    /// Stable key, unique on the scale.
    pub key: String,
    /// Title.
    pub title: String,
    /// What the item asks for.
    #[cfg_attr(feature = "serde", serde(default))]
    pub description: String,
    /// The key of the section (or SEQF stage) the item belongs to.
    pub section: String,
    /// Five anchors: `anchors[i]` describes score `i + 1`.
    pub anchors: Vec<String>,
    /// How evidence becomes the score.
    pub rule: RuleDefinition,
}

/// How a defined item is scored.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum RuleDefinition {
    /// The anchor a rater chooses.
    Rated {},
    /// A number through intervals.
    Measured {
        /// What the number counts.
        unit: UnitId,
        /// Which way the item improves.
        direction: DirectionId,
        /// Intervals covering the unit's domain exactly once.
        intervals: Vec<IntervalDefinition>,
    },
    /// A count of components present.
    Checklist {
        /// The components, in order.
        components: Vec<ComponentDefinition>,
        /// `scores[n]` is the score for `n` components present, for every `n` from 0.
        scores: Vec<u8>,
    },
}

/// A unit a defined measured item may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum UnitId {
    /// A percentage, 0–100.
    Percent,
    /// Clients per full-time employment specialist.
    ClientsPerSpecialist,
    /// A number of days.
    Days,
    /// Contacts per week.
    ContactsPerWeek,
    /// Any number, 0 or more.
    Number,
}

impl UnitId {
    const fn unit(self) -> Unit {
        match self {
            Self::Percent => Unit::Percent,
            Self::ClientsPerSpecialist => Unit::ClientsPerSpecialist,
            Self::Days => Unit::Days,
            Self::ContactsPerWeek => Unit::ContactsPerWeek,
            Self::Number => Unit::Number,
        }
    }
}

/// Which way a defined measured item improves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum DirectionId {
    /// A larger number scores higher.
    HigherIsBetter,
    /// A smaller number scores higher.
    LowerIsBetter,
}

/// One end of an interval; absent means unbounded.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BoundDefinition {
    /// The end value.
    pub value: f64,
    /// Whether the end value belongs to the interval.
    pub inclusive: bool,
}

/// One interval of a measured item.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IntervalDefinition {
    /// The score a value in the interval earns, 1–5.
    pub score: u8,
    /// Lower end; `null` for none.
    pub lower: Option<BoundDefinition>,
    /// Upper end; `null` for none.
    pub upper: Option<BoundDefinition>,
    /// The range as the source prints it, e.g. `"21-25"`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub printed: String,
}

/// One checklist component.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ComponentDefinition {
    /// Stable key, unique within the item.
    pub key: String,
    /// What the component is.
    #[cfg_attr(feature = "serde", serde(default))]
    pub description: String,
}

/// One band of the total.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BandDefinition {
    /// Stable id (with SEQF levels: `excellent`, `good` or `not_accredited`).
    pub id: String,
    /// Title; with SEQF levels it may be left empty for the built-in title.
    #[cfg_attr(feature = "serde", serde(default))]
    pub title: String,
    /// Lowest total in the band.
    pub min_total: u16,
    /// Highest total in the band.
    pub max_total: u16,
}

fn invalid(field: String, problem: String) -> Error {
    Error::InvalidScale { field, problem }
}

const FIELD: &str = "scale";

fn unique<'a>(
    keys: impl Iterator<Item = (usize, &'a str)>,
    what: &str,
    path: impl Fn(usize) -> String,
) -> Result<(), Error> {
    let keys: Vec<(usize, &str)> = keys.collect();
    // The first fault in list order: an empty key, or a key an earlier one already has.
    let empty = keys.iter().position(|(_, key)| key.is_empty());
    let repeated = crate::repeat::first_repeat(keys.iter().map(|(_, key)| *key));
    match (empty, repeated) {
        (Some(at), repeated) if repeated.is_none_or(|r| at <= r) => {
            let i = keys.get(at).map_or(at, |(i, _)| *i);
            Err(invalid(path(i), format!("{what} is empty; accepted: a non-empty {what}")))
        }
        (_, Some(at)) => {
            let (i, key) = keys.get(at).copied().unwrap_or((at, ""));
            Err(invalid(path(i), format!("{what} \"{key}\" is used more than once; accepted: a unique {what}")))
        }
        _ => Ok(()),
    }
}

/// Where `bound` sits on the number line, as a lower end (`below` = the end value itself
/// is excluded). Used to check that intervals meet.
fn meets(upper: Option<BoundDefinition>, lower: Option<BoundDefinition>) -> Result<(), &'static str> {
    match (upper, lower) {
        (Some(u), Some(l)) if u.value == l.value && u.inclusive != l.inclusive => Ok(()),
        (Some(u), Some(l)) if u.value == l.value && u.inclusive => Err("overlaps the next interval at its end value"),
        (Some(u), Some(l)) if u.value == l.value => Err("leaves its end value in no interval"),
        (Some(u), Some(l)) if u.value < l.value => Err("leaves a gap before the next interval"),
        (Some(_), Some(_)) => Err("overlaps the next interval"),
        (None, _) => Err("is unbounded above but is not the last interval"),
        (_, None) => Err("is followed by an interval unbounded below"),
    }
}

impl ScaleDefinition {
    /// Checks the definition, reporting the first problem with its path under `scale`.
    ///
    /// # Errors
    /// [`Error::InvalidScale`] naming the field and the problem.
    pub fn validate(&self) -> Result<(), Error> {
        if self.id.is_empty() || self.id.len() > 64 {
            return Err(invalid(format!("{FIELD}.id"), String::from("accepted: an id of 1 to 64 characters")));
        }
        if registry::is_built_in(&self.id) || self.id == registry::MODIFIED_TRIAL_ID {
            return Err(invalid(
                format!("{FIELD}.id"),
                format!("\"{}\" is a built-in scale's id; accepted: an id of your own", self.id),
            ));
        }
        if self.title.is_empty() {
            return Err(invalid(format!("{FIELD}.title"), String::from("title is empty; accepted: a non-empty title")));
        }
        let section_keys: Vec<&str> = match &self.sections {
            Sections::BuiltIn(BuiltInGrouping::SeqfStages) => seqf::STAGES.iter().map(|s| s.key).collect(),
            Sections::Listed(list) => {
                if list.is_empty() {
                    return Err(invalid(
                        format!("{FIELD}.sections"),
                        String::from("no sections; accepted: at least one section, or \"seqf_stages\""),
                    ));
                }
                unique(list.iter().map(|s| s.key.as_str()).enumerate(), "section key", |i| {
                    format!("{FIELD}.sections[{i}].key")
                })?;
                list.iter().map(|s| s.key.as_str()).collect()
            }
        };
        if self.items.is_empty() || self.items.len() > MAX_ITEMS {
            return Err(invalid(
                format!("{FIELD}.items"),
                format!("{} items; accepted: 1 to {MAX_ITEMS} items", self.items.len()),
            ));
        }
        unique(self.items.iter().map(|i| i.key.as_str()).enumerate(), "item key", |i| {
            format!("{FIELD}.items[{i}].key")
        })?;
        for (i, item) in self.items.iter().enumerate() {
            let path = |key: &str| format!("{FIELD}.items[{i}].{key}");
            if usize::from(item.number) != i + 1 {
                return Err(invalid(
                    path("number"),
                    format!(
                        "number {} at position {}; accepted: items numbered 1, 2, 3 … in order",
                        item.number,
                        i + 1
                    ),
                ));
            }
            if !section_keys.contains(&item.section.as_str()) {
                return Err(invalid(
                    path("section"),
                    format!("\"{}\" is not a section; accepted: {}", item.section, section_keys.join(", ")),
                ));
            }
            if item.anchors.len() != 5 || item.anchors.iter().any(String::is_empty) {
                return Err(invalid(
                    path("anchors"),
                    format!(
                        "{} anchors; accepted: exactly five non-empty anchors, for scores 1 to 5",
                        item.anchors.len()
                    ),
                ));
            }
            item.rule.validate_at(&path("rule"))?;
        }
        self.validate_bands()
    }

    fn validate_bands(&self) -> Result<(), Error> {
        let count = u16::try_from(self.items.len()).unwrap_or(u16::MAX);
        let (lowest, highest) = (count, count.saturating_mul(5));
        if self.bands.is_empty() {
            return Err(invalid(
                format!("{FIELD}.bands"),
                format!("no bands; accepted: bands covering totals {lowest} to {highest}"),
            ));
        }
        unique(self.bands.iter().map(|b| b.id.as_str()).enumerate(), "band id", |i| format!("{FIELD}.bands[{i}].id"))?;
        if let Some(LevelSet::SeqfAccreditation) = self.levels {
            for (i, band) in self.bands.iter().enumerate() {
                if !seqf::LEVELS.iter().any(|l| l.id == band.id) {
                    return Err(invalid(
                        format!("{FIELD}.bands[{i}].id"),
                        format!("\"{}\" is not an SEQF level; accepted: excellent, good, not_accredited", band.id),
                    ));
                }
            }
        }
        let mut order: Vec<(usize, &BandDefinition)> = self.bands.iter().enumerate().collect();
        // By lowest total; bands with the same lowest total stay in the order given.
        order.sort_by_key(|(_, b)| b.min_total);
        let mut next = lowest;
        for (i, band) in &order {
            let path = format!("{FIELD}.bands[{i}]");
            if band.min_total > band.max_total {
                return Err(invalid(
                    path,
                    format!("min_total {} is above max_total {}", band.min_total, band.max_total),
                ));
            }
            if band.min_total != next {
                let problem = match (band.min_total > next, band.min_total < lowest) {
                    (true, _) => "leaves a gap",
                    (false, true) => "starts below the lowest total",
                    (false, false) => "overlaps another band",
                };
                return Err(invalid(
                    path,
                    format!(
                        "{} to {} {problem}; accepted: bands that partition totals {lowest} to {highest}, the next starting at {next}",
                        band.min_total, band.max_total
                    ),
                ));
            }
            next = band.max_total.saturating_add(1);
        }
        let last = order.last().map_or(0, |(_, b)| b.max_total);
        if last != highest {
            return Err(invalid(
                format!("{FIELD}.bands"),
                format!("the bands end at {last}; accepted: bands that partition totals {lowest} to {highest}"),
            ));
        }
        if let Some(LevelSet::SeqfAccreditation) = self.levels {
            // Every level, ranked: not accredited below good below excellent.
            let ranked: Vec<&str> = order.iter().map(|(_, b)| b.id.as_str()).collect();
            if ranked != ["not_accredited", "good", "excellent"] {
                return Err(invalid(
                    format!("{FIELD}.bands"),
                    format!(
                        "levels from the lowest totals up are {}; accepted: not_accredited, good, excellent, each once, in that order",
                        ranked.join(", ")
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Validates the definition, builds its [`Scale`], and calls `use_scale` with it: what
    /// a [`DefinedScale`] lends, built from the same parts, for one use.
    ///
    /// # Errors
    /// The errors of [`ScaleDefinition::validate`].
    pub fn with_scale<R>(&self, use_scale: impl FnOnce(&Scale<'_>) -> R) -> Result<R, Error> {
        self.validate()?;
        let parts = ScaleParts::of(self);
        let items = parts.items(self);
        Ok(use_scale(&parts.scale(self, &items)))
    }
}

/// A user-defined scale as a value: a validated [`ScaleDefinition`], with the items,
/// sections and bands built from it, lending the [`Scale`] they make ([`DefinedScale::scale`]).
///
/// A [`Scale`] borrows its items, and the items borrow their texts and intervals: a value that
/// owns them all lends the scale from itself. So the first call of [`DefinedScale::scale`]
/// borrows the value for the rest of its life. Until then it moves and is stored like any
/// other (returned from a loader, put in a `Vec`); from then on it is used through shared
/// references, and every call lends the same scale, built once. Whatever holds it names the
/// lifetime of that borrow, `DefinedScale<'d>`, and lets the compiler choose it. To hold the
/// scale where no lifetime can be named (a field of a struct of your own, a `static`), keep it
/// for good with [`DefinedScale::leak`].
///
/// ```
/// use sefidelity::definition::*;
/// use sefidelity::{Evidence, Review, ReviewOptions, Score};
///
/// let band = |id: &str, min_total, max_total| BandDefinition { id: id.into(), title: String::new(), min_total, max_total };
/// let definition = ScaleDefinition {
///     id: "local-2025".into(),
///     title: "Local scale".into(),
///     source: String::new(),
///     sections: Sections::BuiltIn(BuiltInGrouping::SeqfStages),
///     items: vec![ItemDefinition {
///         number: 1,
///         key: "profiling".into(),
///         title: "Vocational profiling".into(),
///         description: String::new(),
///         section: "vocational_profiling".into(),
///         anchors: ["a", "b", "c", "d", "e"].map(String::from).to_vec(),
///         rule: RuleDefinition::Rated {},
///     }],
///     bands: vec![band("not_accredited", 1, 3), band("good", 4, 4), band("excellent", 5, 5)],
///     levels: Some(LevelSet::SeqfAccreditation),
/// };
/// let defined = DefinedScale::new(definition)?;
/// let scale = defined.scale();
/// let mut review = Review::new(scale);
/// review.add(1, Evidence::Rating(Score::FOUR))?;
/// let report = review.report(ReviewOptions::default());
/// assert_eq!(report.band().map(|b| b.title), Some("Good"));
/// // Another review on the same scale: nothing is built again.
/// assert!(core::ptr::eq(defined.scale(), scale));
/// # Ok::<(), sefidelity::Error>(())
/// ```
pub struct DefinedScale<'d> {
    definition: Cow<'d, ScaleDefinition>,
    parts: OnceCell<ScaleParts<'d>>,
    items: OnceCell<Vec<Item<'d>>>,
    scale: OnceCell<Scale<'d>>,
}

/// The owned pieces a defined scale's items borrow: each item's rule parts, the listed
/// sections (none for the SEQF stages, which are static) and the bands.
struct ScaleParts<'d> {
    rules: Vec<RuleParts<'d>>,
    sections: Vec<Section<'d>>,
    bands: Vec<FidelityBand<'d>>,
}

/// Where a defined scale's items and bands say they come from.
const DEFINED: Provenance = Provenance { source: Source::UserDefined, locator: "scale definition" };

impl<'d> DefinedScale<'d> {
    /// Validates `definition` and keeps it.
    ///
    /// # Errors
    /// The errors of [`ScaleDefinition::validate`].
    pub fn new(definition: ScaleDefinition) -> Result<Self, Error> {
        Self::from_cow(Cow::Owned(definition))
    }

    /// Validates `definition` and borrows it.
    ///
    /// # Errors
    /// The errors of [`ScaleDefinition::validate`].
    pub fn borrowing(definition: &'d ScaleDefinition) -> Result<Self, Error> {
        Self::from_cow(Cow::Borrowed(definition))
    }

    fn from_cow(definition: Cow<'d, ScaleDefinition>) -> Result<Self, Error> {
        definition.validate()?;
        Ok(Self { definition, parts: OnceCell::new(), items: OnceCell::new(), scale: OnceCell::new() })
    }

    /// The definition.
    #[must_use]
    pub fn definition(&self) -> &ScaleDefinition {
        &self.definition
    }

    /// The definition, given back.
    #[must_use]
    pub fn into_definition(self) -> ScaleDefinition {
        self.definition.into_owned()
    }

    /// The scale: built on the first call, lent as it is on every later one. Reviews,
    /// reports, bands and action plans work on it exactly as on a built-in scale.
    #[must_use]
    pub fn scale(&'d self) -> &'d Scale<'d> {
        let definition: &'d ScaleDefinition = &self.definition;
        let parts = self.parts.get_or_init(|| ScaleParts::of(definition));
        let items = self.items.get_or_init(|| parts.items(definition));
        self.scale.get_or_init(|| parts.scale(definition, items))
    }
}

/// The section of an item whose section is not listed, which validation refuses.
static UNLISTED: Section<'static> = Section { key: "", title: "" };

impl<'d> ScaleParts<'d> {
    fn of(definition: &'d ScaleDefinition) -> Self {
        let sections = match &definition.sections {
            Sections::BuiltIn(BuiltInGrouping::SeqfStages) => Vec::new(),
            Sections::Listed(list) => list.iter().map(|s| Section { key: &s.key, title: &s.title }).collect(),
        };
        let bands = definition
            .bands
            .iter()
            .map(|b| {
                let level_title =
                    seqf::LEVELS.iter().find(|l| l.id == b.id && definition.levels.is_some()).map(|l| l.title);
                let title = if b.title.is_empty() { level_title.unwrap_or(&b.id) } else { &b.title };
                FidelityBand { id: &b.id, title, min_total: b.min_total, max_total: b.max_total }
            })
            .collect();
        Self { rules: definition.items.iter().map(|i| RuleParts::of(&i.rule)).collect(), sections, bands }
    }

    /// The sections the items are in: the listed ones, or the SEQF stages.
    fn sections(&'d self, definition: &ScaleDefinition) -> &'d [Section<'d>] {
        match definition.sections {
            Sections::BuiltIn(BuiltInGrouping::SeqfStages) => &seqf::STAGES,
            Sections::Listed(_) => &self.sections,
        }
    }

    /// The items, in order.
    fn items(&'d self, definition: &'d ScaleDefinition) -> Vec<Item<'d>> {
        let sections = self.sections(definition);
        definition
            .items
            .iter()
            .zip(&self.rules)
            .map(|(def, rule)| {
                // Validation has checked that every item's section is listed: the placeholder
                // is never taken.
                let section = sections.iter().find(|s| s.key == def.section).unwrap_or(&UNLISTED);
                let anchor = |i: usize| def.anchors.get(i).map_or("", String::as_str);
                Item {
                    number: def.number,
                    key: &def.key,
                    section,
                    text: ItemText {
                        title: &def.title,
                        description: &def.description,
                        anchors: [anchor(0), anchor(1), anchor(2), anchor(3), anchor(4)],
                    },
                    rule: rule.rule(),
                    provenance: DEFINED,
                    emphasis: None,
                }
            })
            .collect()
    }

    /// The scale of `items`.
    fn scale(&'d self, definition: &'d ScaleDefinition, items: &'d [Item<'d>]) -> Scale<'d> {
        Scale {
            id: &definition.id,
            title: &definition.title,
            provenance: DEFINED,
            items,
            sections: self.sections(definition),
            bands: &self.bands,
            bands_provenance: DEFINED,
        }
    }
}

impl DefinedScale<'static> {
    /// The scale for the rest of the program: the value is kept for good (never freed) and
    /// its scale lent for `'static`, so that it can be held anywhere a lifetime cannot be
    /// named (a field of a struct, a `static`, another thread). For scales loaded once, at
    /// start-up.
    #[must_use]
    pub fn leak(self) -> &'static Scale<'static> {
        alloc::boxed::Box::leak(alloc::boxed::Box::new(self)).scale()
    }
}

/// A copy of the definition, with nothing built yet.
impl Clone for DefinedScale<'_> {
    fn clone(&self) -> Self {
        Self {
            definition: self.definition.clone(),
            parts: OnceCell::new(),
            items: OnceCell::new(),
            scale: OnceCell::new(),
        }
    }
}

/// Shows the id and title only, as [`Scale`] does.
impl core::fmt::Debug for DefinedScale<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("DefinedScale")
            .field("id", &self.definition.id)
            .field("title", &self.definition.title)
            .finish_non_exhaustive()
    }
}

/// The owned pieces a built item's rule borrows.
pub(crate) enum RuleParts<'d> {
    Rated,
    Measured { unit: Unit, direction: Direction, intervals: Vec<ScoreInterval<'d>> },
    Checklist { components: Vec<Component<'d>>, scores: Vec<Score> },
}

fn bound(b: Option<BoundDefinition>) -> Bound {
    match b {
        None => Bound::Unbounded,
        Some(BoundDefinition { value, inclusive: true }) => Bound::Inclusive(value),
        Some(BoundDefinition { value, inclusive: false }) => Bound::Exclusive(value),
    }
}

impl<'d> RuleParts<'d> {
    pub(crate) fn of(rule: &'d RuleDefinition) -> Self {
        match rule {
            RuleDefinition::Rated {} => Self::Rated,
            RuleDefinition::Measured { unit, direction, intervals } => Self::Measured {
                unit: unit.unit(),
                direction: match direction {
                    DirectionId::HigherIsBetter => Direction::HigherIsBetter,
                    DirectionId::LowerIsBetter => Direction::LowerIsBetter,
                },
                intervals: intervals
                    .iter()
                    .map(|i| ScoreInterval {
                        score: Score::new(i.score).unwrap_or(Score::ONE),
                        lower: bound(i.lower),
                        upper: bound(i.upper),
                        printed: &i.printed,
                    })
                    .collect(),
            },
            RuleDefinition::Checklist { components, scores } => Self::Checklist {
                components: components.iter().map(|c| Component { key: &c.key, description: &c.description }).collect(),
                scores: scores.iter().map(|s| Score::new(*s).unwrap_or(Score::ONE)).collect(),
            },
        }
    }

    pub(crate) fn rule(&self) -> Rule<'_> {
        match self {
            Self::Rated => Rule::Rated,
            Self::Measured { unit, direction, intervals } => {
                Rule::Measured(MeasuredRule { unit: *unit, direction: *direction, intervals, condition: None })
            }
            Self::Checklist { components, scores } => Rule::Checklist(ChecklistRule { components, scores }),
        }
    }
}

impl RuleDefinition {
    /// Checks the rule, naming problems under `path`.
    pub(crate) fn validate_at(&self, path: &str) -> Result<(), Error> {
        let score_ok = |s: u8| (1..=5).contains(&s);
        match self {
            Self::Rated {} => Ok(()),
            Self::Measured { unit, direction, intervals } => {
                if intervals.is_empty() {
                    return Err(invalid(
                        format!("{path}.intervals"),
                        String::from("no intervals; accepted: intervals covering every value"),
                    ));
                }
                for (i, iv) in intervals.iter().enumerate() {
                    if !score_ok(iv.score) {
                        return Err(invalid(
                            format!("{path}.intervals[{i}].score"),
                            format!("{}; accepted: a score from 1 to 5", iv.score),
                        ));
                    }
                    for (key, b) in [("lower", iv.lower), ("upper", iv.upper)] {
                        if b.is_some_and(|b| !b.value.is_finite()) {
                            return Err(invalid(
                                format!("{path}.intervals[{i}].{key}"),
                                String::from("not a finite number; accepted: a finite number, or null for no bound"),
                            ));
                        }
                    }
                }
                let mut order: Vec<(usize, &IntervalDefinition)> = intervals.iter().enumerate().collect();
                // Unstable, with the position last: as a stable sort would order them.
                order.sort_unstable_by(|(i, a), (j, b)| {
                    let key = |iv: &IntervalDefinition| iv.lower.map_or(f64::NEG_INFINITY, |b| b.value);
                    key(a)
                        .total_cmp(&key(b))
                        .then(b.lower.map(|l| l.inclusive).cmp(&a.lower.map(|l| l.inclusive)))
                        .then(i.cmp(j))
                });
                let domain_max = unit.unit().max();
                let (first, last) = match (order.first(), order.last()) {
                    (Some(f), Some(l)) => (*f, *l),
                    _ => return Ok(()),
                };
                let covers_zero = match first.1.lower {
                    None => true,
                    Some(b) => b.value < 0.0 || (b.value == 0.0 && b.inclusive),
                };
                if !covers_zero {
                    return Err(invalid(
                        format!("{path}.intervals[{}].lower", first.0),
                        String::from("leaves 0 in no interval; accepted: intervals starting at 0 (inclusive) or below"),
                    ));
                }
                let covers_top = match (last.1.upper, domain_max) {
                    (None, _) => true,
                    (Some(b), Some(max)) => b.value > max || (b.value == max && b.inclusive),
                    (Some(_), None) => false,
                };
                if !covers_top {
                    return Err(invalid(
                        format!("{path}.intervals[{}].upper", last.0),
                        String::from(match domain_max {
                            Some(_) => {
                                "leaves the top of the range in no interval; accepted: a last interval reaching 100 inclusive, or unbounded"
                            }
                            None => {
                                "leaves large values in no interval; accepted: a last interval unbounded above (upper: null)"
                            }
                        }),
                    ));
                }
                for pair in order.windows(2) {
                    if let [(ia, a), (_, b)] = pair {
                        if let Err(problem) = meets(a.upper, b.lower) {
                            return Err(invalid(
                                format!("{path}.intervals[{ia}]"),
                                format!(
                                    "{problem}; accepted: intervals that meet end to end, one end inclusive and the other exclusive"
                                ),
                            ));
                        }
                        let falls = match direction {
                            DirectionId::HigherIsBetter => b.score < a.score,
                            DirectionId::LowerIsBetter => b.score > a.score,
                        };
                        if falls {
                            return Err(invalid(
                                format!("{path}.intervals[{ia}].score"),
                                format!(
                                    "scores {} then {} run against the direction; accepted: scores that never fall as the item improves",
                                    a.score, b.score
                                ),
                            ));
                        }
                    }
                }
                Ok(())
            }
            Self::Checklist { components, scores } => {
                if components.is_empty() || components.len() > MAX_COMPONENTS {
                    return Err(invalid(
                        format!("{path}.components"),
                        format!("{} components; accepted: 1 to {MAX_COMPONENTS}", components.len()),
                    ));
                }
                unique(components.iter().map(|c| c.key.as_str()).enumerate(), "component key", |i| {
                    format!("{path}.components[{i}].key")
                })?;
                if scores.len() != components.len() + 1 {
                    return Err(invalid(
                        format!("{path}.scores"),
                        format!(
                            "{} scores for {} components; accepted: one score per count from 0 to {}, so {} scores",
                            scores.len(),
                            components.len(),
                            components.len(),
                            components.len() + 1
                        ),
                    ));
                }
                for (i, s) in scores.iter().enumerate() {
                    if !score_ok(*s) {
                        return Err(invalid(
                            format!("{path}.scores[{i}]"),
                            format!("{s}; accepted: a score from 1 to 5"),
                        ));
                    }
                }
                if let Some(i) = scores.windows(2).position(|w| matches!(w, [a, b] if b < a)) {
                    return Err(invalid(
                        format!("{path}.scores[{}]", i + 1),
                        String::from(
                            "the score falls as more components are present; accepted: scores that never fall",
                        ),
                    ));
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::Evidence;
    use crate::review::{Review, ReviewOptions};
    use alloc::string::ToString;
    use alloc::vec;

    fn bound(value: f64, inclusive: bool) -> Option<BoundDefinition> {
        Some(BoundDefinition { value, inclusive })
    }

    fn interval(score: u8, lower: Option<BoundDefinition>, upper: Option<BoundDefinition>) -> IntervalDefinition {
        IntervalDefinition { score, lower, upper, printed: String::new() }
    }

    fn percent_rule() -> RuleDefinition {
        RuleDefinition::Measured {
            unit: UnitId::Percent,
            direction: DirectionId::HigherIsBetter,
            intervals: vec![
                interval(1, bound(0.0, true), bound(50.0, false)),
                interval(3, bound(50.0, true), bound(75.0, false)),
                interval(5, bound(75.0, true), bound(100.0, true)),
            ],
        }
    }

    fn item(number: u8, key: &str, rule: RuleDefinition) -> ItemDefinition {
        ItemDefinition {
            number,
            key: key.into(),
            title: key.into(),
            description: String::new(),
            section: "engagement".into(),
            anchors: (1..=5).map(|i| i.to_string()).collect(),
            rule,
        }
    }

    fn definition() -> ScaleDefinition {
        ScaleDefinition {
            id: "test".into(),
            title: "Test".into(),
            source: String::new(),
            sections: Sections::BuiltIn(BuiltInGrouping::SeqfStages),
            items: vec![
                item(1, "a", percent_rule()),
                item(
                    2,
                    "b",
                    RuleDefinition::Checklist {
                        components: vec![
                            ComponentDefinition { key: "x".into(), description: String::new() },
                            ComponentDefinition { key: "y".into(), description: String::new() },
                        ],
                        scores: vec![1, 3, 5],
                    },
                ),
                item(3, "c", RuleDefinition::Rated {}),
            ],
            bands: vec![
                BandDefinition { id: "not_accredited".into(), title: String::new(), min_total: 3, max_total: 10 },
                BandDefinition { id: "good".into(), title: String::new(), min_total: 11, max_total: 13 },
                BandDefinition { id: "excellent".into(), title: String::new(), min_total: 14, max_total: 15 },
            ],
            levels: Some(LevelSet::SeqfAccreditation),
        }
    }

    fn field_of(d: &ScaleDefinition) -> Option<String> {
        d.validate().err().and_then(|e| e.field().map(String::from))
    }

    #[test]
    fn a_valid_definition_is_scored_by_the_same_engine() {
        let d = definition();
        assert_eq!(d.validate(), Ok(()));
        let (total, band, first) = d
            .with_scale(|scale| {
                let mut review = Review::new(scale);
                review.add(1, Evidence::value(74.9)).unwrap();
                review.add(2, Evidence::Count(2)).unwrap();
                review.add(3, Evidence::Rating(crate::score::Score::FIVE)).unwrap();
                let report = review.report(ReviewOptions::default());
                (
                    report.total(),
                    report.band().map(|b| (b.id.to_string(), b.title.to_string())),
                    report.score(1).map(|s| s.score.get()),
                )
            })
            .unwrap();
        assert_eq!(total, 13);
        assert_eq!(band, Some(("good".into(), "Good".into())), "levels take the built-in titles");
        assert_eq!(first, Some(3), "74.9% is below the 75% boundary");
    }

    /// A loader that hands back the value, as a caller keeping user scales would.
    fn load<'d>(id: &str) -> Result<DefinedScale<'d>, Error> {
        let mut d = definition();
        d.id = id.into();
        DefinedScale::new(d)
    }

    #[test]
    fn a_defined_scale_is_a_value_that_lends_its_scale() {
        let held = [load("first").unwrap(), load("second").unwrap()];
        let (first, second) = (held[0].scale(), held[1].scale());
        assert_eq!((first.id, second.id), ("first", "second"));
        // Built once: every call lends the same scale.
        assert!(core::ptr::eq(held[0].scale(), first));
        // Two reviews kept side by side on one scale, scored as `with_scale` scores them.
        let mut reviews = [Review::new(first), Review::new(first)];
        reviews[0].add(1, Evidence::value(74.9)).unwrap();
        reviews[1].add(1, Evidence::value(75.0)).unwrap();
        let scores = reviews.map(|r| r.report(ReviewOptions::default()).score(1).map(|s| s.score.get()));
        assert_eq!(scores, [Some(3), Some(5)]);
        let through_closure = definition()
            .with_scale(|s| {
                let mut review = Review::new(s);
                review.add(1, Evidence::value(74.9)).unwrap();
                review.report(ReviewOptions::default()).score(1).map(|s| s.score.get())
            })
            .unwrap();
        assert_eq!(through_closure, Some(3));
        // The scale carries everything the definition says.
        assert_eq!(first.items.len(), 3);
        assert_eq!(first.item(2).map(|i| i.components().len()), Some(2));
        assert_eq!(first.item(1).map(|i| i.section.key), Some("engagement"));
        assert_eq!(first.sections, &seqf::STAGES[..]);
        assert_eq!(first.band(12).map(|b| (b.id, b.title)), Some(("good", "Good")));
        assert_eq!(first.max_total(), 15);
    }

    #[test]
    fn a_defined_scale_with_listed_sections_borrows_or_owns_its_definition() {
        let mut d = definition();
        d.sections = Sections::Listed(vec![
            SectionDefinition { key: "early".into(), title: "Early".into() },
            SectionDefinition { key: "late".into(), title: "Late".into() },
        ]);
        for (item, section) in d.items.iter_mut().zip(["early", "late", "late"]) {
            item.section = section.into();
        }
        let borrowed = DefinedScale::borrowing(&d).unwrap();
        let scale = borrowed.scale();
        assert_eq!(scale.sections.iter().map(|s| s.title).collect::<Vec<_>>(), ["Early", "Late"]);
        assert_eq!(scale.section_items(&scale.sections[1]).map(|i| i.number).collect::<Vec<_>>(), [2, 3]);
        let owned = DefinedScale::new(d.clone()).unwrap();
        let copy = owned.clone();
        assert_eq!(copy.scale().items, scale.items);
        assert_eq!(owned.into_definition(), d);
        assert_eq!(alloc::format!("{copy:?}"), r#"DefinedScale { id: "test", title: "Test", .. }"#);
    }

    /// A leaked scale is held in a struct of the caller's own and used through `&self`, as a
    /// built-in scale is.
    #[test]
    fn a_leaked_defined_scale_is_held_in_a_struct() {
        struct Service {
            scale: &'static Scale<'static>,
        }
        impl Service {
            fn total(&self, rating: Score) -> u16 {
                let mut review = Review::new(self.scale);
                review.add(1, crate::evidence::Evidence::Rating(rating)).unwrap();
                review.report(crate::review::ReviewOptions::default()).total()
            }
        }
        let service = Service { scale: DefinedScale::new(definition()).unwrap().leak() };
        assert_eq!(service.scale.id, "test");
        assert_eq!(service.total(Score::FOUR), 4);
    }

    #[test]
    fn a_defined_scale_is_refused_as_validation_refuses_the_definition() {
        let mut d = definition();
        d.items[0].anchors.pop();
        let refused = DefinedScale::new(d.clone()).map(|_| ());
        assert_eq!(refused, d.validate());
        assert_eq!(refused.err().and_then(|e| e.field().map(String::from)), Some("scale.items[0].anchors".into()));
        d.id = crate::registry::MODIFIED_TRIAL_ID.into();
        d.items[0].anchors.push("5".into());
        assert!(DefinedScale::borrowing(&d).is_err(), "a built-in id is taken");
    }

    #[test]
    fn intervals_must_cover_the_domain_once() {
        let with_intervals = |intervals| {
            let mut d = definition();
            d.items[0].rule =
                RuleDefinition::Measured { unit: UnitId::Percent, direction: DirectionId::HigherIsBetter, intervals };
            field_of(&d)
        };
        let gap =
            vec![interval(1, bound(0.0, true), bound(50.0, false)), interval(5, bound(51.0, true), bound(100.0, true))];
        assert_eq!(with_intervals(gap), Some("scale.items[0].rule.intervals[0]".into()));
        let overlap =
            vec![interval(1, bound(0.0, true), bound(50.0, true)), interval(5, bound(50.0, true), bound(100.0, true))];
        assert_eq!(with_intervals(overlap), Some("scale.items[0].rule.intervals[0]".into()));
        let hole = vec![
            interval(1, bound(0.0, true), bound(50.0, false)),
            interval(5, bound(50.0, false), bound(100.0, true)),
        ];
        assert_eq!(with_intervals(hole), Some("scale.items[0].rule.intervals[0]".into()));
        let no_zero = vec![
            interval(1, bound(0.0, false), bound(50.0, false)),
            interval(5, bound(50.0, true), bound(100.0, true)),
        ];
        assert_eq!(with_intervals(no_zero), Some("scale.items[0].rule.intervals[0].lower".into()));
        let short = vec![
            interval(1, bound(0.0, true), bound(50.0, false)),
            interval(5, bound(50.0, true), bound(100.0, false)),
        ];
        assert_eq!(with_intervals(short), Some("scale.items[0].rule.intervals[1].upper".into()));
        let backwards =
            vec![interval(5, bound(0.0, true), bound(50.0, false)), interval(1, bound(50.0, true), bound(100.0, true))];
        assert_eq!(with_intervals(backwards), Some("scale.items[0].rule.intervals[0].score".into()));
        // Given in any order, they are checked in order of their lower ends.
        let unsorted = vec![interval(5, bound(50.0, true), None), interval(1, None, bound(50.0, false))];
        assert_eq!(with_intervals(unsorted), None);
    }

    #[test]
    fn checklists_need_a_score_for_every_count() {
        let mut d = definition();
        if let RuleDefinition::Checklist { scores, .. } = &mut d.items[1].rule {
            scores.pop();
        }
        assert_eq!(field_of(&d), Some("scale.items[1].rule.scores".into()));
        let mut d = definition();
        if let RuleDefinition::Checklist { scores, .. } = &mut d.items[1].rule {
            *scores = vec![1, 5, 6];
        }
        assert_eq!(field_of(&d), Some("scale.items[1].rule.scores[2]".into()));
    }

    #[test]
    fn bands_must_partition_the_total_range() {
        let mut d = definition();
        d.bands[1].min_total = 12;
        assert_eq!(field_of(&d), Some("scale.bands[1]".into()));
        let mut d = definition();
        d.bands[2].max_total = 14;
        assert_eq!(field_of(&d), Some("scale.bands".into()));
        let mut d = definition();
        d.bands[0].min_total = 2;
        assert_eq!(field_of(&d), Some("scale.bands[0]".into()));
        let mut d = definition();
        d.bands[0].id = "outstanding".into();
        assert_eq!(field_of(&d), Some("scale.bands[0].id".into()));
        // SEQF levels: all three, ranked not accredited < good < excellent.
        let mut d = definition();
        d.bands[0].id = "excellent".into();
        d.bands[2].id = "not_accredited".into();
        assert_eq!(field_of(&d), Some("scale.bands".into()));
        let mut d = definition();
        d.bands.truncate(1);
        d.bands[0].max_total = 15;
        assert_eq!(field_of(&d), Some("scale.bands".into()));
    }

    #[test]
    fn items_are_numbered_in_order_with_five_anchors_in_known_sections() {
        let mut d = definition();
        d.items[2].number = 4;
        assert_eq!(field_of(&d), Some("scale.items[2].number".into()));
        let mut d = definition();
        d.items[2].key = "a".into();
        assert_eq!(field_of(&d), Some("scale.items[2].key".into()));
        let mut d = definition();
        d.items[0].anchors.pop();
        assert_eq!(field_of(&d), Some("scale.items[0].anchors".into()));
        let mut d = definition();
        d.items[0].section = "intake".into();
        assert_eq!(field_of(&d), Some("scale.items[0].section".into()));
        let mut d = definition();
        d.id = "ips-25-uk".into();
        assert_eq!(field_of(&d), Some("scale.id".into()));
    }
}
