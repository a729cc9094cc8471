//! A service's history of fidelity reviews on one scale: each item's series of scores, the
//! change between reviews, the gaps that persist, the items that fell, and when the next
//! reviews are due.
//!
//! The reviews are held in date order; two on one date are refused (which of them is later
//! could not be known). What is read from them:
//!
//! - **Series**: each item's score in each review, `None` where a review did not score it.
//! - **Changes**: a [`ReviewComparison`] between consecutive reviews, and from the first to
//!   the last.
//! - **Persistent gaps**: items scored below 5 in each of the last two or more reviews,
//!   largest gap (in the last review) first, then the longer run, then item order. The
//!   seeds print no such rule; it is this library's reading of "what keeps a service from
//!   high fidelity".
//! - **Falls**: every item whose score fell from one review to the next.
//! - **Next reviews**: the schedule rules of [`crate::commissioning::schedule`] for the
//!   scale's model (IPS bands or SEQF levels; no rules for other bands), fed with the reviews:
//!   external reviews by their band, self-assessments as scored with an action plan. A review
//!   without a band (incomplete, or with items awaiting consensus) does not count, and while
//!   the latest review has none the next dates wait for it ([`NextReviews`]).

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::format;
use alloc::vec::Vec;

use crate::commissioning::schedule::{ExternalReview, InternalAssessment, ReviewHistory, ReviewOutcome, Schedule};
use crate::commissioning::{Date, Model, date_text};
use crate::compare::ReviewComparison;
use crate::error::Error;
use crate::review::ReviewReport;
use crate::scale::{MAX_ITEMS, Scale};
use crate::score::Score;

/// Who held a review.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Kind {
    /// An external fidelity review (the default: reviewers' reviews are what a history
    /// usually records).
    #[default]
    External,
    /// The service's own self-assessment (or a peer assessment).
    Internal,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Self; 2] = [Self::External, Self::Internal];

    /// The stable id: `external` or `internal`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::External => "external",
            Self::Internal => "internal",
        }
    }
}

/// One review of a service, with its date and kind.
#[derive(Debug, Clone)]
pub struct DatedReview<'s> {
    /// When it was held.
    pub date: Date,
    /// An external review or an internal self-assessment.
    pub kind: Kind,
    /// Its report.
    pub report: ReviewReport<'s>,
}

/// An item below 5 in each of the last `reviews` reviews.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersistentGap {
    /// The item number.
    pub number: u8,
    /// Its score in the last review.
    pub score: Score,
    /// Points below 5 in the last review.
    pub gap: u8,
    /// How many of the latest reviews in a row scored it below 5 (2 or more).
    pub reviews: u16,
}

/// An item whose score fell from one review to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fall {
    /// The item number.
    pub number: u8,
    /// The earlier review's date.
    pub from: Date,
    /// The later review's date.
    pub to: Date,
    /// The earlier score.
    pub before: Score,
    /// The later score.
    pub after: Score,
}

/// The change from one review to a later one.
#[derive(Debug, Clone, PartialEq)]
pub struct Change<'s> {
    /// The earlier review's date.
    pub from: Date,
    /// The later review's date.
    pub to: Date,
    /// The two reviews compared item by item.
    pub comparison: ReviewComparison<'s>,
}

impl<'s> Change<'s> {
    fn between(before: &DatedReview<'s>, after: &DatedReview<'s>) -> Option<Self> {
        let comparison = ReviewComparison::new(&before.report, &after.report).ok()?;
        Some(Self { from: before.date, to: after.date, comparison })
    }
}

/// A service's reviews on one scale, in date order.
#[derive(Debug, Clone, Copy)]
pub struct History<'s, 'h> {
    scale: &'s Scale<'s>,
    reviews: &'h [DatedReview<'s>],
    service_start: Date,
    as_of: Date,
}

