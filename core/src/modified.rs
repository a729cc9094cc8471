//! Modified IPS: standard and modifiable items, networked or discrete delivery, and
//! modifications of the IPS-25 scale (Whitworth, project seed `004`, Tables 1 and 2).
//!
//! **Standard and modifiable items.** Table 1 sets the traditional IPS scale beside the
//! trial's modified scale. Items whose trial column repeats the traditional one are
//! *standard*: scored exactly as on the base scale. Items whose trial column differs are
//! *modifiable* ([`MODIFIABLE_ITEMS`]: 1, 3, 4, 6, 9, 10, 11, 17, 23). The article's text names
//! the same set (target cohort, caseload, time-limited support; whole-person support,
//! integration, employer engagement, public employment service, senior support). One slip:
//! a sub-heading speaks of "Items 2 and 17", but Table 1 changes item 3 (the specialist
//! "ensures wider support needs are addressed") and repeats item 2 unchanged; Table 1 is
//! followed.
//!
//! **Delivery.** Table 2 gives, for the functions of some modifiable items ([`FUNCTIONS`]), a
//! *discrete* approach (the IPS service delivers the function itself) and a *networked* one
//! (it co-ordinates the local system's services). A modification may choose one for an item
//! with such a function.
//!
//! **A modification** ([`Modification`]) reconfigures modifiable items only: a new
//! description, a rationale, a delivery approach, a rule, parameters. Changing a standard
//! item is refused ([`Error::StandardItemModified`]). The article gives no scoring anchors
//! for modified items, so a modified item without a rule of its own is *rated* (the
//! reviewer scores it 1–5 against its description), and its parameters become checks on
//! the facts given with a review ([`Modification::checks`]): a caseload above the maximum
//! is flagged. No anchors are invented.
//!
//! **The trial** ([`trial`], scale id `ips-25-uk-modified-trial`) ships built in: caseload
//! target 30 or less with maximum 35; in-work support limited to 12 months; eligibility for
//! the primary-care cohort; networked delivery where Table 1's trial column describes it:
//! items 4 and 17 name it (referrals "from that health team, and beyond"; engaging "local
//! authority employer engagement teams"), and for item 3 it is our reading of "ensures wider
//! support needs are addressed" (co-ordinating rather than delivering them). For items 6, 10
//! and 11 the article sets out both approaches without saying which the trial took (for item
//! 6 it notes that in the UK conditionality evidence is shared by clerical processes, which is
//! not a choice between the Table 2 approaches), so no delivery is recorded for them.

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::OnceCell;

use crate::definition::{RuleDefinition, RuleParts};
use crate::error::Error;
use crate::ips25;
use crate::item::{Item, ItemText};
use crate::registry;
use crate::scale::Scale;
use crate::source::{Provenance, Source};

/// The id of the built-in trial configuration ([`trial`]).
pub const TRIAL_ID: &str = registry::MODIFIED_TRIAL_ID;

/// The modifiable items of the IPS-25 scale (Table 1: the trial column differs).
pub const MODIFIABLE_ITEMS: [u8; 9] = [1, 3, 4, 6, 9, 10, 11, 17, 23];

/// What a modified scale's bands are: the base scale's, kept, as `004` prints none for a
/// modified scale (`modified_scale_bands` in [`crate::interpretation`]).
pub const BANDS_KEPT: &str = "the bands of ips-25-uk, kept: seed 004 prints no bands for a modified scale (interpretation: modified_scale_bands)";

/// The two categories the article sorts the modifiable items into: "one set of items that
/// relate to the focus and intensity of the core employment specialists (target cohort,
/// caseload size, and time-limited support) and, once defined, a second set of items that
/// relate to the qualitative (re)configuration of the mode of programme delivery".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModifiableGroup {
    /// Target cohort (item 9), caseload size (1), time-limited support (23).
    FocusAndIntensity,
    /// Whole-person support (3), integration into the health team (4), collaboration with the
    /// public employment service (6), senior health system support (10), open employment for
    /// patients (11), employer contact and engagement (17).
    ModeOfDelivery,
}

impl ModifiableGroup {
    /// Both groups, in the article's order.
    pub const ALL: [Self; 2] = [Self::FocusAndIntensity, Self::ModeOfDelivery];

