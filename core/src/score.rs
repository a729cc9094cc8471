//! Item scores, the intervals of values that earn them, and the basis that produced them.

use core::fmt;

use crate::error::Error;
use crate::measure::{Bound, Unit};
use crate::number::is_whole;

/// A score on one item: a whole number from 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u8);

impl Score {
    /// The lowest score, 1.
    pub const ONE: Self = Self(1);
    /// Score 2.
    pub const TWO: Self = Self(2);
    /// Score 3.
    pub const THREE: Self = Self(3);
    /// Score 4.
    pub const FOUR: Self = Self(4);
    /// The highest score, 5.
    pub const FIVE: Self = Self(5);
    /// The lowest score an item can get.
    pub const MIN: Self = Self::ONE;
    /// The highest score an item can get.
    pub const MAX: Self = Self::FIVE;

    /// A score from a whole number, or `None` outside 1–5.
    #[must_use]
    pub const fn new(value: u8) -> Option<Self> {
        if value >= 1 && value <= 5 { Some(Self(value)) } else { None }
    }

    /// A score from a number given for `field`, checking it is a whole number in 1–5.
    ///
    /// # Errors
    /// [`Error::RatingNotWholeNumber`], [`Error::RatingOutOfRange`] (NaN and infinities
    /// are out of range).
    pub fn from_rating(value: f64, field: impl FnOnce() -> alloc::string::String) -> Result<Self, Error> {
        if !(1.0..=5.0).contains(&value) {
            return Err(Error::RatingOutOfRange { field: field(), value });
        }
        if !is_whole(value) {
            return Err(Error::RatingNotWholeNumber { field: field(), value });
        }
        // 1.0..=5.0 and whole: exactly one of 1, 2, 3, 4, 5.
        let score =
            [Self::ONE, Self::TWO, Self::THREE, Self::FOUR, Self::FIVE].into_iter().find(|s| f64::from(s.0) == value);
        score.ok_or_else(|| Error::RatingOutOfRange { field: field(), value })
    }

    /// The score as a number, 1–5.
    #[must_use]
    pub const fn get(self) -> u8 {
        self.0
    }

    /// How far below the maximum (5) this score is: 0–4.
    #[must_use]
    pub const fn gap(self) -> u8 {
        Self::MAX.0 - self.0
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A range of values that earns one score, with the range as the source prints it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoreInterval<'s> {
    /// The score a value in this interval earns.
    pub score: Score,
    /// Lower end.
    pub lower: Bound,
    /// Upper end.
    pub upper: Bound,
    /// The range exactly as printed in the source, e.g. `"21-25"`.
    pub printed: &'s str,
}

impl<'s> ScoreInterval<'s> {
    /// Whether `value` lies in the interval.
    #[must_use]
    #[inline(always)]
    pub fn contains(&self, value: f64) -> bool {
        // `&`, not `&&`: both ends are tested, with no branch between them.
        self.lower.admits_from_below(value) & self.upper.admits_from_above(value)
    }

