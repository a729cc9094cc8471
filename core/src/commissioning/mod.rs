//! Commissioning: contract benchmarks, KPIs, review schedules, model choice and contract
//! checks, from the commissioning guide (`001`) and the fidelity guidance (`000`).
//!
//! - [`benchmarks`]: the two named benchmark sets, each for IPS and SEQF, with provenance;
//! - [`kpi`]: KPIs from counts or from client records, each with value, target, status and margin;
//! - [`schedule`]: when external fidelity reviews and internal self-assessments are due;
//! - [`model_choice`]: IPS or SEQF for a population, with the reasons;
//! - [`contract`]: findings on a draft contract specification.
//!
//! Dates are [`Date`] values, jiff's civil date (proleptic Gregorian calendar, no time of day,
//! no time zone); months are added as calendar months, clamped to the month's last day
//! (2024-02-29 + 12 months = 2025-02-28). Build one with [`parse_date`] or [`Date::new`].

pub mod benchmarks;
pub mod contract;
pub mod kpi;
pub mod model_choice;
pub mod returns;
pub mod schedule;

use alloc::format;
use alloc::string::{String, ToString};

/// A calendar date: year, month and day (proleptic Gregorian), ordered chronologically.
pub use jiff::civil::Date;

use crate::error::Error;

pub use benchmarks::{Benchmark, BenchmarkSet, BenchmarkSetId, ProgrammeDuration, Sustainment, UnitCost};

/// A Supported Employment fidelity model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Model {
    /// Individual Placement and Support (here: IPS in population groups beyond severe mental illness).
    Ips,
    /// The Supported Employment Quality Framework.
    Seqf,
}

impl Model {
    /// Both models.
    pub const ALL: [Self; 2] = [Self::Ips, Self::Seqf];
    /// The accepted ids, for messages.
    pub const ACCEPTED: &'static str = "ips, seqf";

    /// The stable id: `"ips"` or `"seqf"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Ips => "ips",
            Self::Seqf => "seqf",
        }
    }

    /// The model with this id.
    ///
    /// # Errors
    /// [`Error::UnknownValue`] for any other id, naming `field`.
    pub fn from_id(id: &str, field: &str) -> Result<Self, Error> {
        Self::ALL.into_iter().find(|m| m.id() == id).ok_or_else(|| Error::UnknownValue {
            field: field.into(),
            value: id.into(),
            accepted: Self::ACCEPTED.into(),
        })
    }
}

/// The earliest and latest years a date may have: wide enough for any service's records,
/// and far enough from the calendar's end (9999) that adding review intervals cannot fail.
pub const YEARS: (i16, i16) = (1900, 2199);

/// Reads a date written `YYYY-MM-DD`, in the years [`YEARS`].
///
/// # Errors
/// [`Error::InvalidDate`] naming `field` for anything else, including impossible dates
/// such as `2025-02-30` and years outside 1900–2199.
pub fn parse_date(text: &str, field: &str) -> Result<Date, Error> {
    let invalid = || Error::InvalidDate { field: field.into(), value: text.into() };
    let bytes = text.as_bytes();
    let well_formed = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    if !well_formed {
        return Err(invalid());
    }
    // The shape is checked above, so each field is plain ASCII digits; jiff's `Date::new`
    // then checks the calendar (2025-02-30 is refused). jiff's ISO 8601 reader is not used:
    // it accepts forms the documents do not (a time of day, `+002025-04-01`, `20250401`).
    let field = |range: core::ops::Range<usize>| text.get(range).and_then(|s| s.parse::<i16>().ok());
    let (Some(year), Some(month), Some(day)) = (field(0..4), field(5..7), field(8..10)) else {
        return Err(invalid());
    };
    if !(YEARS.0..=YEARS.1).contains(&year) {
        return Err(invalid());
    }
    let (Ok(month), Ok(day)) = (i8::try_from(month), i8::try_from(day)) else { return Err(invalid()) };
    Date::new(year, month, day).map_err(|_| invalid())
}

/// `date` plus `months` calendar months, clamped to the end of a shorter month.
///
/// # Errors
/// [`Error::Internal`] past the calendar's years −9999 to 9999 ([`Date::MIN`], [`Date::MAX`]);
/// no request can reach it, as dates stop at 2199.
pub fn add_months(date: Date, months: i32) -> Result<Date, Error> {
    // jiff constrains the day to the target month's length, which is the clamping wanted.
    jiff::Span::new()
        .try_months(months)
        .and_then(|span| date.checked_add(span))
        .map_err(|_| Error::Internal { detail: format!("{} + {months} months is past the calendar", date_text(date)) })
}