    /// Stable id, e.g. `"focus_and_intensity"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::FocusAndIntensity => "focus_and_intensity",
            Self::ModeOfDelivery => "mode_of_delivery",
        }
    }

    /// The group's items, by number.
    #[must_use]
    pub const fn items(self) -> &'static [u8] {
        match self {
            Self::FocusAndIntensity => &[1, 9, 23],
            Self::ModeOfDelivery => &[3, 4, 6, 10, 11, 17],
        }
    }

    /// The group of modifiable item `number`; `None` for a standard item.
    #[must_use]
    pub fn of_item(number: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.items().contains(&number))
    }

    /// Where the article names the two groups.
    pub const PROVENANCE: Provenance = Provenance {
        source: Source::ModifiedIpsFramework,
        locator: "From modified IPS to modified IPSs: developing an analytical framework to guide future policy design",
    };
}

/// [`MODIFIABLE_ITEMS`] as messages list them (a test holds the two together).
const MODIFIABLE_LIST: &str = "1, 3, 4, 6, 9, 10, 11, 17, 23";

/// Where the standard/modifiable split is printed.
pub const TABLE_1: Provenance = Provenance {
    source: Source::ModifiedIpsFramework,
    locator: "Table 1: Traditional IPS fidelity scale and our trial's modified IPS fidelity scale",
};

/// Where the delivery approaches are printed.
pub const TABLE_2: Provenance = Provenance {
    source: Source::ModifiedIpsFramework,
    locator: "Table 2: Discrete and networked approaches to delivering modifiable fidelity items",
};

/// Whether an IPS item must stay as on the base scale, or may be reconfigured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// Scored exactly as on the traditional scale.
    Standard,
    /// May be reconfigured for a new cohort, with a rationale.
    Modifiable,
}

impl ItemKind {
    /// The kind of IPS-25 item `number`.
    #[must_use]
    pub fn of(number: u8) -> Self {
        if MODIFIABLE_ITEMS.contains(&number) { Self::Modifiable } else { Self::Standard }
    }

    /// The stable id: `standard` or `modifiable`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Modifiable => "modifiable",
        }
    }
}

/// How a modifiable function is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Delivery {
    /// The IPS service and its specialists deliver the function themselves.
    Discrete,
    /// The IPS service co-ordinates the function across the local system's services.
    Networked,
}

impl Delivery {
    /// The stable id: `discrete` or `networked`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Discrete => "discrete",
            Self::Networked => "networked",
        }
    }
}

/// A function of modifiable items that can be delivered discretely or networked (Table 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Function {
    /// Stable key.
    pub key: &'static str,
    /// The function, in our words.
    pub title: &'static str,
    /// The IPS items it belongs to.
    pub items: &'static [u8],
    /// What must be delivered, in our words.
    pub needs: &'static str,
    /// The discrete approach, in our words.
    pub discrete: &'static str,
    /// The networked approach, in our words.
    pub networked: &'static str,
}

/// The five functions of Table 2.
pub static FUNCTIONS: [Function; 5] = [
    Function {
        key: "whole_person_support",
        title: "The specialist's role in whole-person support",
        items: &[3],
        needs: "Health needs and wider support needs are met.",
        discrete: "The specialist leads the delivery of wider support needs.",
        networked: "The specialist co-ordinates wider support needs from local services.",
    },
    Function {
        key: "health_team_integration",
        title: "Integration into the health team",
        items: &[4],
        needs: "Integration into the relevant primary care team and wider health teams, with the right type and \
                volume of referrals.",
        discrete: "The specialist works with, and takes referrals from, only the primary care teams they are \
                   integrated into.",
        networked: "Integrated into the relevant primary care team, with processes for integration across health \
                    teams and referrals from every relevant source.",
    },
    Function {
        key: "employer_engagement",
        title: "Employer contact and engagement",
        items: &[17],
        needs: "The right type and volume of job opportunities, and personal support to employers and clients \
                for matching, starting and staying in work.",
        discrete: "The specialist carries out every employer engagement function for their caseload.",
        networked: "The specialist works with existing employer engagement teams and vacancy databases to source \
                    opportunities, and leads all contact between employer and client.",
    },
    Function {
        key: "public_employment_service",
        title: "Collaboration with the public employment service",
        items: &[6],
        needs: "The right referrals, warm exits back to the public employment service, and any conditionality \
                met.",
        discrete: "The two services keep separate norms and processes; the specialist meets the service's needs \
                   as best they can.",
        networked: "The two services share norms and processes; the specialist meets the service's needs in \
                    partnership with it.",
    },
    Function {
        key: "senior_support",
        title: "Senior support for IPS and the aim of open employment",
        items: &[10, 11],
        needs: "Senior support across organisations to launch and run the service, with agreed governance.",
        discrete: "Senior partners give formal support when called on; their overlapping agendas stay separate.",
        networked: "Senior partners give formal support in live partnership, collaborating on overlapping agendas.",
    },
];

