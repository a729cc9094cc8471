//! A review by two or more raters, and the consensus they reach where their scores differ.
//!
//! Fidelity reviewers rate each item independently and then agree a consensus score for the
//! items where they differ. The seeds print no such procedure (`003` describes an independent
//! review by "your reviewer"); the rules here are this library's, and a consensus score is
//! always the raters' own decision, never one the library works out:
//!
//! - Each rater's evidence is scored exactly as a single [`Review`] is.
//! - An item every rater who scored it scored the same has that score (and the first rater's
//!   basis). An item only some raters scored has their score when they agree: a rater who
//!   gives no evidence for an item does not disagree.
//! - An item the raters scored differently has its [`Consensus`] entry's score, which must
//!   carry a reason ([`Basis::Consensus`]); without one it awaits consensus, and the review
//!   has no band until none does.
//! - A consensus entry for an item the raters agree on, or that no rater scored, is refused.
//!
//! [`RatedReview::agreement`] gives each pair of raters' [`Agreement`]. Nothing here
//! allocates, as with a single review.

use alloc::format;
use alloc::string::String;

use crate::agreement::Agreement;
use crate::error::Error;
use crate::review::{InsufficientDataPolicy, Review, ReviewOptions, ReviewReport};
use crate::scale::{MAX_ITEMS, Scale};
use crate::score::{Basis, ItemScore, Score};

/// The most raters a review takes: enough for any review panel, and a bound on the pairs
/// whose agreement a response lists (28).
pub const MAX_RATERS: usize = 8;

/// One rater: a name and their own review.
#[derive(Debug, Clone)]
pub struct Rater<'s, 'r> {
    /// The rater's name, as the request gives it (`"A"`).
    pub name: &'r str,
    /// The rater's evidence, scored.
    pub review: Review<'s>,
}

/// A consensus entry: the score the raters agreed for an item they scored differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConsensusEntry<'r> {
    /// The agreed score.
    pub score: Score,
    /// Why, in the raters' words.
    pub reason: &'r str,
}

/// The consensus entries of a review, by item number.
#[derive(Debug, Clone)]
pub struct Consensus<'r> {
    entries: [Option<ConsensusEntry<'r>>; MAX_ITEMS],
}

impl Default for Consensus<'_> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'r> Consensus<'r> {
    /// No entries.
    #[must_use]
    pub const fn new() -> Self {
        Self { entries: [None; MAX_ITEMS] }
    }

    /// Records the raters' agreed `score` for item `number`, with their `reason`.
    ///
    /// # Errors
    /// [`Error::ConsensusWithoutReason`] when `reason` is empty or only white space,
    /// [`Error::UnknownItem`] for an item number no scale has (0, or over [`MAX_ITEMS`]),
    /// [`Error::DuplicateItem`] when the item already has an entry. Fields are named
    /// `consensus.N`.
    pub fn add(&mut self, number: u8, score: Score, reason: &'r str) -> Result<(), Error> {
        let field = || format!("consensus.{number}");
        if reason.trim().is_empty() {
            return Err(Error::ConsensusWithoutReason { field: format!("consensus.{number}.reason"), item: number });
        }
        let Some(slot) = usize::from(number).checked_sub(1).and_then(|i| self.entries.get_mut(i)) else {
            return Err(Error::UnknownItem {
                field: field(),
                item: format!("{number}"),
                scale: String::from("any scale"),
                last: MAX_ITEMS,
            });
        };
        if slot.is_some() {
            return Err(Error::DuplicateItem { field: field(), item: number });
        }
        *slot = Some(ConsensusEntry { score, reason });
        Ok(())
    }

    /// The entry for item `number`, if any.
    #[must_use]
    pub fn get(&self, number: u8) -> Option<ConsensusEntry<'r>> {
        *self.entries.get(usize::from(number).checked_sub(1)?)?
    }

    /// The items with an entry, in order.
    pub fn items(&self) -> impl Iterator<Item = (u8, ConsensusEntry<'r>)> + '_ {
        (1..=u8::MAX).zip(&self.entries).filter_map(|(n, e)| e.map(|e| (n, e)))
    }
}

/// Where an item's agreed score comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreed {
    /// No rater scored the item.
    NotScored,
    /// Every rater who scored it gave the same score.
    Agreed,
    /// The raters differ and a consensus entry gives the score.
    Consensus,
    /// The raters differ and there is no consensus entry yet.
    AwaitingConsensus,
}

