//! Fidelity scale items: their text, section and rule.

pub use crate::component::Component;
use crate::emphasis::Emphasis;
use crate::error::Error;
use crate::evidence::{Evidence, field};
use crate::rule::{CompositeRule, Rule, composite};
use crate::score::{Basis, ItemScore, Score};
use crate::source::Provenance;

/// A group of items on a scale, e.g. Staffing (items 1–3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Section<'s> {
    /// Stable id, e.g. `"staffing"`.
    pub key: &'s str,
    /// Title, e.g. `"Staffing"`.
    pub title: &'s str,
}

/// An item's words: title, description and the five anchors, in our own concise words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ItemText<'s> {
    /// Title.
    pub title: &'s str,
    /// What the item asks for.
    pub description: &'s str,
    /// `anchors[i]` describes score `i + 1`.
    pub anchors: [&'s str; 5],
}

/// One item of a fidelity scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item<'s> {
    /// Item number on the scale, from 1.
    pub number: u8,
    /// Stable id, e.g. `"caseload_size"`.
    pub key: &'s str,
    /// The section the item belongs to.
    pub section: &'s Section<'s>,
    /// Title, description and anchors.
    pub text: ItemText<'s>,
    /// How evidence becomes the score.
    pub rule: Rule<'s>,
    /// Where the item is printed.
    pub provenance: Provenance,
    /// The seeds' emphasis on this item, if any (action-plan tie-breaker).
    pub emphasis: Option<Emphasis>,
}