    /// The first interval of `intervals` that holds `value`.
    ///
    /// Always inlined, as the rest of the scoring path is: `Item::score`'s route (evidence in
    /// other forms than the fast path's, and every `Review::add`) searches at each measured
    /// rule's call site. The fast path does not search (it climbs the intervals instead).
    #[must_use]
    #[inline(always)]
    pub fn find(intervals: &'s [Self], value: f64) -> Option<&'s Self> {
        // Every interval is tested, none by branching on the value: where the intervals are
        // known at compile time (`Review` on the built-in scale) this is a few comparisons
        // and additions, cheaper than the mispredicted branches of a search. Valid
        // intervals do not overlap, so exactly one holds a value in the domain; when not
        // exactly one does, the search gives the first, or none.
        let (mut holding, mut index) = (0usize, 0usize);
        for (i, interval) in intervals.iter().enumerate() {
            let holds = usize::from(interval.contains(value));
            holding += holds;
            index += i * holds;
        }
        if holding == 1 { intervals.get(index) } else { intervals.iter().find(|i| i.contains(value)) }
    }
}

impl ScoreInterval<'_> {
    /// The score of `value` on intervals laid end to end, each starting where the one
    /// before it ends (one end inclusive, the other exclusive, at the same value), in
    /// either order, each with its lower end below its upper: the score
    /// [`ScoreInterval::find`] gives, without a search. `None` when `value` is outside them
    /// all or NaN, or when the intervals are not so laid out (the caller then searches).
    ///
    /// The score is that of the last interval, from the lowest up, whose lower bound `value`
    /// passes; where the intervals are known at compile time (the fast path,
    /// `ips25::score_items`) the layout test folds away and this is one comparison
    /// and one addition per interval.
    #[must_use]
    #[inline(always)]
    pub(crate) fn ladder_score(intervals: &[Self], value: f64) -> Option<Score> {
        let meets = |upper: Bound, lower: Bound| match (upper, lower) {
            (Bound::Inclusive(a), Bound::Exclusive(b)) | (Bound::Exclusive(a), Bound::Inclusive(b)) => a == b,
            _ => false,
        };
        let rising = |i: &Self| match (i.lower, i.upper) {
            (Bound::Inclusive(a) | Bound::Exclusive(a), Bound::Inclusive(b) | Bound::Exclusive(b)) => a < b,
            _ => true,
        };
        let laid = intervals.iter().all(rising);
        let ascending = laid && intervals.windows(2).all(|w| matches!(w, [a, b] if meets(a.upper, b.lower)));
        let descending = laid && intervals.windows(2).all(|w| matches!(w, [a, b] if meets(b.upper, a.lower)));
        let (lowest, highest) = match (intervals.first(), intervals.last()) {
            (Some(first), Some(last)) if ascending => (first, last),
            (Some(first), Some(last)) if descending => (last, first),
            _ => return None,
        };
        // NaN passes an unbounded end, so it is turned away by name.
        if value.is_nan() || !(lowest.lower.admits_from_below(value) && highest.upper.admits_from_above(value)) {
            return None;
        }
        // Lower bounds rise strictly from `lowest` up, so those `value` passes are a run from
        // the start, and the last of them is the interval holding `value`. Each one passed
        // adds the step from the score below it, so the steps add up to that interval's
        // score: additions with no dependence between the tests, rather than a selection of
        // the score interval by interval.
        let mut score = lowest.score.get();
        let mut below = score;
        let mut climb = |interval: &Self| {
            let step = interval.score.get().wrapping_sub(below);
            below = interval.score.get();
            score = score.wrapping_add(u8::from(interval.lower.admits_from_below(value)).wrapping_mul(step));
        };
        // `for` loops over the slices above `lowest`: a `skip` adapter's `fold` is not
        // always inlined.
        if ascending {
            for interval in intervals.split_first().map_or(&[][..], |(_, above)| above) {
                climb(interval);
            }
        } else {
            for interval in intervals.split_last().map_or(&[][..], |(_, above)| above).iter().rev() {
                climb(interval);
            }
        }
        Score::new(score)
    }

    /// Writes the interval in mathematical notation, then the printed range: `(20, 25]
    /// (printed "21-25")`. The one wording of [`fmt::Display`] and of the review responses.
    pub(crate) fn write_to(&self, f: &mut impl fmt::Write) -> fmt::Result {
        match self.lower {
            Bound::Unbounded => f.write_str("(-inf")?,
            Bound::Inclusive(b) => {
                f.write_str("[")?;
                write!(f, "{b}")?;
            }
            Bound::Exclusive(b) => {
                f.write_str("(")?;
                write!(f, "{b}")?;
            }
        }
        match self.upper {
            Bound::Unbounded => f.write_str(", inf)")?,
            Bound::Inclusive(b) => {
                f.write_str(", ")?;
                write!(f, "{b}")?;
                f.write_str("]")?;
            }
            Bound::Exclusive(b) => {
                f.write_str(", ")?;
                write!(f, "{b}")?;
                f.write_str(")")?;
            }
        }
        f.write_str(" (printed ")?;
        f.write_char('"')?;
        f.write_str(self.printed)?;
        f.write_char('"')?;
        f.write_str(")")
    }
}

/// Mathematical notation, then the printed range: `(20, 25] (printed "21-25")`.
impl fmt::Display for ScoreInterval<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

/// Why an item has the score it has.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Basis<'s> {
    /// A reviewer's direct rating, given in place of the evidence the rule computes from.
    Rating,
    /// A rated item: the anchor the rater chose.
    Anchor,
    /// A number that fell in one of the item's score intervals.
    Interval {
        /// The number given.
        value: f64,
        /// What the number measures.
        unit: Unit,
        /// The interval it fell in.
        interval: &'s ScoreInterval<'s>,
    },
    /// A count of checklist components present, or of service phases provided.
    Count {
        /// How many are present.
        present: u8,
        /// How many the item lists.
        of: u8,
        /// What was counted, e.g. `"components present"` or `"phases provided"`.
        counted: &'static str,
        /// Which components are present (bit `i` is the item's component `i`), when the
        /// evidence named them rather than counting them.
        which: Option<u8>,
    },
    /// A printed condition of a composite item that decided the score.
    Clause(&'static str),
    /// The item was marked as having insufficient data and scores 1.
    InsufficientData,
    /// The raters scored the item differently and agreed this score ([`crate::raters`]);
    /// their reason is in the consensus entry ([`crate::raters::ConsensusEntry`]).
    Consensus,
}

/// A printed condition that held the score below what the main evidence earned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cap {
    /// The highest score the condition allows.
    pub limit: Score,
    /// The condition, in words.
    pub reason: &'static str,
}

