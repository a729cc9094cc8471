//! A calendar date in the proleptic Gregorian calendar: year, month and day, no time of
//! day and no time zone — all the commissioning rules need, without a date library.
//!
//! Dates run from [`Date::MIN`] (`-9999-01-01`) to [`Date::MAX`] (`9999-12-31`); every
//! operation that would leave that range returns `None`. Day arithmetic counts days from
//! 1970-01-01 with Howard Hinnant's `days_from_civil` / `civil_from_days` algorithms.

use core::fmt;

/// A calendar date (proleptic Gregorian), ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order matters: the derived `Ord` compares year, then month, then day.
    year: i16,
    month: i8,
    day: i8,
}

/// The first and last years a [`Date`] may have.
const YEAR_RANGE: (i16, i16) = (-9999, 9999);

/// Days from 0000-03-01 to 1970-01-01, the offset between the algorithms' epoch and ours.
const UNIX_EPOCH_DAYS: i32 = 719_468;
/// Days in a 400-year Gregorian cycle.
const DAYS_PER_ERA: i32 = 146_097;

/// Whether `year` is a leap year: divisible by 4, except centuries not divisible by 400.
const fn is_leap_year(year: i16) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The number of days in `month` (1–12) of `year`; 0 for a month outside 1–12.
const fn days_in_month(year: i16, month: i8) -> i8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The earliest date: `-9999-01-01`.
    pub const MIN: Self = Self { year: YEAR_RANGE.0, month: 1, day: 1 };
    /// The latest date: `9999-12-31`.
    pub const MAX: Self = Self { year: YEAR_RANGE.1, month: 12, day: 31 };

    /// The date `year`-`month`-`day`, or `None` when it is not on the calendar (month
    /// outside 1–12, day past the month's end such as 2025-02-29, year outside −9999–9999).
    #[must_use]
    pub const fn new(year: i16, month: i8, day: i8) -> Option<Self> {
        if year < YEAR_RANGE.0 || year > YEAR_RANGE.1 || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Self { year, month, day })
    }

    /// The year.
    #[must_use]
    pub const fn year(self) -> i16 {
        self.year
    }

    /// The month, 1–12.
    #[must_use]
    pub const fn month(self) -> i8 {
        self.month
    }

    /// The day of the month, 1–31.
    #[must_use]
    pub const fn day(self) -> i8 {
        self.day
    }

    /// This date plus `months` calendar months (minus, when negative), the day clamped to
    /// the end of a shorter month: 2024-02-29 + 12 months = 2025-02-28, 2025-01-31 + 1
    /// month = 2025-02-28. `None` when the result is past [`Date::MIN`] or [`Date::MAX`].
    #[must_use]
    pub fn checked_add_months(self, months: i32) -> Option<Self> {
        // Months since year 0, January; i64 holds any i16 year × 12 plus any i32.
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = i16::try_from(total.div_euclid(12)).ok()?;
        let month = i8::try_from(total.rem_euclid(12) + 1).ok()?;
        Self::new(year, month, self.day.min(days_in_month(year, month)))
    }

    /// This date plus `days` days (minus, when negative); `None` when the result is past
    /// [`Date::MIN`] or [`Date::MAX`].
    #[must_use]
    pub fn checked_add_days(self, days: i32) -> Option<Self> {
        let target = self.day_number().checked_add(days)?;
        if target < Self::MIN.day_number() || target > Self::MAX.day_number() {
            return None;
        }
        Self::from_day_number(target)
    }

    /// The day before; `None` for [`Date::MIN`].
    #[must_use]
    pub fn yesterday(self) -> Option<Self> {
        self.checked_add_days(-1)
    }

    /// Whole days from this date to `later` (negative when `later` is earlier).
    #[must_use]
    pub const fn days_until(self, later: Self) -> i32 {
        // Day numbers lie within ±3.7 million, so the difference cannot overflow.
        later.day_number() - self.day_number()
    }

    /// Days since 1970-01-01 (negative before it): `days_from_civil`.
    const fn day_number(self) -> i32 {
        let month = self.month as i32;
        // Years start in March, so February's leap day is the last day of the year.
        let year = self.year as i32 - if month <= 2 { 1 } else { 0 };
        let era = year.div_euclid(400);
        let year_of_era = year.rem_euclid(400);
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + self.day as i32 - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * DAYS_PER_ERA + day_of_era - UNIX_EPOCH_DAYS
    }

    /// The date `days` days after 1970-01-01: `civil_from_days`. The caller keeps `days`
    /// within [`Date::MIN`]..=[`Date::MAX`], so nothing overflows.
    fn from_day_number(days: i32) -> Option<Self> {
        let days = days + UNIX_EPOCH_DAYS;
        let era = days.div_euclid(DAYS_PER_ERA);
        let day_of_era = days.rem_euclid(DAYS_PER_ERA);
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
        let year = year_of_era + era * 400 + if month <= 2 { 1 } else { 0 };
        Self::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, i8::try_from(day).ok()?)
    }
}