/// The Table 2 function of IPS item `number`, if it has one.
#[must_use]
pub fn function_of(number: u8) -> Option<&'static Function> {
    FUNCTIONS.iter().find(|f| f.items.contains(&number))
}

/// A parameter of a modified item that a review's facts are checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum ParameterKind {
    /// Item 1: the caseload a specialist should keep at or below (a target).
    CaseloadTarget,
    /// Item 1: the most clients a specialist may carry.
    CaseloadMax,
    /// Item 23: the most months of in-work support.
    InWorkSupportMaxMonths,
}

impl ParameterKind {
    /// The stable id, e.g. `"caseload_max"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::CaseloadTarget => "caseload_target",
            Self::CaseloadMax => "caseload_max",
            Self::InWorkSupportMaxMonths => "in_work_support_max_months",
        }
    }

    /// The item the parameter belongs to.
    #[must_use]
    pub const fn item(self) -> u8 {
        match self {
            Self::CaseloadTarget | Self::CaseloadMax => 1,
            Self::InWorkSupportMaxMonths => 23,
        }
    }

    /// The fact a review gives to check it: `caseload` or `in_work_support_months`.
    #[must_use]
    pub const fn fact(self) -> &'static str {
        match self {
            Self::CaseloadTarget | Self::CaseloadMax => "caseload",
            Self::InWorkSupportMaxMonths => "in_work_support_months",
        }
    }
}

/// One parameter and its limit.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Parameter {
    /// Which parameter.
    pub kind: ParameterKind,
    /// Its limit (the value must be at or below it).
    pub value: f64,
}

/// The reconfiguration of one modifiable item.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ItemModification {
    /// The IPS item number (a modifiable item).
    pub number: u8,
    /// What the modified item asks for.
    pub description: String,
    /// Why it is modified.
    pub rationale: String,
    /// Discrete or networked delivery, for an item with a Table 2 function.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub delivery: Option<Delivery>,
    /// A rule of its own; absent means rated against the description.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub rule: Option<RuleDefinition>,
    /// Five anchors of its own; absent means the rater scores against the description.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub anchors: Option<Vec<String>>,
    /// Limits checked against a review's facts.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub parameters: Vec<Parameter>,
}

/// A modification of the IPS-25 scale.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Modification {
    /// Stable id of the modified scale.
    pub id: String,
    /// Title.
    pub title: String,
    /// The base scale: `ips-25-uk`.
    pub base: String,
    /// Where the modification comes from, in words.
    #[cfg_attr(feature = "serde", serde(default))]
    pub source: String,
    /// The modified items, each a modifiable item, at most once.
    pub items: Vec<ItemModification>,
}

/// The facts a review on a modified scale may give, for the parameter checks.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Facts {
    /// Active clients per full-time employment specialist.
    pub caseload: Option<f64>,
    /// Months of in-work support given.
    pub in_work_support_months: Option<f64>,
}

/// The outcome of checking one parameter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Check {
    /// The item.
    pub item: u8,
    /// The parameter.
    pub parameter: ParameterKind,
    /// Its limit.
    pub limit: f64,
    /// The fact checked, or `None` when the review did not give it.
    pub value: Option<f64>,
    /// Whether the fact is above the limit (`None` when not given).
    pub flagged: Option<bool>,
}

/// The anchors a modified item has when the modification gives none: the rater scores
/// 1–5 against the item's description. No anchors are invented.
pub const UNANCHORED: [&str; 5] = [
    "1: rated against the modified item's description (no anchors printed)",
    "2: rated against the modified item's description (no anchors printed)",
    "3: rated against the modified item's description (no anchors printed)",
    "4: rated against the modified item's description (no anchors printed)",
    "5: rated against the modified item's description (no anchors printed)",
];

fn invalid(field: String, problem: String) -> Error {
    Error::InvalidScale { field, problem }
}

