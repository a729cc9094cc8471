//! Wellbeing: the Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS).
//!
//! Seven items, each answered 1 ("none of the time") to 5 ("all of the time"), sum to a raw
//! total of 7–35. The raw total is not an interval measure: it is converted to the *metric*
//! score by the Rasch conversion table of Stewart-Brown et al. (2009), *Health and Quality of
//! Life Outcomes* 7:15, as published by Warwick Medical School ([`PROVENANCE`],
//! [`Source::Swemwbs`]). The table ([`METRIC_HUNDREDTHS`]) is held in exact hundredths, so
//! 27 converts to exactly 24.11.
//!
//! Change between a client's start and end scores ([`Change`]) is the difference of their
//! metric scores; a service's average ([`mean_metric_change`]) is the mean over the clients
//! with both scores. Scoring, conversion and change perform no heap allocation (only an error
//! allocates, to name its field).
//!
//! ```
//! use sefidelity::wellbeing::{Swemwbs, mean_metric_change};
//!
//! let start = Swemwbs::new([3, 3, 2, 3, 3, 2, 3])?;
//! let end = Swemwbs::new([5, 4, 3, 4, 4, 3, 4])?;
//! assert_eq!((start.raw(), end.raw()), (19, 27));
//! assert_eq!(end.metric().to_string(), "24.11");
//! let change = start.change_to(&end);
//! assert_eq!(change.metric_change.to_string(), "6.13"); // 24.11 − 17.98
//! assert_eq!(mean_metric_change([change]), Some(6.13));
//! # Ok::<(), sefidelity::Error>(())
//! ```

use alloc::format;
use alloc::string::String;

use crate::error::Error;
use crate::source::{Provenance, Source};

/// Items on the SWEMWBS.
pub const ITEMS: usize = 7;
/// The lowest answer to an item ("none of the time").
pub const RESPONSE_MIN: u8 = 1;
/// The highest answer to an item ("all of the time").
pub const RESPONSE_MAX: u8 = 5;
/// The lowest raw total (every item answered 1).
pub const RAW_MIN: u8 = 7;
/// The highest raw total (every item answered 5).
pub const RAW_MAX: u8 = 35;

/// Where the conversion table is published.
pub const PROVENANCE: Provenance = Provenance { source: Source::Swemwbs, locator: "raw-to-metric conversion table" };

/// The raw-to-metric conversion table in hundredths: entry `i` is the metric score of raw
/// total `7 + i` (so `[0]` is raw 7 → 7.00 and `[28]` is raw 35 → 35.00).
pub const METRIC_HUNDREDTHS: [u16; 29] = [
    700, 951, 1125, 1240, 1333, 1408, 1475, 1532, 1584, 1636, // raw 7–16
    1688, 1743, 1798, 1859, 1925, 1998, 2073, 2154, 2235, 2321, // raw 17–26
    2411, 2503, 2602, 2703, 2813, 2931, 3070, 3255, 3500, // raw 27–35
];

/// What an item accepts, for error messages.
const RESPONSE_ACCEPTED: &str = "a whole number from 1 to 5";
/// What a raw total accepts, for error messages.
const RAW_ACCEPTED: &str = "a raw SWEMWBS total, a whole number from 7 to 35";

/// A SWEMWBS metric score (7.00–35.00), held exactly in hundredths. Displays as `24.11`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Metric(u16);

impl Metric {
    /// The score in hundredths (2411 for 24.11).
    #[must_use]
    pub const fn hundredths(self) -> u16 {
        self.0
    }

    /// The score as a number (24.11); the nearest `f64` to the two-decimal value.
    #[must_use]
    pub fn get(self) -> f64 {
        f64::from(self.0) / 100.0
    }
}

impl core::fmt::Display for Metric {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

/// A difference of two metric scores, held exactly in hundredths. Displays as `6.13` or `-1.20`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MetricChange(i16);

impl MetricChange {
    /// `end − start`.
    #[must_use]
    pub fn between(start: Metric, end: Metric) -> Self {
        // Both are table values ≤ 3500, so the difference fits in an i16.
        let diff = i32::from(end.0) - i32::from(start.0);
        Self(i16::try_from(diff).unwrap_or(0))
    }

    /// The change in hundredths (613 for 6.13).
    #[must_use]
    pub const fn hundredths(self) -> i16 {
        self.0
    }

    /// The change as a number (6.13); the nearest `f64` to the two-decimal value.
    #[must_use]
    pub fn get(self) -> f64 {
        f64::from(self.0) / 100.0
    }
}

impl core::fmt::Display for MetricChange {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let magnitude = self.0.unsigned_abs();
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{sign}{}.{:02}", magnitude / 100, magnitude % 100)
    }
}

/// The metric score of a raw total, by the published table.
///
/// # Errors
/// [`Error::ValueOutOfRange`] naming `field` when `raw` is outside 7–35.
pub fn metric_from_raw(raw: u8, field: &str) -> Result<Metric, Error> {
    lookup(raw).ok_or_else(|| Error::ValueOutOfRange {
        field: String::from(field),
        value: f64::from(raw),
        accepted: RAW_ACCEPTED,
    })
}