/// `date` plus `days` days (fewer when negative); `None` past [`Date::MIN`] or [`Date::MAX`].
/// Through jiff's fallible span constructor: its panicking one would bring the formatting of
/// its bounds errors into every build.
#[must_use]
pub fn add_days(date: Date, days: i32) -> Option<Date> {
    date.checked_add(jiff::Span::new().try_days(days).ok()?).ok()
}

/// A review or reporting period: its first and last day, both included ([`Period::new`]
/// checks them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// The first day.
    pub from: Date,
    /// The last day.
    pub to: Date,
}

/// The longest period, in days from its first to its last day: ten years. A period's weeks are
/// rated one by one (item 17), and a return is for months, not ages (our limit; the sources
/// set none).
pub const MAX_PERIOD_DAYS: i32 = 3653;

impl Period {
    /// The period from `from` to `to`, both included; errors name `period.from` and
    /// `period.to`.
    ///
    /// # Errors
    /// [`Error::DatesOutOfOrder`] for a `to` before `from`; [`Error::ValueOutOfRange`] for a
    /// period longer than [`MAX_PERIOD_DAYS`].
    pub fn new(from: Date, to: Date) -> Result<Self, Error> {
        let days = days_between(from, to);
        if days > MAX_PERIOD_DAYS {
            return Err(Error::ValueOutOfRange {
                field: String::from("period.to"),
                value: f64::from(days),
                accepted: "a period of at most 3653 days (ten years) after `from`",
            });
        }
        if to < from {
            return Err(Error::DatesOutOfOrder {
                field: String::from("period.to"),
                value: date_text(to),
                other_field: String::from("period.from"),
                other_value: date_text(from),
            });
        }
        Ok(Self { from, to })
    }

    /// Whether `date` falls in the period.
    #[must_use]
    pub fn contains(&self, date: Date) -> bool {
        self.from <= date && date <= self.to
    }
}

/// The most hours a week has.
pub const MAX_HOURS_A_WEEK: f64 = 168.0;