impl Modification {
    /// Checks the modification against its base scale.
    ///
    /// # Errors
    /// [`Error::StandardItemModified`] for a standard item; [`Error::InvalidScale`] for any
    /// other problem (unknown base, item out of range or repeated, empty description or
    /// rationale, a delivery for an item without a Table 2 function, a parameter on the wrong
    /// item, an invalid rule or anchors), naming its path under `scale.modification`.
    pub fn validate(&self) -> Result<(), Error> {
        const FIELD: &str = "scale.modification";
        if self.id.is_empty()
            || self.id.len() > 64
            || registry::is_built_in(&self.id)
            || (self.id == TRIAL_ID && *self != trial())
        {
            return Err(invalid(
                format!("{FIELD}.id"),
                format!("\"{}\"; accepted: an id of 1 to 64 characters, not a built-in scale's", self.id),
            ));
        }
        if self.title.is_empty() {
            return Err(invalid(format!("{FIELD}.title"), String::from("title is empty; accepted: a non-empty title")));
        }
        if self.base != ips25::SCALE.id {
            return Err(invalid(
                format!("{FIELD}.base"),
                format!("\"{}\" cannot be modified; accepted: ips-25-uk", self.base),
            ));
        }
        let modifiable = || String::from(MODIFIABLE_LIST);
        let mut seen = Vec::new();
        for (i, m) in self.items.iter().enumerate() {
            let path = |key: &str| format!("{FIELD}.items[{i}].{key}");
            let Some(base) = ips25::SCALE.item(m.number) else {
                return Err(invalid(
                    path("number"),
                    format!("{} is not an item of ips-25-uk; accepted: {}", m.number, modifiable()),
                ));
            };
            if ItemKind::of(m.number) == ItemKind::Standard {
                return Err(Error::StandardItemModified {
                    field: path("number"),
                    item: m.number,
                    key: base.key.into(),
                    modifiable: modifiable(),
                });
            }
            if seen.contains(&m.number) {
                return Err(invalid(
                    path("number"),
                    format!("item {} is modified twice; accepted: each item once", m.number),
                ));
            }
            seen.push(m.number);
            if m.description.is_empty() || m.rationale.is_empty() {
                return Err(invalid(
                    path(if m.description.is_empty() { "description" } else { "rationale" }),
                    String::from("is empty; accepted: a modified item states its description and rationale"),
                ));
            }
            if m.delivery.is_some() && function_of(m.number).is_none() {
                return Err(invalid(
                    path("delivery"),
                    format!(
                        "item {} has no discrete or networked function in Table 2; accepted: a delivery for items 3, 4, 6, 10, 11 or 17",
                        m.number
                    ),
                ));
            }
            if let Some(anchors) = &m.anchors {
                if anchors.len() != 5 || anchors.iter().any(String::is_empty) {
                    return Err(invalid(
                        path("anchors"),
                        format!("{} anchors; accepted: exactly five non-empty anchors", anchors.len()),
                    ));
                }
            }
            if let Some(rule) = &m.rule {
                rule.validate_at(&path("rule"))?;
            }
            for (j, p) in m.parameters.iter().enumerate() {
                let ppath = format!("{}[{j}]", path("parameters"));
                if p.kind.item() != m.number {
                    return Err(invalid(
                        ppath,
                        format!("{} belongs to item {}, not item {}", p.kind.id(), p.kind.item(), m.number),
                    ));
                }
                if !p.value.is_finite() || p.value < 0.0 {
                    return Err(invalid(
                        ppath,
                        format!("{}; accepted: a limit of 0 or more", crate::error::shown(&p.value)),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Validates the modification, builds the modified scale, and calls `use_scale` with it:
    /// what a [`ModifiedScale`] lends, built the same way, for one use.
    ///
    /// # Errors
    /// The errors of [`Modification::validate`].
    pub fn with_scale<R>(&self, use_scale: impl FnOnce(&Scale<'_>) -> R) -> Result<R, Error> {
        self.validate()?;
        let rules = self.rule_parts();
        let items = self.items(&rules);
        Ok(use_scale(&self.scale(&items)))
    }

    /// Where the modification's items and scale come from: the trial's from `004` Table 1
    /// (its trial column), at `trial`; any other modification's from its user, at `user`.
    fn provenance(&self, trial: &'static str, user: &'static str) -> Provenance {
        if self.id == TRIAL_ID {
            Provenance { source: Source::ModifiedIpsFramework, locator: trial }
        } else {
            Provenance { source: Source::UserDefined, locator: user }
        }
    }

    /// The owned pieces each modified item's rule borrows, in the order of `items`.
    fn rule_parts(&self) -> Vec<Option<RuleParts<'_>>> {
        self.items.iter().map(|m| m.rule.as_ref().map(RuleParts::of)).collect()
    }

    /// The scale's 25 items: the base scale's, with each modified one replaced.
    fn items<'m>(&'m self, rules: &'m [Option<RuleParts<'m>>]) -> Vec<Item<'m>> {
        ips25::SCALE
            .items
            .iter()
            .map(|base| {
                let Some((m, rule)) = self.items.iter().zip(rules).find(|(m, _)| m.number == base.number) else {
                    return *base;
                };
                let anchors = m.anchors.as_ref().map_or(UNANCHORED, |a| {
                    let at = |i: usize| a.get(i).map_or("", String::as_str);
                    [at(0), at(1), at(2), at(3), at(4)]
                });
                Item {
                    text: ItemText { title: base.text.title, description: &m.description, anchors },
                    rule: rule.as_ref().map_or(crate::rule::Rule::Rated, RuleParts::rule),
                    provenance: self.provenance("Table 1, trial column", "modification"),
                    ..*base
                }
            })
            .collect()
    }

    /// The modified scale over `items`: the base scale's sections and bands, this id and title.
    fn scale<'m>(&'m self, items: &'m [Item<'m>]) -> Scale<'m> {
        Scale {
            id: &self.id,
            title: &self.title,
            provenance: self
                .provenance("Table 1, trial column: modification of ips-25-uk", "modification of ips-25-uk"),
            items,
            ..ips25::SCALE
        }
    }