/// The table entry for `raw`, if it is 7–35.
fn lookup(raw: u8) -> Option<Metric> {
    raw.checked_sub(RAW_MIN).and_then(|i| METRIC_HUNDREDTHS.get(usize::from(i))).map(|h| Metric(*h))
}

/// One completed SWEMWBS: seven answers, each 1–5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Swemwbs {
    responses: [u8; ITEMS],
}

impl Swemwbs {
    /// A questionnaire from its seven answers, in item order.
    ///
    /// # Errors
    /// [`Error::ValueOutOfRange`] naming `responses[i]` for the first answer outside 1–5.
    pub fn new(responses: [u8; ITEMS]) -> Result<Self, Error> {
        if let Some((i, value)) =
            responses.iter().enumerate().find(|(_, r)| !(RESPONSE_MIN..=RESPONSE_MAX).contains(*r))
        {
            return Err(Error::ValueOutOfRange {
                field: format!("responses[{i}]"),
                value: f64::from(*value),
                accepted: RESPONSE_ACCEPTED,
            });
        }
        Ok(Self { responses })
    }

    /// The seven answers, in item order.
    #[must_use]
    pub const fn responses(&self) -> [u8; ITEMS] {
        self.responses
    }

    /// The raw total, 7–35.
    #[must_use]
    pub fn raw(&self) -> u8 {
        // Seven answers of at most 5 each: at most 35, no overflow.
        self.responses.iter().fold(0u8, |sum, r| sum.saturating_add(*r))
    }

    /// The metric score, by the published conversion table.
    #[must_use]
    pub fn metric(&self) -> Metric {
        // `new` guarantees 7 ≤ raw ≤ 35, so the lookup always succeeds; the fallback is the floor.
        lookup(self.raw()).unwrap_or(Metric(700))
    }

    /// The change from this (start) questionnaire to a later (end) one.
    #[must_use]
    pub fn change_to(&self, end: &Self) -> Change {
        Change::new(self.raw(), self.metric(), end.raw(), end.metric())
    }
}

/// One client's change between a start and an end questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Change {
    /// Raw total at start, 7–35.
    pub raw_start: u8,
    /// Raw total at end, 7–35.
    pub raw_end: u8,
    /// Metric score at start.
    pub metric_start: Metric,
    /// Metric score at end.
    pub metric_end: Metric,
    /// `metric_end − metric_start`.
    pub metric_change: MetricChange,
}

impl Change {
    fn new(raw_start: u8, metric_start: Metric, raw_end: u8, metric_end: Metric) -> Self {
        Self {
            raw_start,
            raw_end,
            metric_start,
            metric_end,
            metric_change: MetricChange::between(metric_start, metric_end),
        }
    }

    /// The change between two raw totals.
    ///
    /// # Errors
    /// [`Error::ValueOutOfRange`] naming `start_field` or `end_field` for a total outside 7–35.
    pub fn from_raw(raw_start: u8, raw_end: u8, start_field: &str, end_field: &str) -> Result<Self, Error> {
        let metric_start = metric_from_raw(raw_start, start_field)?;
        let metric_end = metric_from_raw(raw_end, end_field)?;
        Ok(Self::new(raw_start, metric_start, raw_end, metric_end))
    }
}