/// The score of one item and how it was reached.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ItemScore<'s> {
    /// The item number.
    pub number: u8,
    /// The score.
    pub score: Score,
    /// What produced it.
    pub basis: Basis<'s>,
    /// A condition that capped the score, if one did.
    pub cap: Option<Cap>,
    /// A printed condition the score needs that the evidence does not mention, taken as met
    /// (`assumed_conditions` in [`crate::interpretation`]): a reviewer should verify it.
    pub assumed: Option<&'static str>,
}

impl<'s> ItemScore<'s> {
    /// A score with no cap.
    #[must_use]
    pub const fn new(number: u8, score: Score, basis: Basis<'s>) -> Self {
        Self { number, score, basis, cap: None, assumed: None }
    }

    /// Records `condition` as taken as met when the evidence leaves it out and the score is
    /// above `limit`, the most the score could be were the condition not met.
    #[must_use]
    pub fn assuming(mut self, limit: Score, condition: &'static str) -> Self {
        if self.score > limit {
            self.assumed = Some(condition);
        }
        self
    }

    /// Applies `cap` if it lowers the score; records it only then.
    #[must_use]
    pub fn capped(mut self, cap: Option<Cap>) -> Self {
        if let Some(cap) = cap {
            if cap.limit < self.score {
                self.score = cap.limit;
                self.cap = Some(cap);
            }
        }
        self
    }

    /// Whether the score comes from an insufficient-data mark.
    #[must_use]
    pub const fn is_insufficient_data(&self) -> bool {
        matches!(self.basis, Basis::InsufficientData)
    }
}

impl Basis<'_> {
    /// The basis in words when they are fixed text (a rating, an anchor, a clause,
    /// insufficient data); `None` when they include the evidence's numbers.
    #[must_use]
    pub const fn fixed_text(&self) -> Option<&'static str> {
        match self {
            Self::Rating => Some("reviewer's rating"),
            Self::Anchor => Some("anchor chosen by the rater"),
            Self::Clause(text) => Some(text),
            Self::InsufficientData => Some("insufficient data: scored 1"),
            Self::Consensus => Some("the raters' consensus"),
            Self::Interval { .. } | Self::Count { .. } => None,
        }
    }
}

impl Basis<'_> {
    /// Writes the basis in words: the one wording of [`fmt::Display`] and of the review
    /// responses, which write it straight into their text.
    pub(crate) fn write_to(&self, f: &mut impl fmt::Write) -> fmt::Result {
        match self {
            Self::Interval { value, unit, interval } => {
                write!(f, "{value}")?;
                f.write_str(unit.suffix())?;
                f.write_str(" falls in ")?;
                interval.write_to(f)
            }
            Self::Count { present, of, counted, .. } => {
                write!(f, "{}", *present)?;
                f.write_str(" of ")?;
                write!(f, "{}", *of)?;
                f.write_str(" ")?;
                f.write_str(counted)
            }
            Self::Rating | Self::Anchor | Self::Clause(_) | Self::InsufficientData | Self::Consensus => {
                f.write_str(self.fixed_text().unwrap_or_default())
            }
        }
    }
}

impl fmt::Display for Basis<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

impl ItemScore<'_> {
    /// The basis (and any cap) in words, as [`fmt::Display`] renders it, without formatting
    /// when the words are fixed text.
    #[must_use]
    pub fn basis_text(&self) -> alloc::borrow::Cow<'static, str> {
        use alloc::string::ToString;
        match (self.basis.fixed_text(), self.cap, self.assumed) {
            (Some(text), None, None) => alloc::borrow::Cow::Borrowed(text),
            _ => alloc::borrow::Cow::Owned(self.to_string()),
        }
    }
}

impl ItemScore<'_> {
    /// Writes the basis, followed by the cap when one applied: the one wording of
    /// [`fmt::Display`] and of the review responses.
    pub(crate) fn write_basis(&self, f: &mut impl fmt::Write) -> fmt::Result {
        self.basis.write_to(f)?;
        if let Some(cap) = self.cap {
            f.write_str("; capped at ")?;
            write!(f, "{}", cap.limit.get())?;
            f.write_str(": ")?;
            f.write_str(cap.reason)?;
        }
        if let Some(condition) = self.assumed {
            f.write_str("; taken as met, not evidenced: ")?;
            f.write_str(condition)?;
        }
        Ok(())
    }
}