    /// Checks each parameter against `facts`.
    #[must_use]
    pub fn checks(&self, facts: &Facts) -> Vec<Check> {
        self.items
            .iter()
            .flat_map(|m| m.parameters.iter().map(move |p| (m.number, p)))
            .map(|(item, p)| {
                let value = match p.kind {
                    ParameterKind::CaseloadTarget | ParameterKind::CaseloadMax => facts.caseload,
                    ParameterKind::InWorkSupportMaxMonths => facts.in_work_support_months,
                };
                Check { item, parameter: p.kind, limit: p.value, value, flagged: value.map(|v| v > p.value) }
            })
            .collect()
    }
}

/// A modified scale as a value: a validated [`Modification`], with the items built from it,
/// lending the [`Scale`] they make ([`ModifiedScale::scale`]), as a
/// [`DefinedScale`](crate::definition::DefinedScale) does for a scale definition.
///
/// The first call of [`ModifiedScale::scale`] borrows the value for the rest of its life;
/// until then it moves and is stored like any other, and from then on every call lends the
/// same scale, built once. To hold the scale where no lifetime can be named, keep it for good
/// with [`ModifiedScale::leak`].
///
/// ```
/// use sefidelity::modified::{ModifiedScale, trial};
/// use sefidelity::{Evidence, Review, ReviewOptions, Score};
///
/// let modified = ModifiedScale::new(trial())?;
/// let scale = modified.scale();
/// assert_eq!(scale.id, "ips-25-uk-modified-trial");
/// let mut review = Review::new(scale);
/// review.add(9, Evidence::Rating(Score::FOUR))?;
/// assert_eq!(review.report(ReviewOptions::default()).total(), 4);
/// // Another review on the same scale: nothing is built again.
/// assert!(core::ptr::eq(modified.scale(), scale));
/// # Ok::<(), sefidelity::Error>(())
/// ```
pub struct ModifiedScale<'m> {
    modification: Cow<'m, Modification>,
    rules: OnceCell<Vec<Option<RuleParts<'m>>>>,
    items: OnceCell<Vec<Item<'m>>>,
    scale: OnceCell<Scale<'m>>,
}

impl<'m> ModifiedScale<'m> {
    /// Validates `modification` and keeps it.
    ///
    /// # Errors
    /// The errors of [`Modification::validate`].
    pub fn new(modification: Modification) -> Result<Self, Error> {
        Self::from_cow(Cow::Owned(modification))
    }

    /// Validates `modification` and borrows it.
    ///
    /// # Errors
    /// The errors of [`Modification::validate`].
    pub fn borrowing(modification: &'m Modification) -> Result<Self, Error> {
        Self::from_cow(Cow::Borrowed(modification))
    }

    fn from_cow(modification: Cow<'m, Modification>) -> Result<Self, Error> {
        modification.validate()?;
        Ok(Self { modification, rules: OnceCell::new(), items: OnceCell::new(), scale: OnceCell::new() })
    }

    /// The modification.
    #[must_use]
    pub fn modification(&self) -> &Modification {
        &self.modification
    }

    /// The modification, given back.
    #[must_use]
    pub fn into_modification(self) -> Modification {
        self.modification.into_owned()
    }

    /// The modified scale: built on the first call, lent as it is on every later one.
    #[must_use]
    pub fn scale(&'m self) -> &'m Scale<'m> {
        let modification: &'m Modification = &self.modification;
        let rules = self.rules.get_or_init(|| modification.rule_parts());
        let items = self.items.get_or_init(|| modification.items(rules));
        self.scale.get_or_init(|| modification.scale(items))
    }
}