/// An item the raters scored differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Disagreement<'r> {
    /// The item number.
    pub number: u8,
    /// The lowest rater's score.
    pub lowest: Score,
    /// The highest rater's score.
    pub highest: Score,
    /// The consensus entry, when the raters have agreed one.
    pub consensus: Option<ConsensusEntry<'r>>,
}

impl Disagreement<'_> {
    /// The largest difference between two raters' scores.
    #[must_use]
    pub const fn difference(&self) -> u8 {
        self.highest.get() - self.lowest.get()
    }

    /// Whether a consensus entry resolves it.
    #[must_use]
    pub const fn is_resolved(&self) -> bool {
        self.consensus.is_some()
    }
}

/// A review by two or more raters: their own scores, where they differ, and the agreed review.
#[derive(Debug, Clone)]
pub struct RatedReview<'s, 'r> {
    raters: &'r [Rater<'s, 'r>],
    consensus: &'r Consensus<'r>,
    agreed: Review<'s>,
    status: [Agreed; MAX_ITEMS],
    options: ReviewOptions,
}

/// Whether a rater's score counts under `options`: an insufficient-data mark left unscored
/// ([`InsufficientDataPolicy::LeaveUnscored`]) is no score, to compare or to agree on.
fn counts(options: ReviewOptions, score: &ItemScore<'_>) -> bool {
    !(score.is_insufficient_data() && options.insufficient_data == InsufficientDataPolicy::LeaveUnscored)
}

impl<'s, 'r> RatedReview<'s, 'r> {
    /// The review of `raters` on `scale`, with `consensus` for the items they score
    /// differently; `options` decide whether an insufficient-data mark is a score of 1 to
    /// compare (the default) or no score.
    ///
    /// # Errors
    /// [`Error::RaterCountOutOfRange`] for fewer than 2 or more than [`MAX_RATERS`] raters;
    /// [`Error::DuplicateRater`] for a name used twice; [`Error::ScaleMismatch`] for a rater's
    /// review on another scale; [`Error::RaterWithoutEvidence`] for a rater with no evidence;
    /// [`Error::UnknownItem`], [`Error::ConsensusForUnscoredItem`] or
    /// [`Error::ConsensusNotNeeded`] for a consensus entry on an item the scale lacks, no rater
    /// scored, or every rater scored the same. Fields are named `raters.A` and `consensus.N`.
    pub fn new(
        scale: &'s Scale<'s>,
        raters: &'r [Rater<'s, 'r>],
        consensus: &'r Consensus<'r>,
        options: ReviewOptions,
    ) -> Result<Self, Error> {
        if !(2..=MAX_RATERS).contains(&raters.len()) {
            return Err(Error::RaterCountOutOfRange {
                field: String::from("raters"),
                count: raters.len(),
                max: MAX_RATERS,
            });
        }
        for (i, rater) in raters.iter().enumerate() {
            let field = || format!("raters.{}", rater.name);
            if raters.iter().take(i).any(|earlier| earlier.name == rater.name) {
                return Err(Error::DuplicateRater { field: field(), rater: String::from(rater.name) });
            }
            if rater.review.scale().id != scale.id {
                return Err(Error::ScaleMismatch {
                    before: String::from(scale.id),
                    after: String::from(rater.review.scale().id),
                });
            }
            if rater.review.is_empty() {
                return Err(Error::RaterWithoutEvidence { field: field(), rater: String::from(rater.name) });
            }
        }
        for (number, _) in consensus.items() {
            if scale.item(number).is_none() {
                return Err(Error::UnknownItem {
                    field: format!("consensus.{number}"),
                    item: format!("{number}"),
                    scale: String::from(scale.id),
                    last: scale.items.len(),
                });
            }
        }
        let mut agreed = Review::new(scale);
        let mut status = [Agreed::NotScored; MAX_ITEMS];
        for (item, slot) in scale.items.iter().zip(status.iter_mut()) {
            let number = item.number;
            let field = || format!("consensus.{number}");
            let given = || raters.iter().filter_map(|r| Some((r.name, r.review.score(number)?)));
            let counted = || given().filter(|(_, s)| counts(options, s));
            // The agreed item keeps the basis of a rater who gave evidence rather than an
            // insufficient-data mark, the first by name: the same whatever the raters' order.
            let chosen = |scores: &mut dyn Iterator<Item = (&str, &ItemScore<'s>)>| {
                scores.min_by_key(|(name, s)| (s.is_insufficient_data(), *name)).map(|(_, s)| *s)
            };
            let Some(first) = counted().next() else {
                if consensus.get(number).is_some() {
                    return Err(Error::ConsensusForUnscoredItem { field: field(), item: number });
                }
                // Every rater who gave anything marked insufficient data, left unscored.
                if let Some(mark) = chosen(&mut given()) {
                    agreed.put_score(mark);
                    *slot = Agreed::Agreed;
                }
                continue;
            };
            let differ = counted().any(|(_, s)| s.score != first.1.score);
            *slot = match (differ, consensus.get(number)) {
                (false, Some(_)) => {
                    return Err(Error::ConsensusNotNeeded { field: field(), item: number, score: first.1.score.get() });
                }
                (false, None) => {
                    agreed.put_score(chosen(&mut counted()).unwrap_or(*first.1));
                    Agreed::Agreed
                }
                (true, Some(entry)) => {
                    agreed.put_score(ItemScore::new(number, entry.score, Basis::Consensus));
                    Agreed::Consensus
                }
                (true, None) => Agreed::AwaitingConsensus,
            };
        }
        Ok(Self { raters, consensus, agreed, status, options })
    }

