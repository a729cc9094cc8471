//! Commissioning: contract benchmarks, KPIs, review schedules, model choice and contract
//! checks, from the commissioning guide (`001`) and the fidelity guidance (`000`).
//!
//! - [`benchmarks`]: the two named benchmark sets, each for IPS and SEQF, with provenance;
//! - [`kpi`]: KPIs from counts or from client records, each with value, target, status and margin;
//! - [`schedule`]: when external fidelity reviews and internal self-assessments are due;
//! - [`model_choice`]: IPS or SEQF for a population, with the reasons;
//! - [`contract`]: findings on a draft contract specification.
//!
//! Dates are [`Date`] values (proleptic Gregorian calendar dates, no time zone); months are
//! added as calendar months, clamped to the month's last day (2024-02-29 + 12 months = 2025-02-28).
//! `Date` is the crate's own small type (earlier builds re-exported `jiff::civil::Date`): build one
//! with [`Date::new`] (an `Option`) or [`parse_date`]; it has only what these rules need.

pub mod benchmarks;
pub mod contract;
mod date;
pub mod kpi;
pub mod model_choice;
pub mod schedule;

use alloc::format;
use alloc::string::{String, ToString};

pub use date::Date;

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
    // The shape is checked above, so each field is plain ASCII digits; `Date::new` then
    // checks the calendar (2025-02-30 is refused).
    let field = |range: core::ops::Range<usize>| text.get(range).and_then(|s| s.parse::<i16>().ok());
    let (Some(year), Some(month), Some(day)) = (field(0..4), field(5..7), field(8..10)) else {
        return Err(invalid());
    };
    if !(YEARS.0..=YEARS.1).contains(&year) {
        return Err(invalid());
    }
    let (Ok(month), Ok(day)) = (i8::try_from(month), i8::try_from(day)) else { return Err(invalid()) };
    Date::new(year, month, day).ok_or_else(invalid)
}

/// `date` plus `months` calendar months, clamped to the end of a shorter month.
///
/// # Errors
/// [`Error::Internal`] past the calendar's years −9999 to 9999 ([`Date::MIN`], [`Date::MAX`]);
/// no request can reach it, as dates stop at 2199.
pub fn add_months(date: Date, months: i32) -> Result<Date, Error> {
    date.checked_add_months(months).ok_or_else(|| Error::Internal {
        detail: format!("{} + {months} months is past the calendar", date_text(date)),
    })
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
#[must_use]
pub fn days_between(from: Date, to: Date) -> i32 {
    from.days_until(to)
}

/// A date as the documents write it, `YYYY-MM-DD`.
#[must_use]
pub fn date_text(date: Date) -> String {
    date.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn months_clamp_to_the_end_of_a_shorter_month() {
        let d = |s| parse_date(s, "d").unwrap();
        assert_eq!(add_months(d("2024-02-29"), 12), Ok(d("2025-02-28")));
        assert_eq!(add_months(d("2025-01-31"), 1), Ok(d("2025-02-28")));
        assert_eq!(add_months(d("2025-04-01"), 36), Ok(d("2028-04-01")));
        assert_eq!(days_between(d("2025-01-01"), d("2025-04-02")), 91);
        assert_eq!(days_between(d("2025-04-02"), d("2025-01-01")), -91);
    }
}