impl ModifiedScale<'static> {
    /// The scale for the rest of the program: the value is kept for good (never freed) and
    /// its scale lent for `'static`, so that it can be held anywhere a lifetime cannot be
    /// named (a field of a struct, a `static`, another thread). For scales loaded once, at
    /// start-up.
    #[must_use]
    pub fn leak(self) -> &'static Scale<'static> {
        alloc::boxed::Box::leak(alloc::boxed::Box::new(self)).scale()
    }
}

/// A copy of the modification, with nothing built yet.
impl Clone for ModifiedScale<'_> {
    fn clone(&self) -> Self {
        Self {
            modification: self.modification.clone(),
            rules: OnceCell::new(),
            items: OnceCell::new(),
            scale: OnceCell::new(),
        }
    }
}

/// Shows the id and title only, as [`Scale`] does.
impl core::fmt::Debug for ModifiedScale<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ModifiedScale")
            .field("id", &self.modification.id)
            .field("title", &self.modification.title)
            .finish_non_exhaustive()
    }
}

/// The article's trial configuration (Table 1, right-hand column), in our words.
#[must_use]
pub fn trial() -> Modification {
    let item = |number, description: &str, rationale: &str, delivery, parameters: &[Parameter]| ItemModification {
        number,
        description: description.into(),
        rationale: rationale.into(),
        delivery,
        rule: None,
        anchors: None,
        parameters: parameters.to_vec(),
    };
    Modification {
        id: TRIAL_ID.into(),
        title: "IPS Fidelity Scale (UK version), modified for the primary-care trial".into(),
        base: ips25::SCALE.id.into(),
        source:
            "Whitworth, Mainstreaming effective employment support for individuals with health conditions, Table 1 \
                 (trial column) and Table 2"
                .into(),
        items: Vec::from([
            item(
                1,
                "Caseload target of 30 or fewer per employment specialist, and at most 35.",
                "Wider and larger cohorts: some slippage from the traditional target of 20 is expected.",
                None,
                &[
                    Parameter { kind: ParameterKind::CaseloadTarget, value: 30.0 },
                    Parameter { kind: ParameterKind::CaseloadMax, value: 35.0 },
                ],
            ),
            item(
                3,
                "The specialist carries out all employment functions and ensures wider support needs are addressed.",
                "Wider support needs are met through local services rather than by the specialist alone (our \
                 reading of the trial column: the specialist ensures they are addressed).",
                Some(Delivery::Networked),
                &[],
            ),
            item(
                4,
                "The specialist is integrated into the relevant primary care team; referrals come from that team and \
                 beyond.",
                "Primary-care cohorts: the host is a primary care team, and referrals come from across the system.",
                Some(Delivery::Networked),
                &[],
            ),
            item(
                6,
                "The specialist provides evidence to satisfy benefit conditionality and hands clients over well to the \
                 public employment service on exit.",
                "Closer ties with the public employment service for referrals, exits and conditionality.",
                None,
                &[],
            ),
            item(
                9,
                "Eligible: adults (18+) with low to moderate mental and/or physical health conditions in primary care, \
                 registered with a local GP, taking part voluntarily, out of work or in work but off sick or \
                 struggling; no further exclusion criteria.",
                "The trial's cohort is in primary care, and includes people in work who are off sick or struggling.",
                None,
                &[],
            ),
            item(
                10,
                "Key organisations promote open employment for the cohort in their strategies, priorities and metrics.",
                "The service reaches across several organisations, not one NHS Trust.",
                None,
                &[],
            ),
            item(
                11,
                "Leaders of key organisations give partnership support to IPS in their strategies, priorities and \
                 metrics.",
                "Senior support is needed across a wider set of partner organisations.",
                None,
                &[],
            ),
            item(
                17,
                "The specialist engages employers and local authority employer engagement teams; opportunities are \
                 shared across the team.",
                "Existing employer engagement teams source opportunities; the specialist leads contact with employers \
                 for each client.",
                Some(Delivery::Networked),
                &[],
            ),
            item(
                23,
                "Regular in-work support, stepped down when viable, limited to 12 months at most.",
                "Time-limited support gives similar outcomes at lower cost (Burns et al., 2015, as the article cites).",
                None,
                &[Parameter { kind: ParameterKind::InWorkSupportMaxMonths, value: 12.0 }],
            ),
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::Evidence;
    use crate::review::{Review, ReviewOptions};
    use crate::score::Score;

    #[test]
    fn the_modifiable_list_names_the_modifiable_items() {
        let listed: Vec<String> = MODIFIABLE_ITEMS.iter().map(|n| format!("{n}")).collect();
        assert_eq!(MODIFIABLE_LIST, listed.join(", "));
    }

    /// The article's two groups split the nine modifiable items between them, once each.
    #[test]
    fn the_two_groups_split_the_modifiable_items() {
        let mut all: Vec<u8> = ModifiableGroup::ALL.iter().flat_map(|g| g.items().iter().copied()).collect();
        all.sort_unstable();
        assert_eq!(all, MODIFIABLE_ITEMS);
        assert_eq!(ModifiableGroup::of_item(9), Some(ModifiableGroup::FocusAndIntensity));
        assert_eq!(ModifiableGroup::of_item(17), Some(ModifiableGroup::ModeOfDelivery));
        assert_eq!(ModifiableGroup::of_item(2), None);
    }

    #[test]
    fn nine_items_are_modifiable_and_sixteen_standard() {
        assert_eq!((1..=25).filter(|n| ItemKind::of(*n) == ItemKind::Modifiable).count(), 9);
        assert_eq!((1..=25).filter(|n| ItemKind::of(*n) == ItemKind::Standard).count(), 16);
        assert_eq!(ItemKind::of(2), ItemKind::Standard, "Table 1 repeats item 2 unchanged");
        assert_eq!(ItemKind::of(3), ItemKind::Modifiable);
        for f in &FUNCTIONS {
            assert!(f.items.iter().all(|n| ItemKind::of(*n) == ItemKind::Modifiable), "{}", f.key);
        }
    }

    #[test]
    fn the_trial_holds_the_printed_parameters() {
        let t = trial();
        assert_eq!(t.validate(), Ok(()));
        let caseload = t.items.iter().find(|m| m.number == 1).map(|m| m.parameters.clone());
        assert_eq!(
            caseload,
            Some(Vec::from([
                Parameter { kind: ParameterKind::CaseloadTarget, value: 30.0 },
                Parameter { kind: ParameterKind::CaseloadMax, value: 35.0 },
            ]))
        );
        let support = t.items.iter().find(|m| m.number == 23).map(|m| m.parameters.clone());
        assert_eq!(support, Some(Vec::from([Parameter { kind: ParameterKind::InWorkSupportMaxMonths, value: 12.0 }])));
        let networked: Vec<u8> =
            t.items.iter().filter(|m| m.delivery == Some(Delivery::Networked)).map(|m| m.number).collect();
        assert_eq!(networked, [3, 4, 17]);
    }

    #[test]
    fn a_caseload_over_35_is_flagged_and_over_30_misses_the_target() {
        let t = trial();
        let flags = |caseload: f64| -> Vec<(ParameterKind, Option<bool>)> {
            t.checks(&Facts { caseload: Some(caseload), in_work_support_months: None })
                .iter()
                .filter(|c| c.item == 1)
                .map(|c| (c.parameter, c.flagged))
                .collect()
        };
        assert_eq!(
            flags(30.0),
            [(ParameterKind::CaseloadTarget, Some(false)), (ParameterKind::CaseloadMax, Some(false))]
        );
        assert_eq!(
            flags(31.0),
            [(ParameterKind::CaseloadTarget, Some(true)), (ParameterKind::CaseloadMax, Some(false))]
        );
        assert_eq!(flags(35.0)[1], (ParameterKind::CaseloadMax, Some(false)));
        assert_eq!(flags(36.0)[1], (ParameterKind::CaseloadMax, Some(true)));
        let months = |m: f64| t.checks(&Facts { caseload: None, in_work_support_months: Some(m) });
        assert_eq!(months(12.0).iter().find(|c| c.item == 23).and_then(|c| c.flagged), Some(false));
        assert_eq!(months(13.0).iter().find(|c| c.item == 23).and_then(|c| c.flagged), Some(true));
        assert!(t.checks(&Facts::default()).iter().all(|c| c.flagged.is_none()));
    }

    #[test]
    fn a_standard_item_cannot_be_modified() {
        let mut t = Modification { id: "trial-variant".into(), ..trial() };
        t.items.push(ItemModification { number: 2, ..t.items[1].clone() });
        let e = t.validate().unwrap_err();
        assert!(matches!(e, Error::StandardItemModified { item: 2, .. }), "{e:?}");
        assert_eq!(e.field(), Some("scale.modification.items[9].number"));
    }

    #[test]
    fn modified_items_are_rated_and_the_rest_score_as_on_the_base_scale() {
        let t = trial();
        let totals = t
            .with_scale(|scale| {
                assert_eq!(scale.items.len(), 25);
                assert!(matches!(scale.item(1).map(|i| i.rule), Some(crate::rule::Rule::Rated)));
                let mut review = Review::new(scale);
                // Item 1 takes a rating now; a value is refused, as the modified item has no intervals.
                assert!(review.add(1, Evidence::value(22.0)).is_err());
                review.add(1, Evidence::Rating(Score::FOUR)).unwrap();
                // Item 2 is standard: 92% scores 4 exactly as on the base scale.
                review.add(2, Evidence::value(92.0)).unwrap();
                let report = review.report(ReviewOptions::default());
                (report.total(), report.score(2).map(|s| s.score.get()))
            })
            .unwrap();
        assert_eq!(totals, (8, Some(4)));
    }

    /// A `ModifiedScale` lends the scale `with_scale` builds, item for item, and keeps it
    /// across reviews; an invalid modification is refused when the value is made.
    #[test]
    fn a_modified_scale_is_a_value_that_lends_the_same_scale() {
        let t = trial();
        let held = ModifiedScale::borrowing(&t).unwrap();
        let scale = held.scale();
        t.with_scale(|built| {
            assert_eq!((scale.id, scale.title, scale.provenance), (built.id, built.title, built.provenance));
            assert_eq!(scale.items, built.items);
            assert_eq!(scale.bands, built.bands);
        })
        .unwrap();
        assert!(core::ptr::eq(held.scale(), scale));
        let totals: Vec<u16> = (0..2)
            .map(|_| {
                let mut review = Review::new(scale);
                review.add(1, Evidence::Rating(Score::FOUR)).unwrap();
                review.add(2, Evidence::value(92.0)).unwrap();
                review.report(ReviewOptions::default()).total()
            })
            .collect();
        assert_eq!(totals, [8, 8]);

        let owned = ModifiedScale::new(trial()).unwrap();
        assert_eq!(owned.clone().into_modification(), trial());
        assert_eq!(format!("{owned:?}"), format!("ModifiedScale {{ id: {:?}, title: {:?}, .. }}", t.id, t.title));

        let mut standard = Modification { id: "trial-variant".into(), ..trial() };
        standard.items.push(ItemModification { number: 2, ..standard.items[1].clone() });
        let e = ModifiedScale::new(standard).unwrap_err();
        assert!(matches!(e, Error::StandardItemModified { item: 2, .. }), "{e:?}");

        // Kept for good, the scale is held where no lifetime can be named: a `static`, read
        // from another thread.
        static HELD: std::sync::OnceLock<&'static Scale<'static>> = std::sync::OnceLock::new();
        HELD.get_or_init(|| ModifiedScale::new(trial()).unwrap().leak());
        let id = std::thread::spawn(|| HELD.get().map(|scale| (scale.id, scale.items.len()))).join().unwrap();
        assert_eq!(id, Some(("ips-25-uk-modified-trial", 25)));
    }

    /// The trial's modified items and scale cite `004` Table 1; its standard items keep the
    /// base scale's source; another modification's items are the user's.
    #[test]
    fn the_trial_cites_table_1_and_other_modifications_their_user() {
        let t = trial();
        t.with_scale(|scale| {
            assert_eq!(scale.provenance.source, Source::ModifiedIpsFramework);
            let modified = scale.item(1).map(|i| i.provenance);
            assert_eq!(
                modified,
                Some(Provenance { source: Source::ModifiedIpsFramework, locator: "Table 1, trial column" })
            );
            assert_eq!(scale.item(2).map(|i| i.provenance.source), Some(Source::UkIpsFidelityScale));
        })
        .unwrap();
        let own = Modification { id: "local-variant".into(), ..trial() };
        own.with_scale(|scale| {
            assert_eq!(scale.provenance.source, Source::UserDefined);
            assert_eq!(scale.item(1).map(|i| i.provenance.source), Some(Source::UserDefined));
        })
        .unwrap();
    }

    #[test]
    fn only_the_trial_itself_may_use_the_trial_id() {
        let mut t = trial();
        t.items.pop();
        assert_eq!(t.validate().unwrap_err().field(), Some("scale.modification.id"));
    }

    #[test]
    fn deliveries_belong_to_table_2_functions_and_parameters_to_their_items() {
        let mut t = Modification { id: "trial-variant".into(), ..trial() };
        t.items[0].delivery = Some(Delivery::Discrete);
        assert!(matches!(t.validate(), Err(Error::InvalidScale { .. })));
        let mut t = Modification { id: "trial-variant".into(), ..trial() };
        t.items[1].parameters.push(Parameter { kind: ParameterKind::CaseloadMax, value: 35.0 });
        assert_eq!(t.validate().unwrap_err().field(), Some("scale.modification.items[1].parameters[0]"));
    }
}