/// A service's average: the mean metric change over the clients with both scores, or `None`
/// when there are none (never NaN). The result is the nearest `f64` to the exact mean.
#[must_use]
pub fn mean_metric_change<I: IntoIterator<Item = Change>>(changes: I) -> Option<f64> {
    // Sums of whole hundredths in f64 are exact far beyond any realistic number of clients.
    let (sum, count) =
        changes.into_iter().fold((0.0_f64, 0.0_f64), |(s, n), c| (s + f64::from(c.metric_change.0), n + 1.0));
    (count > 0.0).then(|| sum / (count * 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;
    use alloc::vec::Vec;

    /// The published table, raw → metric, as printed (two decimals).
    const PUBLISHED: [(u8, &str); 29] = [
        (7, "7.00"),
        (8, "9.51"),
        (9, "11.25"),
        (10, "12.40"),
        (11, "13.33"),
        (12, "14.08"),
        (13, "14.75"),
        (14, "15.32"),
        (15, "15.84"),
        (16, "16.36"),
        (17, "16.88"),
        (18, "17.43"),
        (19, "17.98"),
        (20, "18.59"),
        (21, "19.25"),
        (22, "19.98"),
        (23, "20.73"),
        (24, "21.54"),
        (25, "22.35"),
        (26, "23.21"),
        (27, "24.11"),
        (28, "25.03"),
        (29, "26.02"),
        (30, "27.03"),
        (31, "28.13"),
        (32, "29.31"),
        (33, "30.70"),
        (34, "32.55"),
        (35, "35.00"),
    ];

    #[test]
    fn every_raw_total_converts_as_published() {
        for (raw, printed) in PUBLISHED {
            assert_eq!(metric_from_raw(raw, "raw").unwrap().to_string(), printed, "raw {raw}");
        }
    }

    #[test]
    fn table_ends_and_the_design_example() {
        assert_eq!(metric_from_raw(7, "raw").unwrap().hundredths(), 700);
        assert_eq!(metric_from_raw(35, "raw").unwrap().hundredths(), 3500);
        assert_eq!(metric_from_raw(27, "raw").unwrap().get(), 24.11);
        let s = Swemwbs::new([5, 4, 3, 4, 4, 3, 4]).unwrap();
        assert_eq!(s.raw(), 27);
        assert_eq!(s.metric().get(), 24.11);
        assert_eq!(s.metric().to_string(), "24.11");
        assert_eq!(Swemwbs::new([1; 7]).unwrap().metric().to_string(), "7.00");
        assert_eq!(Swemwbs::new([5; 7]).unwrap().metric().to_string(), "35.00");
    }

    #[test]
    fn table_is_strictly_increasing_and_metric_equals_raw_at_the_ends() {
        assert!(METRIC_HUNDREDTHS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(METRIC_HUNDREDTHS.len(), usize::from(RAW_MAX - RAW_MIN) + 1);
        assert_eq!(METRIC_HUNDREDTHS[0], u16::from(RAW_MIN) * 100);
        assert_eq!(METRIC_HUNDREDTHS[28], u16::from(RAW_MAX) * 100);
    }

    #[test]
    fn raw_totals_outside_7_to_35_are_refused_naming_the_field() {
        for raw in [0, 6, 36, 255] {
            let e = metric_from_raw(raw, "records[c1].swemwbs_start").unwrap_err();
            assert_eq!(e.code(), crate::ErrorCode::ValueOutOfRange);
            assert_eq!(e.field(), Some("records[c1].swemwbs_start"));
        }
        let e = Change::from_raw(19, 36, "start", "end").unwrap_err();
        assert_eq!(e.field(), Some("end"));
    }

    #[test]
    fn answers_outside_1_to_5_are_refused_naming_the_item() {
        let e = Swemwbs::new([5, 4, 0, 4, 4, 3, 4]).unwrap_err();
        assert_eq!(
            e,
            Error::ValueOutOfRange { field: "responses[2]".into(), value: 0.0, accepted: "a whole number from 1 to 5" }
        );
        let e = Swemwbs::new([5, 4, 3, 4, 4, 3, 6]).unwrap_err();
        assert_eq!(e.field(), Some("responses[6]"));
        assert_eq!(e.to_string(), "responses[6]: 6 is out of range; accepted: a whole number from 1 to 5");
        assert!(Swemwbs::new([255; 7]).is_err());
    }

    #[test]
    fn every_answer_pattern_sums_to_its_raw_total() {
        let s = Swemwbs::new([1, 2, 3, 4, 5, 1, 2]).unwrap();
        assert_eq!(s.raw(), 18);
        assert_eq!(s.responses(), [1, 2, 3, 4, 5, 1, 2]);
        assert_eq!(s.metric().to_string(), "17.43");
    }

    #[test]
    fn change_is_the_difference_of_metric_scores() {
        let start = Swemwbs::new([3, 3, 2, 3, 3, 2, 3]).unwrap(); // 19 → 17.98
        let end = Swemwbs::new([5, 4, 3, 4, 4, 3, 4]).unwrap(); // 27 → 24.11
        let c = start.change_to(&end);
        assert_eq!((c.raw_start, c.raw_end), (19, 27));
        assert_eq!((c.metric_start.hundredths(), c.metric_end.hundredths()), (1798, 2411));
        assert_eq!(c.metric_change.hundredths(), 613);
        assert_eq!(c.metric_change.get(), 6.13);
        let back = end.change_to(&start);
        assert_eq!(back.metric_change.to_string(), "-6.13");
        assert_eq!(Change::from_raw(20, 20, "s", "e").unwrap().metric_change.to_string(), "0.00");
        assert_eq!(Change::from_raw(35, 7, "s", "e").unwrap().metric_change.hundredths(), -2800);
        assert_eq!(Change::from_raw(8, 7, "s", "e").unwrap().metric_change.to_string(), "-2.51");
    }

    #[test]
    fn service_average_is_the_mean_change_and_none_when_empty() {
        assert_eq!(mean_metric_change([]), None);
        assert_eq!(mean_metric_change(Vec::new()), None);
        let a = Change::from_raw(19, 27, "s", "e").unwrap(); // +6.13
        let b = Change::from_raw(20, 18, "s", "e").unwrap(); // 17.43 − 18.59 = −1.16
        assert_eq!(mean_metric_change([a]), Some(6.13));
        assert_eq!(mean_metric_change([a, b]), Some(2.485));
        let c = Change::from_raw(7, 8, "s", "e").unwrap(); // +2.51
        let mean = mean_metric_change([a, b, c]).unwrap();
        assert!((mean - 7.48 / 3.0).abs() < 1e-12);
        assert!(!mean.is_nan());
    }
}