/// `YYYY-MM-DD`, as the documents write dates (a year before 1 with a leading `-`, as
/// ISO 8601 writes it: `-0001-01-01`).
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.year < 0 { "-" } else { "" };
        write!(f, "{sign}{:04}-{:02}-{:02}", self.year.unsigned_abs(), self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::indexing_slicing,
        reason = "test code: a broken assumption should fail the test"
    )]

    use super::*;
    use alloc::string::ToString;
    use proptest::prelude::*;

    fn d(year: i16, month: i8, day: i8) -> Date {
        Date::new(year, month, day).unwrap()
    }

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert!(!is_leap_year(1900) && !is_leap_year(2100) && !is_leap_year(2025) && !is_leap_year(-1));
        assert!(is_leap_year(2000) && is_leap_year(2024) && is_leap_year(1600) && is_leap_year(0) && is_leap_year(-4));
        assert_eq!(Date::new(2024, 2, 29).map(Date::day), Some(29));
        assert_eq!(Date::new(2000, 2, 29).map(Date::day), Some(29));
        assert_eq!(Date::new(2025, 2, 29), None);
        assert_eq!(Date::new(1900, 2, 29), None);
    }

    #[test]
    fn new_refuses_dates_off_the_calendar() {
        for (y, m, day) in [(2025, 4, 31), (2025, 13, 1), (2025, 0, 1), (2025, 1, 0), (2025, 1, 32), (2025, -1, 1)] {
            assert_eq!(Date::new(y, m, day), None, "{y}-{m}-{day}");
        }
        assert_eq!(Date::new(10_000, 1, 1), None);
        assert_eq!(Date::new(-10_000, 12, 31), None);
        assert_eq!(Date::new(9999, 12, 31), Some(Date::MAX));
        assert_eq!(Date::new(-9999, 1, 1), Some(Date::MIN));
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
        assert_eq!(d(2024, 2, 29).checked_add_months(12), Some(d(2025, 2, 28)));
        assert_eq!(d(2024, 2, 29).checked_add_months(48), Some(d(2028, 2, 29)));
        assert_eq!(d(2025, 1, 31).checked_add_months(1), Some(d(2025, 2, 28)));
        assert_eq!(d(2024, 1, 31).checked_add_months(1), Some(d(2024, 2, 29)));
        assert_eq!(d(2025, 3, 31).checked_add_months(1), Some(d(2025, 4, 30)));
        assert_eq!(d(2025, 3, 31).checked_add_months(-1), Some(d(2025, 2, 28)));
        assert_eq!(d(2025, 11, 15).checked_add_months(2), Some(d(2026, 1, 15)));
        assert_eq!(d(2025, 1, 15).checked_add_months(-1), Some(d(2024, 12, 15)));
        assert_eq!(d(2025, 4, 1).checked_add_months(0), Some(d(2025, 4, 1)));
        assert_eq!(d(2025, 4, 1).checked_add_months(-24_303), Some(d(0, 1, 1)));
        assert_eq!(d(2025, 4, 1).checked_add_months(-24_315), Some(d(-1, 1, 1)));
    }

    #[test]
    fn months_stop_at_the_ends_of_the_calendar() {
        assert_eq!(d(9999, 12, 1).checked_add_months(1), None);
        assert_eq!(d(9999, 11, 30).checked_add_months(1), Some(d(9999, 12, 30)));
        assert_eq!(Date::MIN.checked_add_months(-1), None);
        assert_eq!(Date::MIN.checked_add_months(i32::MAX), None);
        assert_eq!(Date::MAX.checked_add_months(i32::MIN), None);
    }

    #[test]
    fn days_between_dates() {
        // Each checked against Python's `datetime.date` subtraction.
        assert_eq!(d(1970, 1, 1).day_number(), 0);
        assert_eq!(d(2024, 1, 1).days_until(d(2025, 1, 1)), 366);
        assert_eq!(d(2025, 1, 1).days_until(d(2026, 1, 1)), 365);
        assert_eq!(d(2024, 2, 28).days_until(d(2024, 3, 1)), 2);
        assert_eq!(d(2025, 2, 28).days_until(d(2025, 3, 1)), 1);
        assert_eq!(d(1900, 2, 28).days_until(d(1900, 3, 1)), 1);
        assert_eq!(d(2000, 2, 28).days_until(d(2000, 3, 1)), 2);
        assert_eq!(d(1900, 1, 1).days_until(d(2199, 12, 31)), 109_572);
        assert_eq!(d(2199, 12, 31).days_until(d(1900, 1, 1)), -109_572);
        assert_eq!(d(2025, 1, 1).days_until(d(2025, 4, 2)), 91);
        assert_eq!(d(2025, 4, 2).days_until(d(2025, 4, 2)), 0);
        assert_eq!(d(1, 1, 1).days_until(d(9999, 12, 31)), 3_652_058);
        assert_eq!(d(1, 1, 1).day_number(), -719_162);
        assert_eq!(Date::MIN.days_until(Date::MAX), 7_304_483);
        assert_eq!((Date::MIN.day_number(), Date::MAX.day_number()), (-4_371_587, 2_932_896));
    }

    #[test]
    fn days_are_added_across_months_and_years() {
        assert_eq!(d(2024, 2, 28).checked_add_days(1), Some(d(2024, 2, 29)));
        assert_eq!(d(2025, 2, 28).checked_add_days(1), Some(d(2025, 3, 1)));
        assert_eq!(d(2024, 12, 31).checked_add_days(1), Some(d(2025, 1, 1)));
        assert_eq!(d(2025, 1, 1).checked_add_days(-1), Some(d(2024, 12, 31)));
        assert_eq!(d(1900, 1, 1).checked_add_days(109_572), Some(d(2199, 12, 31)));
        assert_eq!(d(2025, 3, 1).yesterday(), Some(d(2025, 2, 28)));
        assert_eq!(Date::MIN.yesterday(), None);
        assert_eq!(Date::MAX.checked_add_days(1), None);
        assert_eq!(Date::MAX.checked_add_days(i32::MAX), None);
        assert_eq!(Date::MIN.checked_add_days(i32::MIN), None);
    }

    #[test]
    fn dates_display_as_iso_text() {
        assert_eq!(d(2025, 4, 1).to_string(), "2025-04-01");
        assert_eq!(d(900, 12, 31).to_string(), "0900-12-31");
        assert_eq!(d(-1, 1, 1).to_string(), "-0001-01-01");
    }

    /// The reference: the day after `date`, by the calendar rules alone.
    fn next_day(date: Date) -> Date {
        let (y, m, day) = (date.year, date.month, date.day);
        if day < days_in_month(y, m) {
            d(y, m, day + 1)
        } else if m < 12 {
            d(y, m + 1, 1)
        } else {
            d(y + 1, 1, 1)
        }
    }

    fn date() -> impl Strategy<Value = Date> {
        (1800i16..=2300, 1i8..=12, 1i8..=31).prop_map(|(y, m, day)| d(y, m, day.min(days_in_month(y, m))))
    }

    proptest! {
        #[test]
        fn days_match_counting_day_by_day(start in date(), steps in 0i32..800) {
            let mut walked = start;
            for _ in 0..steps {
                walked = next_day(walked);
            }
            prop_assert_eq!(start.checked_add_days(steps), Some(walked));
            prop_assert_eq!(start.days_until(walked), steps);
            prop_assert_eq!(walked.days_until(start), -steps);
            prop_assert_eq!(walked.checked_add_days(-steps), Some(start));
            prop_assert_eq!(start < walked, steps > 0);
        }

        #[test]
        fn months_match_stepping_month_by_month(start in date(), months in -400i32..400) {
            // The reference: step whole months by hand, then clamp the day.
            let (mut y, mut m) = (start.year, start.month);
            for _ in 0..months.unsigned_abs() {
                (y, m) = match (months > 0, m) {
                    (true, 12) => (y + 1, 1),
                    (true, _) => (y, m + 1),
                    (false, 1) => (y - 1, 12),
                    (false, _) => (y, m - 1),
                };
            }
            let expected = d(y, m, start.day.min(days_in_month(y, m)));
            let added = start.checked_add_months(months).unwrap();
            prop_assert_eq!(added, expected);
            // Adding months moves the date the way the day count says, in the same direction.
            prop_assert_eq!(start.days_until(added).signum(), months.signum());
            prop_assert_eq!(added.checked_add_days(added.days_until(start)), Some(start));
        }

        #[test]
        fn day_numbers_round_trip(days in Date::MIN.day_number()..=Date::MAX.day_number()) {
            let date = Date::from_day_number(days).unwrap();
            prop_assert_eq!(date.day_number(), days);
            prop_assert_eq!(Date::new(date.year, date.month, date.day), Some(date));
        }
    }
}