    /// The raters, in the order given.
    #[must_use]
    pub const fn raters(&self) -> &'r [Rater<'s, 'r>] {
        self.raters
    }

    /// The review of the agreed scores: the raters' where they agree, the consensus where
    /// they differ. Items awaiting consensus have no score in it.
    #[must_use]
    pub const fn agreed(&self) -> &Review<'s> {
        &self.agreed
    }

    /// The report of the agreed scores, with the items awaiting consensus marked as such
    /// ([`ReviewReport::awaiting_consensus`]): while any does, it has no band.
    #[must_use]
    pub fn report(&self) -> ReviewReport<'s> {
        let numbers = self.agreed.scale().items.iter().map(|i| i.number);
        numbers
            .filter(|&n| self.status(n) == Agreed::AwaitingConsensus)
            .fold(self.agreed.report(self.options), ReviewReport::awaiting)
    }

    /// Where item `number`'s agreed score comes from.
    #[must_use]
    pub fn status(&self, number: u8) -> Agreed {
        usize::from(number).checked_sub(1).and_then(|i| self.status.get(i)).copied().unwrap_or(Agreed::NotScored)
    }

    /// Each rater's score for item `number` (`None` where a rater gave no evidence, or an
    /// insufficient-data mark left unscored), in rater order.
    pub fn rater_scores(&self, number: u8) -> impl Iterator<Item = (&'r str, Option<Score>)> + '_ {
        let options = self.options;
        self.raters
            .iter()
            .map(move |r| (r.name, r.review.score(number).filter(|s| counts(options, s)).map(|s| s.score)))
    }

    /// The items the raters scored differently, in item order.
    pub fn disagreements(&self) -> impl Iterator<Item = Disagreement<'r>> + '_ {
        self.agreed.scale().items.iter().filter_map(move |item| {
            let number = item.number;
            if !matches!(self.status(number), Agreed::Consensus | Agreed::AwaitingConsensus) {
                return None;
            }
            let scores = || self.rater_scores(number).filter_map(|(_, s)| s);
            Some(Disagreement {
                number,
                lowest: scores().min()?,
                highest: scores().max()?,
                consensus: self.consensus.get(number),
            })
        })
    }

    /// The items that await a consensus entry, in order.
    pub fn awaiting_consensus(&self) -> impl Iterator<Item = u8> + '_ {
        self.agreed.scale().items.iter().map(|i| i.number).filter(|&n| self.status(n) == Agreed::AwaitingConsensus)
    }

    /// Whether every disagreement has a consensus entry.
    #[must_use]
    pub fn is_resolved(&self) -> bool {
        self.awaiting_consensus().next().is_none()
    }

    /// How raters `first` and `second` (indices into [`Self::raters`]) agree over the items
    /// both scored; `None` for an index out of range.
    #[must_use]
    pub fn agreement(&self, first: usize, second: usize) -> Option<Agreement> {
        let (a, b) = (&self.raters.get(first)?.review, &self.raters.get(second)?.review);
        let numbers = self.agreed.scale().items.iter().map(|i| i.number);
        let score = |review: &Review<'s>, n| review.score(n).filter(|s| counts(self.options, s)).map(|s| s.score.get());
        Some(Agreement::of(numbers.filter_map(|n| Some((score(a, n)?, score(b, n)?)))))
    }

    /// Every pair of raters (first index below the second) with their agreement, in order.
    pub fn pairs(&self) -> impl Iterator<Item = (&'r str, &'r str, Agreement)> + '_ {
        let n = self.raters.len();
        (0..n)
            .flat_map(move |i| (i + 1..n).map(move |j| (i, j)))
            .filter_map(move |(i, j)| Some((self.raters.get(i)?.name, self.raters.get(j)?.name, self.agreement(i, j)?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::Evidence;
    use crate::ips25;
    use crate::review::ReviewOptions;
    use alloc::string::ToString;
    use alloc::vec;
    use alloc::vec::Vec;
    use proptest::prelude::*;

    fn rated(score: u8) -> Evidence {
        Evidence::Rating(Score::new(score).unwrap())
    }

    /// A rater's review from (item, evidence) pairs.
    fn rater<'r>(name: &'r str, evidence: &[(u8, Evidence)]) -> Rater<'static, 'r> {
        let mut review = Review::new(&ips25::SCALE);
        for (n, e) in evidence {
            review.add(*n, *e).unwrap();
        }
        Rater { name, review }
    }

    #[test]
    fn the_issue_example_agrees_item_1_and_takes_the_consensus_for_item_7() {
        // Caseloads 22 and 23 both score 4 on item 1; ratings 4 and 2 on item 7 differ.
        let raters = [
            rater("A", &[(1, Evidence::value(22.0)), (7, rated(4))]),
            rater("B", &[(1, Evidence::value(23.0)), (7, rated(2))]),
        ];
        let none = Consensus::new();
        let waiting = RatedReview::new(&ips25::SCALE, &raters, &none, ReviewOptions::default()).unwrap();
        assert_eq!(waiting.status(1), Agreed::Agreed);
        assert_eq!(waiting.status(7), Agreed::AwaitingConsensus);
        assert_eq!(waiting.awaiting_consensus().collect::<Vec<_>>(), [7]);
        let d: Vec<_> = waiting.disagreements().collect();
        assert_eq!((d[0].number, d[0].lowest.get(), d[0].highest.get(), d[0].difference()), (7, 2, 4, 2));
        assert!(!d[0].is_resolved());
        let report = waiting.report();
        assert_eq!((report.total(), report.score(7)), (4, None));

        let mut consensus = Consensus::new();
        consensus.add(7, Score::THREE, "agreed after reading the team's minutes").unwrap();
        let review = RatedReview::new(&ips25::SCALE, &raters, &consensus, ReviewOptions::default()).unwrap();
        assert!(review.is_resolved());
        let report = review.report();
        assert_eq!(report.total(), 7);
        let seven = report.score(7).unwrap();
        assert_eq!((seven.score, seven.basis), (Score::THREE, Basis::Consensus));
        assert_eq!(review.rater_scores(7).collect::<Vec<_>>(), [("A", Some(Score::FOUR)), ("B", Some(Score::TWO))]);
        let a = review.agreement(0, 1).unwrap();
        assert_eq!((a.items, a.exact, a.within_one), (2, 1, 1));
    }

    #[test]
    fn a_full_review_has_no_band_until_every_disagreement_is_resolved() {
        let mut a: Vec<(u8, Evidence)> = (1..=25).map(|n| (n, rated(5))).collect();
        let b = a.clone();
        a[8] = (9, rated(3));
        let raters = [rater("A", &a), rater("B", &b)];
        let none = Consensus::new();
        let waiting = RatedReview::new(&ips25::SCALE, &raters, &none, ReviewOptions::default()).unwrap();
        let report = waiting.report();
        assert_eq!((report.total(), report.band()), (120, None));
        let mut consensus = Consensus::new();
        consensus.add(9, Score::FOUR, "the service's records show weekly supervision").unwrap();
        let resolved = RatedReview::new(&ips25::SCALE, &raters, &consensus, ReviewOptions::default()).unwrap();
        let report = resolved.report();
        assert_eq!(report.total(), 124);
        assert_eq!(report.band().map(|b| b.id), Some("exemplary"));
    }

    #[test]
    fn an_item_only_one_rater_scored_keeps_that_score() {
        let raters =
            [rater("A", &[(1, Evidence::value(22.0)), (2, rated(3))]), rater("B", &[(1, Evidence::value(22.0))])];
        let none = Consensus::new();
        let review = RatedReview::new(&ips25::SCALE, &raters, &none, ReviewOptions::default()).unwrap();
        assert_eq!(review.status(2), Agreed::Agreed);
        assert_eq!(review.report().score(2).map(|s| s.score), Some(Score::THREE));
        assert_eq!(review.agreement(0, 1).unwrap().items, 1, "agreement counts items both scored");
    }

    #[test]
    fn insufficient_data_follows_the_policy_and_not_the_raters_order() {
        let marked = rater("A", &[(9, Evidence::InsufficientData), (1, Evidence::value(22.0))]);
        let rated_one = rater("B", &[(9, rated(1)), (1, Evidence::value(23.0))]);
        let none = Consensus::new();
        for raters in [[marked.clone(), rated_one.clone()], [rated_one.clone(), marked.clone()]] {
            // Scored 1 either way: the raters agree, and the basis is B's evidence, not A's mark;
            // item 1 keeps A's basis (22) whichever rater is first.
            let review = RatedReview::new(&ips25::SCALE, &raters, &none, ReviewOptions::default()).unwrap();
            let report = review.report();
            assert_eq!(report.score(9).map(|s| (s.score, s.basis)), Some((Score::ONE, Basis::Anchor)));
            assert!(matches!(report.score(1).map(|s| s.basis), Some(Basis::Interval { value, .. }) if value == 22.0));
            // Left unscored, A's mark is no score: B's 1 stands alone.
            let leave = ReviewOptions { insufficient_data: InsufficientDataPolicy::LeaveUnscored };
            let review = RatedReview::new(&ips25::SCALE, &raters, &none, leave).unwrap();
            assert_eq!(review.report().score(9).map(|s| s.score), Some(Score::ONE));
            assert_eq!(review.agreement(0, 1).map(|a| a.items), Some(1), "only item 1 is scored by both");
        }
        let both_marked =
            [rater("A", &[(9, Evidence::InsufficientData)]), rater("B", &[(9, Evidence::InsufficientData)])];
        let leave = ReviewOptions { insufficient_data: InsufficientDataPolicy::LeaveUnscored };
        let review = RatedReview::new(&ips25::SCALE, &both_marked, &none, leave).unwrap();
        let report = review.report();
        assert_eq!((report.score(9), report.insufficient_data().collect::<Vec<_>>()), (None, vec![9]));
    }

    #[test]
    fn each_fault_has_its_own_error() {
        let a = rater("A", &[(7, rated(4))]);
        let b = rater("B", &[(7, rated(4)), (8, rated(2))]);
        let c = rater("B", &[(7, rated(3))]);
        let empty = Rater { name: "C", review: Review::new(&ips25::SCALE) };
        let none = Consensus::new();
        let code = |raters: &[Rater<'static, '_>], consensus: &Consensus<'_>| {
            RatedReview::new(&ips25::SCALE, raters, consensus, ReviewOptions::default()).map(|_| ()).unwrap_err()
        };
        let one = [a.clone()];
        assert_eq!(code(&one, &none).code().as_str(), "rater_count_out_of_range");
        let nine: Vec<_> = (0..9).map(|_| a.clone()).collect();
        assert_eq!(
            code(&nine, &none).to_string(),
            "raters: the number of raters is 9; accepted: 2 to 8 raters (one rater's evidence goes in `evidence`)"
        );
        let twice = [b.clone(), c.clone()];
        assert_eq!(code(&twice, &none).field(), Some("raters.B"));
        assert_eq!(code(&twice, &none).code().as_str(), "duplicate_rater");
        let without = [a.clone(), empty];
        assert_eq!(
            code(&without, &none).to_string(),
            "raters.C: rater \"C\" gives no evidence; accepted: evidence for at least one item"
        );

        let pair = [a.clone(), b.clone()];
        let mut agreeing = Consensus::new();
        agreeing.add(7, Score::FOUR, "minutes").unwrap();
        let e = code(&pair, &agreeing);
        assert_eq!((e.code().as_str(), e.field()), ("consensus_not_needed", Some("consensus.7")));
        let mut unscored = Consensus::new();
        unscored.add(9, Score::TWO, "minutes").unwrap();
        let e = code(&pair, &unscored);
        assert_eq!((e.code().as_str(), e.field()), ("consensus_for_unscored_item", Some("consensus.9")));
        let mut beyond = Consensus::new();
        beyond.add(26, Score::TWO, "minutes").unwrap();
        assert_eq!(code(&pair, &beyond).code().as_str(), "unknown_item");

        let mut consensus = Consensus::new();
        let e = consensus.add(7, Score::THREE, "  ").unwrap_err();
        assert_eq!(
            e.to_string(),
            "consensus.7.reason: the consensus on item 7 gives no reason; accepted: a reason in words, not empty"
        );
        consensus.add(7, Score::THREE, "minutes").unwrap();
        assert_eq!(consensus.add(7, Score::TWO, "again").unwrap_err().code().as_str(), "duplicate_item");
        assert_eq!(consensus.add(0, Score::TWO, "zero").unwrap_err().code().as_str(), "unknown_item");
    }

    /// Random evidence for the 25 items: a rating each (0 standing for an insufficient-data
    /// mark), or none.
    fn ratings() -> impl Strategy<Value = Vec<Option<u8>>> {
        proptest::collection::vec(proptest::option::weighted(0.9, 0u8..=5), 25)
    }

    fn rater_of<'r>(name: &'r str, scores: &[Option<u8>]) -> Rater<'static, 'r> {
        let mut review = Review::new(&ips25::SCALE);
        for (n, s) in (1u8..).zip(scores) {
            match s {
                Some(0) => review.add(n, Evidence::InsufficientData).map(|_| ()).unwrap(),
                Some(s) => review.add(n, rated(*s)).map(|_| ()).unwrap(),
                None => {}
            }
        }
        Rater { name, review }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// Agreement and disagreements do not depend on the raters' order.
        #[test]
        fn symmetric_in_the_raters(a in ratings(), b in ratings()) {
            prop_assume!(a.iter().any(Option::is_some) && b.iter().any(Option::is_some));
            let (ra, rb) = (rater_of("A", &a), rater_of("B", &b));
            let none = Consensus::new();
            let forward = [ra.clone(), rb.clone()];
            let backward = [rb, ra];
            let f = RatedReview::new(&ips25::SCALE, &forward, &none, ReviewOptions::default()).unwrap();
            let r = RatedReview::new(&ips25::SCALE, &backward, &none, ReviewOptions::default()).unwrap();
            prop_assert_eq!(f.agreement(0, 1), r.agreement(0, 1));
            prop_assert_eq!(f.disagreements().collect::<Vec<_>>(), r.disagreements().collect::<Vec<_>>());
            let (fr, rr) = (f.report(), r.report());
            prop_assert_eq!((fr.total(), fr.band()), (rr.total(), rr.band()));
            prop_assert_eq!(fr.scores().copied().collect::<Vec<_>>(), rr.scores().copied().collect::<Vec<_>>());
            prop_assert_eq!(fr.awaiting_consensus().collect::<Vec<_>>(), rr.awaiting_consensus().collect::<Vec<_>>());
            if let Some(k) = f.agreement(0, 1).and_then(|a| a.kappa) {
                prop_assert!((-1.0..=1.0).contains(&k));
            }
        }

        /// Raters who agree everywhere give the single rater's review: same total, band and
        /// action plan, kappa 1 wherever it is defined.
        #[test]
        fn agreeing_raters_give_the_single_rater_review(a in ratings()) {
            prop_assume!(a.iter().any(Option::is_some));
            let single = rater_of("A", &a);
            let raters = [single.clone(), rater_of("B", &a)];
            let none = Consensus::new();
            let options = ReviewOptions::default();
            let rated = RatedReview::new(&ips25::SCALE, &raters, &none, options).unwrap();
            let (panel, alone) = (rated.report(), single.review.report(options));
            prop_assert_eq!(panel.total(), alone.total());
            prop_assert_eq!(panel.band(), alone.band());
            prop_assert_eq!(panel.action_plan().collect::<Vec<_>>(), alone.action_plan().collect::<Vec<_>>());
            prop_assert_eq!(rated.disagreements().count(), 0);
            let agreement = rated.agreement(0, 1).unwrap();
            prop_assert_eq!(agreement.exact, agreement.items);
            prop_assert!(agreement.kappa.is_none_or(|k| k == 1.0));
        }
    }
}