/// Renders the basis, followed by the cap when one applied.
impl fmt::Display for ItemScore<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_basis(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;

    /// Intervals with a gap, an overlap, an empty one or a shared inclusive end are not a
    /// ladder: climbing declines them (the fast path then takes the search).
    #[test]
    fn climbing_declines_intervals_not_laid_end_to_end() {
        let i =
            |score: u8, lower, upper| ScoreInterval { score: Score::new(score).unwrap(), lower, upper, printed: "" };
        let (a, b) = (Bound::Inclusive, Bound::Exclusive);
        let declined: [&[ScoreInterval]; 5] = [
            &[i(1, a(0.0), b(10.0)), i(2, a(11.0), a(20.0))], // gap
            &[i(1, a(0.0), a(10.0)), i(2, a(10.0), a(20.0))], // both ends hold 10
            &[i(1, a(0.0), b(10.0)), i(2, b(10.0), a(20.0))], // 10 held by neither
            &[i(1, a(0.0), b(10.0)), i(2, a(10.0), b(10.0)), i(3, a(10.0), a(20.0))], // empty
            &[i(1, a(0.0), b(10.0)), i(2, a(5.0), a(20.0))],  // overlap
        ];
        for intervals in declined {
            assert_eq!(ScoreInterval::ladder_score(intervals, 7.0), None, "{intervals:?}");
        }
        // A one-point interval is declined too (its ends do not rise); `find` takes it.
        let point: [ScoreInterval; 2] = [i(1, a(0.0), a(0.0)), i(2, b(0.0), a(20.0))];
        assert_eq!(ScoreInterval::ladder_score(&point, 0.0), None);
        assert_eq!(ScoreInterval::find(&point, 0.0).map(|i| i.score), Some(Score::ONE));
        // NaN passes an unbounded end but holds in no interval.
        let open = [i(1, Bound::Unbounded, b(10.0)), i(2, a(10.0), Bound::Unbounded)];
        assert_eq!(ScoreInterval::ladder_score(&open, f64::NAN), None);
        assert_eq!(ScoreInterval::find(&open, f64::NAN), None);
        assert_eq!(ScoreInterval::ladder_score(&open, -1e300), Some(Score::ONE));
        assert_eq!(ScoreInterval::ladder_score(&open, 10.0), Some(Score::TWO));
        let laid = [i(3, a(10.0), a(20.0)), i(1, a(0.0), b(10.0))];
        assert_eq!(ScoreInterval::ladder_score(&laid, 10.0), Some(Score::THREE));
        assert_eq!(ScoreInterval::ladder_score(&laid, 9.5), Some(Score::ONE));
        assert_eq!(ScoreInterval::ladder_score(&[], 1.0), None);
    }

    #[test]
    fn scores_are_one_to_five() {
        assert_eq!(Score::new(0), None);
        assert_eq!(Score::new(1), Some(Score::ONE));
        assert_eq!(Score::new(5), Some(Score::FIVE));
        assert_eq!(Score::new(6), None);
        assert_eq!(Score::FIVE.gap(), 0);
        assert_eq!(Score::ONE.gap(), 4);
    }

    #[test]
    fn ratings_must_be_whole_and_in_range() {
        let f = || String::from("evidence.7.rating");
        assert_eq!(Score::from_rating(3.0, f), Ok(Score::THREE));
        assert_eq!(Score::from_rating(1.0, f), Ok(Score::ONE));
        assert_eq!(Score::from_rating(5.0, f), Ok(Score::FIVE));
        assert!(matches!(Score::from_rating(4.5, f), Err(Error::RatingNotWholeNumber { .. })));
        assert!(matches!(Score::from_rating(0.0, f), Err(Error::RatingOutOfRange { .. })));
        assert!(matches!(Score::from_rating(6.0, f), Err(Error::RatingOutOfRange { .. })));
        assert!(matches!(Score::from_rating(f64::NAN, f), Err(Error::RatingOutOfRange { .. })));
    }

    #[test]
    fn a_cap_is_recorded_only_when_it_lowers_the_score() {
        let cap = Cap { limit: Score::FOUR, reason: "r" };
        let s = ItemScore::new(15, Score::FIVE, Basis::Anchor).capped(Some(cap));
        assert_eq!((s.score, s.cap), (Score::FOUR, Some(cap)));
        let s = ItemScore::new(15, Score::THREE, Basis::Anchor).capped(Some(cap));
        assert_eq!((s.score, s.cap), (Score::THREE, None));
    }
}
