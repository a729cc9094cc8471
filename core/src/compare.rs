//! Comparing two reviews of the same service: progress between self-assessments.

use alloc::string::String;

use crate::error::Error;
use crate::review::ReviewReport;
use crate::scale::{FidelityBand, MAX_ITEMS};
use crate::score::Score;

/// How one item changed between two reviews.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemChange {
    /// The item number.
    pub number: u8,
    /// Score in the earlier review, if scored.
    pub before: Option<Score>,
    /// Score in the later review, if scored.
    pub after: Option<Score>,
}

impl ItemChange {
    /// `after - before`, when both are scored.
    #[must_use]
    pub fn change(&self) -> Option<i8> {
        match (self.before, self.after) {
            (Some(b), Some(a)) => Some(i8::try_from(a.get()).unwrap_or(0) - i8::try_from(b.get()).unwrap_or(0)),
            _ => None,
        }
    }
}

/// Two reviews of the same scale compared item by item.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewComparison<'s> {
    items: [ItemChange; MAX_ITEMS],
    len: usize,
    /// Total of the earlier review.
    pub before_total: u16,
    /// Total of the later review.
    pub after_total: u16,
    /// Band of the earlier review (`None` if it was incomplete).
    pub before_band: Option<&'s FidelityBand<'s>>,
    /// Band of the later review (`None` if it was incomplete).
    pub after_band: Option<&'s FidelityBand<'s>>,
}

impl<'s> ReviewComparison<'s> {
    /// Compares an earlier and a later report.
    ///
    /// # Errors
    /// [`Error::ScaleMismatch`] when the reports are on different scales.
    pub fn new(before: &ReviewReport<'s>, after: &ReviewReport<'s>) -> Result<Self, Error> {
        if before.scale().id != after.scale().id {
            return Err(Error::ScaleMismatch {
                before: String::from(before.scale().id),
                after: String::from(after.scale().id),
            });
        }
        let mut items = [ItemChange { number: 0, before: None, after: None }; MAX_ITEMS];
        let mut len = 0;
        for ((item, b), slot) in before.results().zip(items.iter_mut()) {
            *slot = ItemChange {
                number: item.number,
                before: b.score().map(|s| s.score),
                after: after.score(item.number).map(|s| s.score),
            };
            len += 1;
        }
        Ok(Self {
            items,
            len,
            before_total: before.total(),
            after_total: after.total(),
            before_band: before.band(),
            after_band: after.band(),
        })
    }

    /// Every item's change, in item order.
    pub fn items(&self) -> impl Iterator<Item = &ItemChange> + '_ {
        self.items.iter().take(self.len)
    }

    /// `after_total - before_total`.
    #[must_use]
    pub fn total_change(&self) -> i32 {
        i32::from(self.after_total) - i32::from(self.before_total)
    }

    /// Whether the band changed (including from or to no band).
    #[must_use]
    pub fn band_changed(&self) -> bool {
        self.before_band.map(|b| b.id) != self.after_band.map(|b| b.id)
    }
}