impl<'s, 'h> History<'s, 'h> {
    /// The history of `reviews`, which it sorts by date, for a service that started on
    /// `service_start` (default: the first review's date), read on `as_of` (default: the last
    /// review's date). Errors name a review by its place in the order given
    /// (`reviews[1].date`).
    ///
    /// # Errors
    /// [`Error::EmptyEvidence`] with no reviews; [`Error::DuplicateReviewDate`] for a second
    /// review on one date; [`Error::ScaleMismatch`] for a review on another scale than the
    /// first; [`Error::DatesOutOfOrder`] for a review before `service_start`;
    /// [`Error::DateAfterAsOf`] for one after `as_of`.
    pub fn new(
        reviews: &'h mut [DatedReview<'s>],
        service_start: Option<Date>,
        as_of: Option<Date>,
    ) -> Result<Self, Error> {
        let Some(first) = reviews.first() else {
            return Err(Error::EmptyEvidence { field: "reviews".into(), accepted: "at least one review" });
        };
        let scale = first.report.scale();
        for (i, review) in reviews.iter().enumerate() {
            let field = || format!("reviews[{i}].date");
            if reviews.iter().take(i).any(|earlier| earlier.date == review.date) {
                return Err(Error::DuplicateReviewDate { field: field(), date: date_text(review.date) });
            }
            if review.report.scale().id != scale.id {
                return Err(Error::ScaleMismatch { before: scale.id.into(), after: review.report.scale().id.into() });
            }
            if let Some(start) = service_start.filter(|start| review.date < *start) {
                return Err(Error::DatesOutOfOrder {
                    field: field(),
                    value: date_text(review.date),
                    other_field: "service_start".into(),
                    other_value: date_text(start),
                });
            }
            if let Some(as_of) = as_of.filter(|as_of| review.date > *as_of) {
                return Err(Error::DateAfterAsOf {
                    field: field(),
                    value: date_text(review.date),
                    as_of: date_text(as_of),
                });
            }
        }
        reviews.sort_unstable_by_key(|r| r.date);
        let (start, end) = match &*reviews {
            [first, .., last] => (first.date, last.date),
            [only] => (only.date, only.date),
            [] => return Err(Error::EmptyEvidence { field: "reviews".into(), accepted: "at least one review" }),
        };
        Ok(Self { scale, reviews, service_start: service_start.unwrap_or(start), as_of: as_of.unwrap_or(end) })
    }

    /// The scale.
    #[must_use]
    pub const fn scale(&self) -> &'s Scale<'s> {
        self.scale
    }

    /// The reviews, in date order.
    #[must_use]
    pub const fn reviews(&self) -> &'h [DatedReview<'s>] {
        self.reviews
    }

    /// Item `number`'s score in each review, in date order (`None` where not scored).
    pub fn series(&self, number: u8) -> impl Iterator<Item = Option<Score>> + '_ {
        self.reviews.iter().map(move |r| r.report.score(number).map(|s| s.score))
    }

    /// The comparison of each review with the one before, in date order, with the two dates.
    pub fn changes(&self) -> impl Iterator<Item = Change<'s>> + '_ {
        self.reviews.windows(2).filter_map(|pair| match pair {
            [before, after] => Change::between(before, after),
            _ => None,
        })
    }

    /// The comparison of the first review with the last; `None` with one review.
    #[must_use]
    pub fn overall(&self) -> Option<Change<'s>> {
        match self.reviews {
            [first, .., last] => Change::between(first, last),
            _ => None,
        }
    }

    /// The items below 5 in each of the last two or more reviews, largest gap first, then the
    /// longer run, then item order.
    #[must_use]
    pub fn persistent_gaps(&self) -> PersistentGaps {
        let mut gaps = PersistentGaps { gaps: [None; MAX_ITEMS], len: 0 };
        for item in self.scale.items {
            let mut run: u16 = 0;
            let mut latest = None;
            for review in self.reviews.iter().rev() {
                match review.report.score(item.number).map(|s| s.score) {
                    Some(score) if score < Score::MAX => {
                        latest = latest.or(Some(score));
                        run = run.saturating_add(1);
                    }
                    _ => break,
                }
            }
            if let (Some(score), true) = (latest, run >= 2) {
                if let Some(slot) = gaps.gaps.get_mut(gaps.len) {
                    *slot = Some(PersistentGap { number: item.number, score, gap: score.gap(), reviews: run });
                    gaps.len += 1;
                }
            }
        }
        if let Some(used) = gaps.gaps.get_mut(..gaps.len) {
            used.sort_unstable_by_key(|g| {
                g.map(|g| (core::cmp::Reverse(g.gap), core::cmp::Reverse(g.reviews), g.number))
            });
        }
        gaps
    }

    /// Every fall of an item's score from one review to the next, in date order, then item
    /// order.
    pub fn falls(&self) -> impl Iterator<Item = Fall> + '_ {
        self.reviews.windows(2).flat_map(move |pair| {
            let (before, after) = match pair {
                [b, a] => (Some(b), Some(a)),
                _ => (None, None),
            };
            self.scale.items.iter().filter_map(move |item| {
                let (b, a) = (before?, after?);
                let (was, now) = (b.report.score(item.number)?.score, a.report.score(item.number)?.score);
                (now < was).then_some(Fall { number: item.number, from: b.date, to: a.date, before: was, after: now })
            })
        })
    }

    /// The model whose schedule rules apply: IPS for a scale banded exemplary / good / fair /
    /// not supported employment, SEQF for one levelled excellent / good / not accredited;
    /// `None` for any other bands, for which the sources give no schedule.
    #[must_use]
    pub fn model(&self) -> Option<Model> {
        [Model::Ips, Model::Seqf].into_iter().find(|&model| {
            let outcomes = ReviewOutcome::for_model(model);
            self.scale.bands.iter().all(|band| outcomes.iter().any(|o| o.id() == band.id))
        })
    }

    /// A review's outcome under `model`'s rules: its band, when it has one.
    fn outcome(model: Model, review: &DatedReview<'_>) -> Option<ReviewOutcome> {
        let band = review.report.band()?;
        ReviewOutcome::for_model(model).iter().copied().find(|o| o.id() == band.id)
    }

    /// The reviews left out of the schedule for want of a band (incomplete, or awaiting
    /// consensus), by date.
    pub fn left_out_of_schedule(&self) -> impl Iterator<Item = Date> + '_ {
        self.reviews.iter().filter(|r| r.report.band().is_none()).map(|r| r.date)
    }

    /// When the next reviews are due, on the history's `as_of`, from the schedule rules of the
    /// scale's model ([`Self::model`]): an external review counts with its band as outcome, a
    /// self-assessment as scored with an action plan (every complete report has one). A review
    /// without a band does not count; when the latest review has none, the next dates wait
    /// for it ([`NextReviews::AwaitingLatest`]).
    ///
    /// # Errors
    /// None in practice: the dates were checked when the history was made.
    pub fn next_reviews(&self) -> Result<NextReviews, Error> {
        let Some(model) = self.model() else { return Ok(NextReviews::NoRules) };
        if let Some(latest) = self.reviews.last().filter(|r| r.report.band().is_none()) {
            return Ok(NextReviews::AwaitingLatest(latest.date));
        }
        let (mut external, mut internal) = (Vec::new(), Vec::new());
        for review in self.reviews {
            let Some(outcome) = Self::outcome(model, review) else { continue };
            match review.kind {
                Kind::Internal => {
                    internal.push(InternalAssessment { date: review.date, scored: true, action_plan: true });
                }
                Kind::External => external.push(ExternalReview { date: review.date, outcome }),
            }
        }
        let history = ReviewHistory { model, service_start: self.service_start, external, internal };
        Ok(NextReviews::Due(alloc::boxed::Box::new(history.schedule(self.as_of)?)))
    }
}