/// `value` as hours a week: from 0 to [`MAX_HOURS_A_WEEK`].
///
/// # Errors
/// [`Error::NegativeValue`] or [`Error::ValueOutOfRange`], naming `field`.
pub fn hours_a_week(value: f64, field: impl FnOnce() -> String) -> Result<f64, Error> {
    crate::error::from_zero_to(value, MAX_HOURS_A_WEEK, "hours a week, from 0 to 168").map_err(|e| e.at(field()))
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
#[must_use]
pub fn days_between(from: Date, to: Date) -> i32 {
    // Between two civil dates the duration is a whole number of 24-hour days. Dates lie
    // within ±10 000 years, under 7.4 million days apart, so the count always fits.
    let days = from.duration_until(to).as_hours() / 24;
    i32::try_from(days).unwrap_or(if days < 0 { i32::MIN } else { i32::MAX })
}

/// A date as the documents write it, `YYYY-MM-DD`.
#[must_use]
pub fn date_text(date: Date) -> String {
    date.to_string()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "test code: a broken assumption should fail the test")]

    use super::*;
    use proptest::prelude::*;

    fn d(year: i16, month: i8, day: i8) -> Date {
        Date::new(year, month, day).unwrap()
    }

    #[test]
    fn dates_are_read_strictly() {
        assert_eq!(parse_date("2025-04-01", "d").map(date_text), Ok("2025-04-01".into()));
        assert!(parse_date("1900-01-01", "d").is_ok() && parse_date("2199-12-31", "d").is_ok());
        for bad in [
            "2025-02-30",
            "2025-4-1",
            "01/04/2025",
            "2025-04-01T00:00",
            "",
            "+2025-04-01",
            "2025-13-01",
            "1899-12-31",
            "2200-01-01",
            "9999-03-01",
        ] {
            assert!(matches!(parse_date(bad, "d"), Err(Error::InvalidDate { .. })), "{bad}");
        }
    }

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        let leap = |year| Date::new(year, 2, 29).is_ok();
        assert!(!leap(1900) && !leap(2100) && !leap(2025) && !leap(-1));
        assert!(leap(2000) && leap(2024) && leap(1600) && leap(0) && leap(-4));
        assert_eq!(parse_date("2024-02-29", "d").map(Date::day), Ok(29));
        assert!(parse_date("1900-02-29", "d").is_err() && parse_date("2025-02-29", "d").is_err());
    }

    #[test]
    fn new_refuses_dates_off_the_calendar() {
        for (y, m, day) in [(2025, 4, 31), (2025, 13, 1), (2025, 0, 1), (2025, 1, 0), (2025, 1, 32), (2025, -1, 1)] {
            assert!(Date::new(y, m, day).is_err(), "{y}-{m}-{day}");
        }
        assert!(Date::new(10_000, 1, 1).is_err() && Date::new(-10_000, 12, 31).is_err());
        assert_eq!(Date::new(9999, 12, 31).ok(), Some(Date::MAX));
        assert_eq!(Date::new(-9999, 1, 1).ok(), Some(Date::MIN));
        let date = d(2025, 12, 31);
        assert_eq!((date.year(), date.month(), date.day()), (2025, 12, 31));
    }

    #[test]
    fn dates_order_chronologically() {
        assert!(d(2024, 12, 31) < d(2025, 1, 1));
        assert!(d(2025, 1, 31) < d(2025, 2, 1));
        assert!(d(2025, 2, 1) < d(2025, 2, 2));
        assert!(Date::MIN < d(-1, 12, 31) && d(-1, 12, 31) < d(0, 1, 1) && d(0, 1, 1) < Date::MAX);
    }

    #[test]
    fn months_clamp_to_the_end_of_a_shorter_month() {
        let p = |s| parse_date(s, "d").unwrap();
        assert_eq!(add_months(p("2024-02-29"), 12), Ok(p("2025-02-28")));
        assert_eq!(add_months(p("2025-01-31"), 1), Ok(p("2025-02-28")));
        assert_eq!(add_months(p("2025-04-01"), 36), Ok(p("2028-04-01")));
        assert_eq!(add_months(d(2024, 2, 29), 48), Ok(d(2028, 2, 29)));
        assert_eq!(add_months(d(2024, 1, 31), 1), Ok(d(2024, 2, 29)));
        assert_eq!(add_months(d(2025, 3, 31), 1), Ok(d(2025, 4, 30)));
        assert_eq!(add_months(d(2025, 3, 31), -1), Ok(d(2025, 2, 28)));
        assert_eq!(add_months(d(2025, 11, 15), 2), Ok(d(2026, 1, 15)));
        assert_eq!(add_months(d(2025, 1, 15), -1), Ok(d(2024, 12, 15)));
        assert_eq!(add_months(d(2025, 4, 1), 0), Ok(d(2025, 4, 1)));
        assert_eq!(add_months(d(2025, 4, 1), -24_303), Ok(d(0, 1, 1)));
        assert_eq!(add_months(d(2025, 4, 1), -24_315), Ok(d(-1, 1, 1)));
    }

    #[test]
    fn months_stop_at_the_ends_of_the_calendar() {
        assert_eq!(
            add_months(d(9999, 12, 1), 1),
            Err(Error::Internal { detail: "9999-12-01 + 1 months is past the calendar".into() })
        );
        assert_eq!(add_months(d(9999, 11, 30), 1), Ok(d(9999, 12, 30)));
        assert!(add_months(Date::MIN, -1).is_err());
        assert!(add_months(Date::MIN, i32::MAX).is_err());
        assert!(add_months(Date::MAX, i32::MIN).is_err());
    }

    #[test]
    fn days_between_dates() {
        // Each checked against Python's `datetime.date` subtraction.
        let p = |s| parse_date(s, "d").unwrap();
        assert_eq!(days_between(p("2025-01-01"), p("2025-04-02")), 91);
        assert_eq!(days_between(p("2025-04-02"), p("2025-01-01")), -91);
        assert_eq!(days_between(d(2024, 1, 1), d(2025, 1, 1)), 366);
        assert_eq!(days_between(d(2025, 1, 1), d(2026, 1, 1)), 365);
        assert_eq!(days_between(d(2024, 2, 28), d(2024, 3, 1)), 2);
        assert_eq!(days_between(d(2025, 2, 28), d(2025, 3, 1)), 1);
        assert_eq!(days_between(d(1900, 2, 28), d(1900, 3, 1)), 1);
        assert_eq!(days_between(d(2000, 2, 28), d(2000, 3, 1)), 2);
        assert_eq!(days_between(d(1900, 1, 1), d(2199, 12, 31)), 109_572);
        assert_eq!(days_between(d(2199, 12, 31), d(1900, 1, 1)), -109_572);
        assert_eq!(days_between(d(2025, 4, 2), d(2025, 4, 2)), 0);
        assert_eq!(days_between(d(1, 1, 1), d(9999, 12, 31)), 3_652_058);
        assert_eq!(days_between(d(1970, 1, 1), d(1, 1, 1)), -719_162);
        assert_eq!(days_between(Date::MIN, Date::MAX), 7_304_483);
        let epoch = d(1970, 1, 1);
        assert_eq!((days_between(epoch, Date::MIN), days_between(epoch, Date::MAX)), (-4_371_587, 2_932_896));
    }

    #[test]
    fn days_are_added_across_months_and_years() {
        assert_eq!(add_days(d(2024, 2, 28), 1), Some(d(2024, 2, 29)));
        assert_eq!(add_days(d(2025, 2, 28), 1), Some(d(2025, 3, 1)));
        assert_eq!(add_days(d(2024, 12, 31), 1), Some(d(2025, 1, 1)));
        assert_eq!(add_days(d(2025, 1, 1), -1), Some(d(2024, 12, 31)));
        assert_eq!(add_days(d(1900, 1, 1), 109_572), Some(d(2199, 12, 31)));
        assert_eq!(d(2025, 3, 1).yesterday().ok(), Some(d(2025, 2, 28)));
        assert!(Date::MIN.yesterday().is_err());
        assert_eq!(add_days(Date::MAX, 1), None);
        assert_eq!(add_days(Date::MAX, i32::MAX), None);
        assert_eq!(add_days(Date::MIN, i32::MIN), None);
    }

    #[test]
    fn dates_display_as_iso_text() {
        assert_eq!(date_text(d(2025, 4, 1)), "2025-04-01");
        assert_eq!(date_text(d(900, 12, 31)), "0900-12-31");
        // Years outside 0–9999 take ISO 8601's expanded form: a sign and six digits.
        assert_eq!(date_text(d(-1, 1, 1)), "-000001-01-01");
    }

    /// The reference: the day after `date`, by the calendar's validity alone.
    fn next_day(date: Date) -> Date {
        let (y, m, day) = (date.year(), date.month(), date.day());
        Date::new(y, m, day + 1).or_else(|_| Date::new(y, m + 1, 1)).unwrap_or_else(|_| d(y + 1, 1, 1))
    }

    /// The reference: `day` of `year`-`month`, or the month's last day when it is shorter.
    fn clamped(year: i16, month: i8, day: i8) -> Date {
        (1..=day).rev().find_map(|day| Date::new(year, month, day).ok()).unwrap()
    }

    fn date() -> impl Strategy<Value = Date> {
        (1800i16..=2300, 1i8..=12, 1i8..=31).prop_map(|(y, m, day)| clamped(y, m, day))
    }

    proptest! {
        #[test]
        fn days_match_counting_day_by_day(start in date(), steps in 0i32..800) {
            let mut walked = start;
            for _ in 0..steps {
                walked = next_day(walked);
            }
            prop_assert_eq!(add_days(start, steps), Some(walked));
            prop_assert_eq!(days_between(start, walked), steps);
            prop_assert_eq!(days_between(walked, start), -steps);
            prop_assert_eq!(add_days(walked, -steps), Some(start));
            prop_assert_eq!(start < walked, steps > 0);
        }

        #[test]
        fn months_match_stepping_month_by_month(start in date(), months in -400i32..400) {
            // The reference: step whole months by hand, then clamp the day.
            let (mut y, mut m) = (start.year(), start.month());
            for _ in 0..months.unsigned_abs() {
                (y, m) = match (months > 0, m) {
                    (true, 12) => (y + 1, 1),
                    (true, _) => (y, m + 1),
                    (false, 1) => (y - 1, 12),
                    (false, _) => (y, m - 1),
                };
            }
            let added = add_months(start, months).unwrap();
            prop_assert_eq!(added, clamped(y, m, start.day()));
            // Adding months moves the date the way the day count says, in the same direction.
            prop_assert_eq!(days_between(start, added).signum(), months.signum());
            prop_assert_eq!(add_days(added, days_between(added, start)), Some(start));
        }

        #[test]
        fn day_counts_round_trip(days in 0..=days_between(Date::MIN, Date::MAX)) {
            let date = add_days(Date::MIN, days).unwrap();
            prop_assert_eq!(days_between(Date::MIN, date), days);
            prop_assert_eq!(Date::new(date.year(), date.month(), date.day()).ok(), Some(date));
        }
    }
}
