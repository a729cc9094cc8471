//! What an item's next score takes, from the scale's own anchors and rules: the entry an
//! action plan gives for each item below 5.
//!
//! - A measured item scored from its number: the next score's printed range, the number now,
//!   and how far it is from that range in the item's unit.
//! - A score held down by a printed condition (a cap): that condition.
//! - A checklist item scored from a count: how many components the next score needs.
//! - A rated item, a composite item scored by a clause, or a rating given in place of evidence:
//!   the next anchor's description.
//! - An item marked insufficient data: evidence.

use core::fmt;

use crate::component::Component;
use crate::item::Item;
use crate::measure::{Bound, Unit};
use crate::rule::{Direction, Rule};
use crate::score::{Basis, ItemScore, Score, ScoreInterval};

/// What the next score of an item takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NextScore<'s> {
    /// The next score (one above the current one).
    pub score: Score,
    /// What it takes.
    pub needs: Needs<'s>,
}

/// What a next score takes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Needs<'s> {
    /// A number in the next score's printed range.
    Range {
        /// The range.
        interval: &'s ScoreInterval<'s>,
        /// What the number measures.
        unit: Unit,
        /// The number now.
        now: f64,
        /// How far the number is from the range, in `unit` (to its nearer end).
        distance: f64,
    },
    /// The printed condition that held the score down, met.
    Condition(&'static str),
    /// More components present.
    Components {
        /// How many the next score needs.
        needed: u8,
        /// How many the item lists.
        of: u8,
        /// How many are present now.
        now: u8,
        /// What is counted, e.g. `"components present"`.
        counted: &'static str,
        /// The components not present, when the evidence named those present (bit `i` is
        /// the item's component `i`, of `components`).
        missing: Option<u8>,
        /// The item's components, in the order it lists them.
        components: &'s [Component<'s>],
    },
    /// The next anchor, as the scale describes it.
    Anchor(&'s str),
    /// Evidence: the item was marked insufficient data.
    Evidence,
}

/// What item `item`'s next score takes, given how it scored; `None` at 5.
#[must_use]
pub fn next_score<'s>(item: &'s Item<'s>, scored: &ItemScore<'s>) -> Option<NextScore<'s>> {
    let score = Score::new(scored.score.get() + 1)?;
    let anchor = Needs::Anchor(item.text.anchors.get(usize::from(score.get() - 1)).copied().unwrap_or_default());
    let needs = match (scored.cap, scored.basis, &item.rule) {
        (Some(cap), _, _) => Needs::Condition(cap.reason),
        (None, Basis::InsufficientData, _) => Needs::Evidence,
        (None, Basis::Interval { value, unit, .. }, Rule::Measured(rule)) => {
            range(rule.intervals, rule.direction, score, value, unit).unwrap_or(anchor)
        }
        (None, Basis::Interval { value, unit, .. }, Rule::Composite(composite)) => composite
            .intervals()
            .and_then(|(intervals, direction)| range(intervals, direction, score, value, unit))
            .unwrap_or(anchor),
        (None, Basis::Count { present, of, counted, which }, Rule::Checklist(rule)) => {
            match rule.scores.iter().position(|s| *s >= score).and_then(|n| u8::try_from(n).ok()) {
                Some(needed) => Needs::Components {
                    needed,
                    of,
                    now: present,
                    counted,
                    missing: which.map(|bits| !bits),
                    components: rule.components,
                },
                None => anchor,
            }
        }
        _ => anchor,
    };
    Some(NextScore { score, needs })
}

/// The interval of `score` among `intervals`, with the distance to it from `value`.
fn range<'s>(
    intervals: &'s [ScoreInterval<'s>],
    direction: Direction,
    score: Score,
    value: f64,
    unit: Unit,
) -> Option<Needs<'s>> {
    let interval = intervals.iter().find(|i| i.score == score)?;
    let end = |bound: Bound| match bound {
        Bound::Inclusive(b) | Bound::Exclusive(b) => Some(b),
        Bound::Unbounded => None,
    };
    let distance = match direction {
        Direction::HigherIsBetter => end(interval.lower).map(|b| b - value),
        Direction::LowerIsBetter => end(interval.upper).map(|b| value - b),
    }?;
    // Rounded to 9 decimal places, so that 5 − 4.2 reads 0.8, not the nearest double's digits.
    let distance = crate::number::round_for_output(distance.max(0.0));
    Some(Needs::Range { interval, unit, now: value, distance })
}