/// When a history's next reviews are due ([`History::next_reviews`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextReviews {
    /// Due as the schedule says.
    Due(alloc::boxed::Box<Schedule>),
    /// The latest review, of this date, has no band yet (incomplete, or awaiting consensus):
    /// the next dates depend on it.
    AwaitingLatest(Date),
    /// The scale's bands are neither the IPS bands nor the SEQF levels: the sources give no
    /// schedule for them.
    NoRules,
}

/// The persistent gaps of a history, in order ([`History::persistent_gaps`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersistentGaps {
    gaps: [Option<PersistentGap>; MAX_ITEMS],
    len: usize,
}

impl PersistentGaps {
    /// The gaps, in order.
    pub fn iter(&self) -> impl Iterator<Item = &PersistentGap> + '_ {
        self.gaps.iter().take(self.len).flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::parse_date;
    use crate::evidence::Evidence;
    use crate::ips25;
    use crate::review::{Review, ReviewOptions};
    use alloc::string::ToString;
    use alloc::vec::Vec;

    fn date(text: &str) -> Date {
        parse_date(text, "date").unwrap()
    }

    /// A full review with every item at `base`, and `changes` (item, score) over it.
    fn review(on: &str, base: u8, changes: &[(u8, u8)]) -> DatedReview<'static> {
        let mut review = Review::new(&ips25::SCALE);
        for n in 1..=25u8 {
            let score = changes.iter().find(|(i, _)| *i == n).map_or(base, |(_, s)| *s);
            review.add(n, Evidence::Rating(Score::new(score).unwrap())).unwrap();
        }
        DatedReview { date: date(on), kind: Kind::External, report: review.report(ReviewOptions::default()) }
    }

    #[test]
    fn three_reviews_give_series_changes_gaps_and_falls() {
        // Given out of order: 2025, 2024, 2026.
        let mut reviews = [
            review("2025-03-10", 4, &[(7, 5), (9, 3)]),
            review("2024-03-01", 3, &[(7, 5)]),
            review("2026-03-02", 4, &[(7, 4), (9, 2), (12, 5)]),
        ];
        let history = History::new(&mut reviews, None, None).unwrap();
        let dates: Vec<_> = history.reviews().iter().map(|r| date_text(r.date)).collect();
        assert_eq!(dates, ["2024-03-01", "2025-03-10", "2026-03-02"]);
        let nine: Vec<_> = history.series(9).map(|s| s.map(Score::get)).collect();
        assert_eq!(nine, [Some(3), Some(3), Some(2)]);
        // Totals 77 (24×3 + 5), 100 (23×4 + 5 + 3), 99 (22×4 + 4 + 2 + 5).
        let totals: Vec<_> = history.reviews().iter().map(|r| r.report.total()).collect();
        assert_eq!(totals, [77, 100, 99]);
        let changes: Vec<_> = history.changes().map(|c| (date_text(c.from), c.comparison.total_change())).collect();
        assert_eq!(changes, [("2024-03-01".to_string(), 23), ("2025-03-10".to_string(), -1)]);
        assert_eq!(history.overall().map(|c| c.comparison.total_change()), Some(22));
        let gaps: Vec<_> = history.persistent_gaps().iter().copied().collect();
        // Item 9 (2 now, below 5 in all three) first; then the 4s below 5 in all three; item 7
        // (5, 5, 4) is below 5 in the last only, item 12 is 5 now.
        assert_eq!((gaps[0].number, gaps[0].gap, gaps[0].reviews), (9, 3, 3));
        assert!(gaps.iter().all(|g| g.number != 7 && g.number != 12));
        assert_eq!(gaps.len(), 23);
        let falls: Vec<_> = history.falls().map(|f| (f.number, f.before.get(), f.after.get())).collect();
        assert_eq!(falls, [(7, 5, 4), (9, 3, 2)]);
    }

    #[test]
    fn the_next_reviews_follow_the_last_band() {
        let mut reviews = [review("2024-03-01", 3, &[]), review("2025-03-10", 4, &[])];
        let history = History::new(&mut reviews, None, None).unwrap();
        // 75 (fair) then 100 (good): external every 36 months after Good (001 KPI table).
        let NextReviews::Due(schedule) = history.next_reviews().unwrap() else { core::panic!("due") };
        assert_eq!(schedule.next_external.due.map(date_text).as_deref(), Some("2028-03-10"));
        assert_eq!(schedule.next_internal.due.map(date_text).as_deref(), Some("2026-03-10"));
        assert_eq!(schedule.next_trust_quality_assurance.due.map(date_text).as_deref(), Some("2026-03-10"));
        assert_eq!(history.left_out_of_schedule().count(), 0);
    }

    #[test]
    fn faults_are_named() {
        let mut none: [DatedReview<'static>; 0] = [];
        assert_eq!(History::new(&mut none, None, None).unwrap_err().code().as_str(), "empty_evidence");
        let mut twice = [review("2024-03-01", 3, &[]), review("2025-01-01", 3, &[]), review("2024-03-01", 4, &[])];
        let e = History::new(&mut twice, None, None).unwrap_err();
        assert_eq!(e.to_string(), "reviews[2].date: another review is dated 2024-03-01; accepted: one review per date");
        let mut two = [review("2025-03-01", 3, &[]), review("2024-03-01", 3, &[])];
        let late_start = History::new(&mut two, Some(date("2024-04-01")), None).unwrap_err();
        assert_eq!(
            late_start.to_string(),
            "reviews[1].date: 2024-03-01 is before service_start (2024-04-01); accepted: a date on or after 2024-04-01"
        );
        let early = History::new(&mut two, None, Some(date("2025-02-01"))).unwrap_err();
        assert_eq!((early.code().as_str(), early.field()), ("date_after_as_of", Some("reviews[0].date")));
        let mut one = [review("2024-03-01", 3, &[])];
        let history = History::new(&mut one, None, None).unwrap();
        assert_eq!(history.overall(), None);
    }
}