impl<'s> Item<'s> {
    /// The item's title.
    #[must_use]
    pub const fn title(&self) -> &'s str {
        self.text.title
    }

    /// The anchor text for `score`.
    #[must_use]
    pub fn anchor(&self, score: Score) -> &'s str {
        self.text.anchors.get(usize::from(score.get() - 1)).copied().unwrap_or_default()
    }

    /// The evidence forms (document keys) the item takes, for messages and docs.
    #[must_use]
    pub const fn accepted_forms(&self) -> &'static str {
        match self.rule {
            Rule::Measured(m) if m.condition.is_some() => {
                "rating, value (with optional tracks_employer_contacts), insufficient_data"
            }
            Rule::Measured(_) => "rating, value, insufficient_data",
            Rule::Checklist(_) => "rating, count, present, insufficient_data",
            Rule::Rated => "rating, insufficient_data",
            Rule::Composite(CompositeRule::VocationalGeneralists { .. }) => "rating, role, phases, insufficient_data",
            Rule::Composite(CompositeRule::TeamAssignment { .. }) => {
                "rating, teams (with caseload_percent), arrangement, insufficient_data"
            }
            Rule::Composite(CompositeRule::GovernmentLiaison) => {
                "rating, client_contacts with scheduled_meetings, insufficient_data"
            }
            Rule::Composite(CompositeRule::EmployerContacts { .. }) => {
                "rating, contacts_per_week (with optional tracking, people_looking_for_work), insufficient_data"
            }
            Rule::Composite(CompositeRule::CompetitiveJobs { .. }) => {
                "rating, permanent_percent (with optional current_jobs), insufficient_data"
            }
        }
    }

    /// The components the item lists: a checklist's components, or item 3's phases; empty
    /// for other items.
    #[must_use]
    pub const fn components(&self) -> &'s [Component<'s>] {
        match self.rule {
            Rule::Checklist(c) => c.components,
            Rule::Composite(CompositeRule::VocationalGeneralists { phases }) => phases,
            _ => &[],
        }
    }

    /// The evidence keys that select a form this item takes (companion keys, such as
    /// `caseload_percent` with `teams`, are in [`Item::accepted_forms`]).
    #[must_use]
    pub const fn forms(&self) -> &'static [&'static str] {
        match self.rule {
            Rule::Measured(_) => &["rating", "value", "insufficient_data"],
            Rule::Checklist(_) => &["rating", "count", "present", "insufficient_data"],
            Rule::Rated => &["rating", "insufficient_data"],
            Rule::Composite(CompositeRule::VocationalGeneralists { .. }) => {
                &["rating", "role", "phases", "insufficient_data"]
            }
            Rule::Composite(CompositeRule::TeamAssignment { .. }) => {
                &["rating", "teams", "arrangement", "insufficient_data"]
            }
            Rule::Composite(CompositeRule::GovernmentLiaison) => &["rating", "client_contacts", "insufficient_data"],
            Rule::Composite(CompositeRule::EmployerContacts { .. }) => {
                &["rating", "contacts_per_week", "insufficient_data"]
            }
            Rule::Composite(CompositeRule::CompetitiveJobs { .. }) => {
                &["rating", "permanent_percent", "insufficient_data"]
            }
        }
    }

    /// Scores `evidence` for this item.
    ///
    /// A rating on a rated item is the anchor the rater chose ([`Basis::Anchor`]); on any
    /// other item it is a reviewer's override ([`Basis::Rating`]). Insufficient data scores
    /// 1 ([`Basis::InsufficientData`]); whether it counts is the review's choice.
    ///
    /// # Errors
    /// [`Error::FormNotAccepted`] for a form the item does not take, and the range errors
    /// of each form (negative, non-finite, over 100%, count over components, …).
    pub fn score(&self, evidence: &Evidence) -> Result<ItemScore<'s>, Error> {
        self.score_inline(evidence)
    }

    /// [`Item::score`], always inlined: where the item is known at compile time (the built-in
    /// scale's fast path, `ips25::score_items`), the compiler reduces it to that item's rule,
    /// and drops the basis when only the score is used.
    #[inline(always)]
    pub(crate) fn score_inline(&self, evidence: &Evidence) -> Result<ItemScore<'s>, Error> {
        let n = self.number;
        match (evidence, &self.rule) {
            (Evidence::Rating(score), Rule::Rated) => Ok(ItemScore::new(n, *score, Basis::Anchor)),
            (Evidence::Rating(score), _) => Ok(ItemScore::new(n, *score, Basis::Rating)),
            (Evidence::InsufficientData, _) => Ok(ItemScore::new(n, Score::ONE, Basis::InsufficientData)),
            (Evidence::Value(m), Rule::Measured(rule)) => rule.score(n, m.value, m.condition_met),
            (Evidence::Count(count), Rule::Checklist(rule)) => rule.score(n, *count),
            (Evidence::Present(set), Rule::Checklist(rule)) => {
                set.check_within(n, "present", rule.components)?;
                let mut scored = rule.score(n, set.len())?;
                if let Basis::Count { which, .. } = &mut scored.basis {
                    *which = Some(set.bits());
                }
                Ok(scored)
            }
            (Evidence::VocationalRole(role), Rule::Composite(CompositeRule::VocationalGeneralists { phases })) => {
                composite::vocational_generalists(n, phases, *role)
            }
            (Evidence::TeamAssignment(t), Rule::Composite(CompositeRule::TeamAssignment { caseload_share })) => {
                composite::team_assignment(n, caseload_share, *t)
            }
            (Evidence::GovernmentLiaison(g), Rule::Composite(CompositeRule::GovernmentLiaison)) => {
                Ok(composite::government_liaison(n, *g))
            }
            (Evidence::EmployerContacts(e), Rule::Composite(CompositeRule::EmployerContacts { contacts })) => {
                composite::employer_contacts(n, contacts, *e)
            }
            (
                Evidence::CompetitiveJobs(c),
                Rule::Composite(CompositeRule::CompetitiveJobs { permanent_share, min_current_jobs }),
            ) => composite::competitive_jobs(n, permanent_share, *min_current_jobs, *c),
            (other, _) => Err(Error::FormNotAccepted {
                field: field(n, other.form()),
                item: n,
                form: other.form(),
                accepted: self.accepted_forms(),
            }),
        }
    }
}