/// In words: `5 needs "20 or fewer" ([0, 20]); now 22 clients per employment specialist, 2 away`.
impl fmt::Display for NextScore<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} needs ", self.score.get())?;
        match self.needs {
            Needs::Range { interval, unit, now, distance } => {
                interval.write_to(f)?;
                write!(f, "; now {now}{}, {distance} away", unit.suffix())
            }
            Needs::Condition(reason) => write!(f, "what holds it back met; now {reason}"),
            Needs::Components { needed, of, now, counted, missing, components } => {
                write!(f, "{needed} of {of} {counted} (now {now}")?;
                if let Some(missing) = missing {
                    let mut first = true;
                    for (i, component) in components.iter().enumerate() {
                        if missing & (1 << i) != 0 {
                            f.write_str(if first { "; missing: " } else { ", " })?;
                            f.write_str(component.key)?;
                            first = false;
                        }
                    }
                }
                f.write_str(")")
            }
            Needs::Anchor(text) => write!(f, "what its anchor describes: {text}"),
            Needs::Evidence => f.write_str("evidence (the item was marked insufficient data)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::{Evidence, Measurement};
    use crate::ips25::SCALE;
    use alloc::string::ToString;

    fn next(number: u8, evidence: Evidence) -> Option<NextScore<'static>> {
        let item = SCALE.item(number)?;
        let scored = item.score(&evidence).ok()?;
        next_score(item, &scored)
    }

    #[test]
    fn a_measured_item_needs_the_next_printed_range() {
        // Item 1 scored 4 on a caseload of 22: 5 needs 20 or fewer.
        let n = next(1, Evidence::value(22.0)).unwrap();
        assert_eq!(n.score, Score::FIVE);
        assert!(matches!(n.needs, Needs::Range { distance, .. } if distance == 2.0));
        assert_eq!(
            n.to_string(),
            "5 needs [0, 20] (printed \"20 or fewer\"); now 22 clients per employment specialist, 2 away"
        );
        // Higher is better: item 24 at 45% (3) needs 50% for 4.
        let n = next(24, Evidence::value(45.0)).unwrap();
        assert!(matches!(n.needs, Needs::Range { distance, .. } if distance == 5.0), "{n}");
        // Item 17 (closest scale point): 4.2 contacts (3) is 0.3 from 4's range, not 0.30000000000000027.
        let contacts =
            crate::evidence::EmployerContacts { per_week: 4.2, tracking: None, people_looking_for_work: None };
        let n = next(17, Evidence::EmployerContacts(contacts)).unwrap();
        assert!(matches!(n.needs, Needs::Range { distance, .. } if distance == 0.3), "{n}");
    }

    #[test]
    fn a_cap_a_count_an_anchor_and_missing_evidence() {
        // Item 15 held at 4 by untracked contacts: the condition.
        let n = next(15, Evidence::Value(Measurement { value: 20.0, condition_met: Some(false) })).unwrap();
        assert!(matches!(n.needs, Needs::Condition(reason) if reason.contains("does not track")), "{n}");
        // Item 13 with one of four components (2): 3 needs two.
        let n = next(13, Evidence::Count(1)).unwrap();
        let components = SCALE.item(13).map(|i| match i.rule {
            Rule::Checklist(rule) => rule.components,
            _ => &[],
        });
        assert_eq!(
            n.needs,
            Needs::Components {
                needed: 2,
                of: 4,
                now: 1,
                counted: "components present",
                missing: None,
                components: components.unwrap_or(&[])
            }
        );
        // Named components: the missing ones are named, in the item's order.
        let set = crate::evidence::ComponentSet::from_bits(0b0010);
        let n = next(13, Evidence::Present(set)).unwrap();
        assert_eq!(
            n.to_string(),
            "3 needs 2 of 4 components present (now 1; missing: not_required, specific_information, more_than_once)"
        );
        // A rated item at 2: anchor 3's description.
        let n = next(7, Evidence::Rating(Score::TWO)).unwrap();
        assert_eq!(n.needs, Needs::Anchor(SCALE.item(7).unwrap().text.anchors[2]));
        assert_eq!(next(7, Evidence::InsufficientData).map(|n| n.needs), Some(Needs::Evidence));
        // Nothing after 5.
        assert_eq!(next(7, Evidence::Rating(Score::FIVE)), None);
    }
}
