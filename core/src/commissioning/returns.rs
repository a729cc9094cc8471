//! Outcome returns for a reporting period: the KPIs of [`super::kpi`] counted from client
//! records by the dates that fall in the period, under outcome definitions a commissioner
//! sets, every record accounted for.
//!
//! Each count is of the events dated in the period (a quarter is the common case):
//!
//! | KPI | numerator: records whose … falls in the period | denominator: records whose … falls in the period |
//! |-----|------------------------------------------------|--------------------------------------------------|
//! | `access` | start | referral |
//! | `job_entry` | job entry: the first job that counts (of at least the definition's hours), on or after the start | start (only those out of work at the start, when the definition says so) |
//! | `sustainment` | sustainment date, when the job entrant sustained by the definition | sustainment date: the job entry + the definition's weeks |
//! | `wellbeing_measured_at_start` | start, with a SWEMWBS total at the start | start |
//! | `wellbeing_change` | — (a mean, not a rate) | start, with SWEMWBS totals at the start and the end: the records averaged |
//!
//! The records date neither SWEMWBS measurement, so the wellbeing change of a period is that of
//! the people who started in it and have been measured at both ends; as the other wellbeing
//! KPI, it follows the starts. A period's starters without both totals are left out of the
//! change (`not_measured_at_both_ends`), and are in the measured-at-start KPI's denominator.
//! These readings are set out with the sources' words as the `returns_*` rows of
//! [`crate::interpretation`].
//!
//! So the numerator need not be part of the denominator (a job entry in this quarter may be
//! of someone who started in the last): these are the period's flows, as a return reports
//! them. Every record outside a KPI's numerator and denominator is listed with the reason.
//!
//! **Definitions.** Who is in the job entry denominator (all starters, or only those out of
//! work at the start), what counts as a job entry (paid work of at least N hours a week, or
//! any paid work), and when a job counts as sustained: in continuous work N weeks after the job
//! entry, or in work for N of the M weeks after it. The presets are the two benchmark sets'
//! definitions, as far as they print them: `001` "At least 40% of starters into paid
//! employment" and "sustain employment beyond 13 weeks" (26 for SEQF); `000` a "job start
//! target of 40%" and a "13 weeks job sustainment rate" (26 for SEQF). Both read as all
//! starters, any paid work, still in work 13 (26) weeks after the job entry; the two presets
//! differ in their targets, not their definitions. Neither source prints an hours threshold,
//! an out-of-work denominator or an "N of M weeks" rule: those are the commissioner's. Under a
//! definition other than the set's, the job entry and sustainment rates are reported but not
//! judged against the set's targets (`not_judged`), which were written for its definitions.
//!
//! A return measures sustainment from the job entry it dates, where [`super::kpi`] (a
//! service's record to date) counts anyone with a spell of work that lasted the horizon: the
//! two can differ for someone whose first job ended early and a later one lasted.

use alloc::vec::Vec;

use crate::error::Error;

use super::benchmarks::BenchmarkSetId;
use super::kpi::{ClientRecord, Job, KpiId, KpiReport, ServiceFigures};
use super::{Date, Model, Period, add_days, days_between};

/// Who is in the job entry rate's denominator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Denominator {
    /// Everyone who started in the period.
    AllStarters,
    /// Only those who started in the period out of work.
    OutOfWorkAtStart,
}

/// When a job entry counts as sustained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SustainedRule {
    /// In continuous work on the day `weeks` weeks after the job entry.
    StillInWorkAfter {
        /// The weeks.
        weeks: u16,
    },
    /// In work for at least `weeks` of the `of` weeks after the job entry (days in work,
    /// counted in whole weeks of 7 days).
    InWorkWeeksOf {
        /// The weeks in work needed.
        weeks: u16,
        /// The weeks looked at.
        of: u16,
    },
}

impl Denominator {
    /// Every denominator.
    pub const ALL: [Self; 2] = [Self::AllStarters, Self::OutOfWorkAtStart];

    /// The stable id: `all_starters` or `out_of_work_at_start`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::AllStarters => "all_starters",
            Self::OutOfWorkAtStart => "out_of_work_at_start",
        }
    }

    /// The denominator with id `id`.
    ///
    /// # Errors
    /// [`Error::UnknownValue`] naming `field` and the ids accepted.
    pub fn from_id(id: &str, field: &str) -> Result<Self, Error> {
        Self::ALL.into_iter().find(|d| d.id() == id).ok_or_else(|| Error::UnknownValue {
            field: field.into(),
            value: id.into(),
            accepted: Self::ALL.map(Self::id).join(", "),
        })
    }
}

impl SustainedRule {
    /// The stable id: `still_in_work_after` or `in_work_weeks_of`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::StillInWorkAfter { .. } => "still_in_work_after",
            Self::InWorkWeeksOf { .. } => "in_work_weeks_of",
        }
    }

    /// The weeks from the job entry to the day the outcome is known.
    #[must_use]
    pub const fn horizon_weeks(self) -> u16 {
        match self {
            Self::StillInWorkAfter { weeks } => weeks,
            Self::InWorkWeeksOf { of, .. } => of,
        }
    }
}

/// The outcome definitions of a return.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Definition {
    /// Who is in the job entry denominator.
    pub denominator: Denominator,
    /// The least hours a week of a job that counts as a job entry; `None` for any paid work.
    pub job_entry_min_hours: Option<f64>,
    /// When a job entry is sustained.
    pub sustained: SustainedRule,
}

impl Definition {
    /// The definitions of a benchmark set for a model: all starters, any paid work, still in
    /// work at the set's sustainment horizon (13 or 26 weeks).
    #[must_use]
    pub fn preset(set: BenchmarkSetId, model: Model) -> Self {
        let weeks = set.for_model(model).sustainment.value.horizon_weeks;
        Self {
            denominator: Denominator::AllStarters,
            job_entry_min_hours: None,
            sustained: SustainedRule::StillInWorkAfter { weeks },
        }
    }

    /// Checks the numbers: hours 0 or more; weeks 1 or more, and no more than the weeks looked
    /// at. Fields are named under `path`.
    ///
    /// # Errors
    /// [`Error::NegativeValue`], [`Error::ValueOutOfRange`].
    pub fn validate(&self, path: &str) -> Result<(), Error> {
        if let Some(hours) = self.job_entry_min_hours.filter(|h| *h < 0.0) {
            return Err(Error::NegativeValue {
                field: alloc::format!("{path}.job_entry_min_hours"),
                value: hours,
                accepted: "hours a week, 0 or more",
            });
        }
        let (weeks, of) = match self.sustained {
            SustainedRule::StillInWorkAfter { weeks } => (weeks, weeks),
            SustainedRule::InWorkWeeksOf { weeks, of } => (weeks, of),
        };
        if weeks == 0 || weeks > of {
            return Err(Error::ValueOutOfRange {
                field: alloc::format!("{path}.sustained"),
                value: f64::from(weeks),
                accepted: "1 or more weeks, and no more than the weeks looked at",
            });
        }
        Ok(())
    }
}

/// Why a record is in neither the numerator nor the denominator of a KPI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Referred outside the period.
    ReferralOutsidePeriod,
    /// Not started.
    NotStarted,
    /// Started outside the period.
    StartOutsidePeriod,
    /// Started in work (the definition counts only those out of work at the start).
    InWorkAtStart,
    /// Whether out of work at the start is not recorded (the definition needs it).
    WorkAtStartNotRecorded,
    /// No job on or after the start.
    NoJobEntry,
    /// Jobs on or after the start, all under the definition's least hours.
    JobUnderMinHours,
    /// Jobs on or after the start, but the hours of those not under the least are not
    /// recorded (the definition needs them).
    JobHoursNotRecorded,
    /// The sustainment date (job entry + the definition's weeks) is outside the period.
    SustainmentDateOutsidePeriod,
    /// Started in the period without SWEMWBS totals at both the start and the end (the
    /// wellbeing change): not measured at the start, or not (yet) at the end.
    NotMeasuredAtBothEnds,
}

impl Reason {
    /// The stable id.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::ReferralOutsidePeriod => "referral_outside_period",
            Self::NotStarted => "not_started",
            Self::StartOutsidePeriod => "start_outside_period",
            Self::InWorkAtStart => "in_work_at_start",
            Self::WorkAtStartNotRecorded => "work_at_start_not_recorded",
            Self::NoJobEntry => "no_job_entry",
            Self::JobUnderMinHours => "job_under_min_hours",
            Self::JobHoursNotRecorded => "job_hours_not_recorded",
            Self::SustainmentDateOutsidePeriod => "sustainment_date_outside_period",
            Self::NotMeasuredAtBothEnds => "not_measured_at_both_ends",
        }
    }
}

/// The records behind one rate KPI, by id (borrowed from the records).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account<'r> {
    /// The KPI.
    pub kpi: KpiId,
    /// The ids of the records in the numerator.
    pub numerator: Vec<&'r str>,
    /// The ids of the records in the denominator.
    pub denominator: Vec<&'r str>,
    /// The ids of the records in neither, each with the reason.
    pub left_out: Vec<(&'r str, Reason)>,
}

/// A return for a reporting period: the KPIs, the definition used and the records behind each
/// rate.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodReturn<'r> {
    /// The first day of the period.
    pub from: Date,
    /// The last day.
    pub to: Date,
    /// The definitions used.
    pub definition: Definition,
    /// The KPIs, judged against the benchmark set.
    pub report: KpiReport,
    /// The records behind `access`, `job_entry`, `sustainment`, `wellbeing_measured_at_start`
    /// and `wellbeing_change` (whose denominator is the records averaged; it has no numerator).
    pub accounts: Vec<Account<'r>>,
}

/// The first job of `record` that counts as a job entry under `definition`: on or after the
/// start, of at least the definition's hours (a job whose hours are not recorded does not
/// count when hours are asked for).
fn job_entry(record: &ClientRecord, start: Date, definition: &Definition) -> Option<Date> {
    record
        .jobs
        .iter()
        .filter(|j| j.start >= start)
        .filter(|j| definition.job_entry_min_hours.is_none_or(|min| j.hours_per_week.is_some_and(|h| h >= min)))
        .map(|j| j.start)
        .min()
}

/// Why `record` has no job entry under `definition`.
fn no_entry_reason(record: &ClientRecord, start: Date, definition: &Definition) -> Reason {
    let after: Vec<&Job> = record.jobs.iter().filter(|j| j.start >= start).collect();
    if after.is_empty() || definition.job_entry_min_hours.is_none() {
        return Reason::NoJobEntry;
    }
    if after.iter().any(|j| j.hours_per_week.is_none()) {
        Reason::JobHoursNotRecorded
    } else {
        Reason::JobUnderMinHours
    }
}

/// Whether the jobs that count keep the person in work as `rule` asks, from `entry`, with jobs
/// running to `to` at the latest.
fn sustained(jobs: &[Job], entry: Date, rule: SustainedRule, min_hours: Option<f64>, to: Date) -> bool {
    let counts = |j: &&Job| min_hours.is_none_or(|min| j.hours_per_week.is_some_and(|h| h >= min));
    match rule {
        SustainedRule::StillInWorkAfter { weeks } => {
            // In continuous work from the entry to the day: spells merged as in `kpi`.
            let Some(day) = add_days(entry, i32::from(weeks) * 7) else { return false };
            let mut reached = entry;
            let mut jobs: Vec<&Job> = jobs.iter().filter(counts).filter(|j| j.start >= entry).collect();
            jobs.sort_unstable_by_key(|j| j.start);
            for job in jobs {
                if days_between(reached, job.start) > 1 {
                    break;
                }
                reached = reached.max(job.end.unwrap_or(to));
                if reached >= day {
                    return true;
                }
            }
            false
        }
        SustainedRule::InWorkWeeksOf { weeks, of } => {
            let Some(end) = add_days(entry, i32::from(of) * 7) else { return false };
            // Days in work in [entry, end), overlapping jobs counted once.
            let mut spans: Vec<(Date, Date)> = jobs
                .iter()
                .filter(counts)
                .filter_map(|j| {
                    let (s, e) = (j.start.max(entry), j.end.map_or(to, |e| e.min(to)));
                    let e = add_days(e, 1)?.min(end);
                    (s < e).then_some((s, e))
                })
                .collect();
            spans.sort_unstable();
            let (mut days, mut covered) = (0i32, entry);
            for (s, e) in spans {
                let s = s.max(covered);
                if e > s {
                    days += days_between(s, e);
                    covered = e;
                }
            }
            days >= i32::from(weeks) * 7
        }
    }
}

/// The return of `records` for the period `from` to `to` (both included) under `definition`,
/// judged against `set`'s benchmarks for `model`.
///
/// # Errors
/// A period ending before it starts or longer than ten years ([`Period::new`]), a definition's numbers out
/// of range, and every fault of the records as [`super::kpi::kpis_from_records`] finds them
/// but one: a record may hold dates after the period.
pub fn period_return<'r>(
    set: BenchmarkSetId,
    model: Model,
    from: Date,
    to: Date,
    records: &'r [ClientRecord],
    definition: &Definition,
    figures: &ServiceFigures,
) -> Result<PeriodReturn<'r>, Error> {
    let period = Period::new(from, to)?;
    definition.validate("definition")?;
    // The records' own checks; they may hold events after the period (left out of it).
    super::kpi::check_records(records, Date::MAX)?;
    let within = |date: Date| period.contains(date);
    let mut access =
        Account { kpi: KpiId::Access, numerator: Vec::new(), denominator: Vec::new(), left_out: Vec::new() };
    let mut entry_rate = Account { kpi: KpiId::JobEntry, ..access.clone() };
    let mut sustainment = Account { kpi: KpiId::Sustainment, ..access.clone() };
    let mut measured = Account { kpi: KpiId::WellbeingMeasuredAtStart, ..access.clone() };
    let mut change = Account { kpi: KpiId::WellbeingChange, ..access.clone() };
    let mut change_hundredths = 0i64;
    let horizon = i32::from(definition.sustained.horizon_weeks()) * 7;
    for record in records {
        let id = || record.id.as_str();
        // Access: referrals in the period over starts in the period.
        let referred = within(record.referral);
        let started = record.start.filter(|s| within(*s));
        if referred {
            access.denominator.push(id());
        }
        if started.is_some() {
            access.numerator.push(id());
        }
        if !referred && started.is_none() {
            let reason =
                if record.start.is_some() { Reason::StartOutsidePeriod } else { Reason::ReferralOutsidePeriod };
            access.left_out.push((id(), reason));
        }
        // Wellbeing: the period's starters, measured at the start; the change of those measured
        // at both ends.
        if started.is_some() {
            measured.denominator.push(id());
            if record.swemwbs_start.is_some() {
                measured.numerator.push(id());
            }
            match super::kpi::metric_change(record) {
                Some(hundredths) => {
                    change_hundredths += hundredths;
                    change.denominator.push(id());
                }
                None => change.left_out.push((id(), Reason::NotMeasuredAtBothEnds)),
            }
        } else {
            let reason = if record.start.is_some() { Reason::StartOutsidePeriod } else { Reason::NotStarted };
            measured.left_out.push((id(), reason));
            change.left_out.push((id(), reason));
        }
        // Job entry: starts in the period (out of work, if asked) over job entries in it.
        let Some(start) = record.start else {
            entry_rate.left_out.push((id(), Reason::NotStarted));
            sustainment.left_out.push((id(), Reason::NotStarted));
            continue;
        };
        // Who the definition counts, by their situation at the start (whatever its date).
        let counted = match (definition.denominator, record.out_of_work_at_start) {
            (Denominator::AllStarters, _) | (Denominator::OutOfWorkAtStart, Some(true)) => Ok(()),
            (Denominator::OutOfWorkAtStart, Some(false)) => Err(Reason::InWorkAtStart),
            (Denominator::OutOfWorkAtStart, None) => Err(Reason::WorkAtStartNotRecorded),
        };
        let in_denominator = match started {
            Some(_) => counted,
            None => Err(Reason::StartOutsidePeriod),
        };
        let entry = job_entry(record, start, definition);
        // A job entry in the period counts only for someone the denominator would count.
        let entered = entry.filter(|e| within(*e) && counted.is_ok());
        if in_denominator.is_ok() {
            entry_rate.denominator.push(id());
        }
        if entered.is_some() {
            entry_rate.numerator.push(id());
        }
        if let (Err(reason), None) = (in_denominator, entered) {
            entry_rate.left_out.push((id(), reason));
        }
        // Sustainment: job entries whose sustainment date falls in the period.
        let entry = match (entry, counted) {
            (_, Err(reason)) => {
                sustainment.left_out.push((id(), reason));
                continue;
            }
            (None, Ok(())) => {
                sustainment.left_out.push((id(), no_entry_reason(record, start, definition)));
                continue;
            }
            (Some(entry), Ok(())) => entry,
        };
        match add_days(entry, horizon).filter(|d| within(*d)) {
            Some(_) => {
                sustainment.denominator.push(id());
                if sustained(&record.jobs, entry, definition.sustained, definition.job_entry_min_hours, to) {
                    sustainment.numerator.push(id());
                }
            }
            None => sustainment.left_out.push((id(), Reason::SustainmentDateOutsidePeriod)),
        }
    }
    let count = |ids: &[&str]| u32::try_from(ids.len()).unwrap_or(u32::MAX);
    let pair = |a: &Account<'_>| (count(&a.numerator), count(&a.denominator));
    let benchmarks = set.for_model(model);
    let mut kpis = super::kpi::rates_of(benchmarks, pair(&access), pair(&entry_rate), pair(&sustainment));
    // The set's job entry and sustainment targets are written for its own definitions: under
    // others the rates are reported, not judged against them.
    if *definition != Definition::preset(set, model) {
        for kpi in kpis.iter_mut().filter(|k| matches!(k.id, KpiId::JobEntry | KpiId::Sustainment)) {
            kpi.not_judged();
        }
    }
    super::kpi::figures(benchmarks, figures, &mut kpis);
    let (measured_pair, changes) = (pair(&measured), count(&change.denominator));
    super::kpi::wellbeing(benchmarks, measured_pair, (change_hundredths, changes), &mut kpis);
    Ok(PeriodReturn {
        from,
        to,
        definition: *definition,
        report: KpiReport { set: benchmarks, kpis, records: None },
        accounts: Vec::from([access, entry_rate, sustainment, measured, change]),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "test code: a broken assumption should fail the test")]

    use super::*;
    use crate::commissioning::parse_date;
    use alloc::string::String;
    use alloc::vec;

    fn d(text: &str) -> Date {
        parse_date(text, "date").unwrap()
    }

    fn job(start: &str, end: Option<&str>, hours: Option<f64>) -> Job {
        Job { start: d(start), end: end.map(d), hours_per_week: hours }
    }

    fn record(
        id: &str,
        referral: &str,
        start: Option<&str>,
        out_of_work: Option<bool>,
        jobs: Vec<Job>,
    ) -> ClientRecord {
        ClientRecord {
            id: id.into(),
            referral: d(referral),
            start: start.map(d),
            jobs,
            swemwbs_start: None,
            swemwbs_end: None,
            out_of_work_at_start: out_of_work,
        }
    }

    /// Six clients around the second quarter of 2025 (2025-04-01 to 06-30).
    fn clients() -> Vec<ClientRecord> {
        vec![
            record("r1", "2025-03-20", Some("2025-04-02"), Some(true), vec![job("2025-04-20", None, Some(20.0))]),
            record("r2", "2025-04-03", Some("2025-04-10"), Some(false), vec![job("2025-05-01", None, Some(8.0))]),
            record("r3", "2025-04-15", None, None, vec![]),
            record("r4", "2024-10-01", Some("2024-10-08"), Some(true), vec![job("2025-01-02", None, Some(30.0))]),
            record(
                "r5",
                "2024-11-01",
                Some("2024-11-05"),
                Some(true),
                vec![job("2025-01-10", Some("2025-02-28"), None)],
            ),
            record("r6", "2025-05-01", Some("2025-05-05"), None, vec![]),
        ]
    }

    /// The return of the clients above for the second quarter of 2025. The records are
    /// leaked so that the accounts may borrow them for the test's length.
    fn run(definition: &Definition) -> PeriodReturn<'static> {
        let set = BenchmarkSetId::CommissioningGuide2024;
        let records: &'static [ClientRecord] = Vec::leak(clients());
        let (from, to) = (d("2025-04-01"), d("2025-06-30"));
        period_return(set, Model::Ips, from, to, records, definition, &ServiceFigures::default()).unwrap()
    }

    fn ids<'a>(list: &[&'a str]) -> Vec<&'a str> {
        list.to_vec()
    }

    fn left<'a>(account: &Account<'a>) -> Vec<(&'a str, &'static str)> {
        account.left_out.iter().map(|(id, r)| (*id, r.id())).collect()
    }

    #[test]
    fn the_commissioning_guide_counts_the_quarters_events() {
        let definition = Definition::preset(BenchmarkSetId::CommissioningGuide2024, Model::Ips);
        assert_eq!(definition.sustained, SustainedRule::StillInWorkAfter { weeks: 13 });
        let r = run(&definition);
        let [access, entry, sustained] = [&r.accounts[0], &r.accounts[1], &r.accounts[2]];
        // Starts in the quarter over referrals in it.
        assert_eq!(
            (ids(&access.numerator), ids(&access.denominator)),
            (vec!["r1", "r2", "r6"], vec!["r2", "r3", "r6"])
        );
        assert_eq!(left(access), [("r4", "start_outside_period"), ("r5", "start_outside_period")]);
        // Job entries in the quarter over starts in it.
        assert_eq!((ids(&entry.numerator), ids(&entry.denominator)), (vec!["r1", "r2"], vec!["r1", "r2", "r6"]));
        assert_eq!(
            left(entry),
            [("r3", "not_started"), ("r4", "start_outside_period"), ("r5", "start_outside_period")]
        );
        // Sustainment dates in the quarter: r4 (2025-01-02 + 91 days = 04-03, still in work),
        // r5 (01-10 + 91 = 04-11, left on 02-28).
        assert_eq!((ids(&sustained.numerator), ids(&sustained.denominator)), (vec!["r4"], vec!["r4", "r5"]));
        assert_eq!(
            left(sustained),
            [
                ("r1", "sustainment_date_outside_period"),
                ("r2", "sustainment_date_outside_period"),
                ("r3", "not_started"),
                ("r6", "no_job_entry")
            ]
        );
        let value = |id: KpiId| r.report.kpi(id).and_then(|k| k.value);
        assert_eq!(value(KpiId::Access), Some(1.0));
        assert_eq!(value(KpiId::JobEntry), Some(2.0 / 3.0));
        assert_eq!(value(KpiId::Sustainment), Some(0.5));
    }

    #[test]
    fn a_commissioners_definitions_change_who_counts() {
        let definition = Definition {
            denominator: Denominator::OutOfWorkAtStart,
            job_entry_min_hours: Some(16.0),
            sustained: SustainedRule::StillInWorkAfter { weeks: 13 },
        };
        let r = run(&definition);
        let entry = &r.accounts[1];
        // r2's 8-hour job is no job entry; r2 was in work at the start; r6 did not say.
        assert_eq!((ids(&entry.numerator), ids(&entry.denominator)), (vec!["r1"], vec!["r1"]));
        assert!(left(entry).contains(&("r2", "in_work_at_start")));
        assert!(left(entry).contains(&("r6", "work_at_start_not_recorded")));
        // r5's job records no hours, so it is no job entry under a threshold; r2's is under it
        // (and r2 was in work at the start, which the denominator asks first).
        assert!(left(&r.accounts[2]).contains(&("r5", "job_hours_not_recorded")));
        assert!(left(&r.accounts[2]).contains(&("r2", "in_work_at_start")));
        assert_eq!(ids(&r.accounts[2].denominator), ["r4"]);
        // The set's targets are for its own definitions: these rates are not judged.
        let status = |id: KpiId| r.report.kpi(id).map(|k| k.status.id());
        assert_eq!((status(KpiId::Access), status(KpiId::JobEntry)), (Some("met"), Some("not_judged")));
        let under = Definition { denominator: Denominator::AllStarters, ..definition };
        let r = run(&under);
        assert!(left(&r.accounts[2]).contains(&("r2", "job_under_min_hours")));
        // An in-work starter's job entry no longer counts where the denominator leaves them
        // out, so the rate cannot pass 100%.
        let out_of_work = Definition { job_entry_min_hours: None, ..definition };
        let r = run(&out_of_work);
        assert_eq!((ids(&r.accounts[1].numerator), ids(&r.accounts[1].denominator)), (vec!["r1"], vec!["r1"]));
    }

    #[test]
    fn in_work_for_n_of_m_weeks() {
        // r5 worked 2025-01-10 to 02-28, 50 days, in the 13 weeks after entry: 7 weeks (49
        // days) of 13 sustain, 8 (56) do not.
        let rule = |weeks| Definition {
            sustained: SustainedRule::InWorkWeeksOf { weeks, of: 13 },
            ..Definition::preset(BenchmarkSetId::CommissioningGuide2024, Model::Ips)
        };
        assert_eq!(ids(&run(&rule(7)).accounts[2].numerator), ["r4", "r5"]);
        assert_eq!(ids(&run(&rule(8)).accounts[2].numerator), ["r4"]);
    }

    #[test]
    fn events_after_the_period_are_left_out_not_refused() {
        let mut later = clients();
        later.push(record("r7", "2025-07-15", Some("2025-07-20"), Some(true), vec![job("2025-08-01", None, None)]));
        let set = BenchmarkSetId::CommissioningGuide2024;
        let definition = Definition::preset(set, Model::Ips);
        let r = period_return(
            set,
            Model::Ips,
            d("2025-04-01"),
            d("2025-06-30"),
            &later,
            &definition,
            &ServiceFigures::default(),
        )
        .unwrap();
        assert!(left(&r.accounts[0]).contains(&("r7", "start_outside_period")));
        assert_eq!(ids(&r.accounts[0].denominator), ["r2", "r3", "r6"], "no figure changes");
    }

    #[test]
    fn the_wellbeing_of_the_periods_starters() {
        let mut records = clients();
        // r1 and r2 started in the quarter, r4 before it.
        let scores = [("r1", Some(20), Some(25)), ("r2", Some(20), None), ("r4", Some(19), Some(27))];
        for (id, start, end) in scores {
            let record = records.iter_mut().find(|r| r.id == id).unwrap();
            (record.swemwbs_start, record.swemwbs_end) = (start, end);
        }
        let set = BenchmarkSetId::CommissioningGuide2024;
        let definition = Definition::preset(set, Model::Ips);
        let (from, to) = (d("2025-04-01"), d("2025-06-30"));
        let r = period_return(set, Model::Ips, from, to, &records, &definition, &ServiceFigures::default()).unwrap();
        let [measured, change] = [&r.accounts[3], &r.accounts[4]];
        assert_eq!((measured.kpi, change.kpi), (KpiId::WellbeingMeasuredAtStart, KpiId::WellbeingChange));
        assert_eq!((ids(&measured.numerator), ids(&measured.denominator)), (vec!["r1", "r2"], vec!["r1", "r2", "r6"]));
        assert_eq!(
            left(measured),
            [("r3", "not_started"), ("r4", "start_outside_period"), ("r5", "start_outside_period")]
        );
        // Only r1 was measured at both ends: raw 20 → 25 is metric 18.59 → 22.35, 3.76. r4's
        // change (before the period) does not count.
        assert_eq!((ids(&change.numerator), ids(&change.denominator)), (vec![], vec!["r1"]));
        assert_eq!(
            left(change),
            [
                ("r2", "not_measured_at_both_ends"),
                ("r3", "not_started"),
                ("r4", "start_outside_period"),
                ("r5", "start_outside_period"),
                ("r6", "not_measured_at_both_ends")
            ]
        );
        let kpi = |id: KpiId| r.report.kpi(id).unwrap();
        assert_eq!(kpi(KpiId::WellbeingChange).value, Some(3.76));
        assert_eq!(kpi(KpiId::WellbeingChange).denominator, Some(1));
        // 001 asks for every client: two of the three starters is not met.
        let at_start = kpi(KpiId::WellbeingMeasuredAtStart);
        assert_eq!((at_start.numerator, at_start.denominator, at_start.status.id()), (Some(2), Some(3), "not_met"));
    }

    /// Under every definition, each record is in each account: in its numerator or
    /// denominator, or left out with a reason.
    #[test]
    fn every_record_is_in_every_account() {
        let preset = Definition::preset(BenchmarkSetId::CommissioningGuide2024, Model::Ips);
        let definitions = [
            preset,
            Definition { denominator: Denominator::OutOfWorkAtStart, job_entry_min_hours: Some(16.0), ..preset },
            Definition { sustained: SustainedRule::InWorkWeeksOf { weeks: 7, of: 13 }, ..preset },
        ];
        for definition in &definitions {
            let r = run(definition);
            assert_eq!(r.accounts.len(), 5);
            for account in &r.accounts {
                for record in clients() {
                    let id = record.id.as_str();
                    let times = |list: &[&str]| list.iter().filter(|n| **n == id).count();
                    let (numerator, denominator) = (times(&account.numerator), times(&account.denominator));
                    let left = account.left_out.iter().filter(|(n, _)| *n == id).count();
                    assert!(numerator <= 1 && denominator <= 1 && left <= 1, "{id} listed twice in {:?}", account.kpi);
                    assert!(numerator + denominator > 0 || left == 1, "{id} missing from {:?}", account.kpi);
                    assert!(left == 0 || numerator + denominator == 0, "{id} both in and out of {:?}", account.kpi);
                }
            }
        }
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// The order of the records changes no count, and each account lists the same ids.
        #[test]
        fn shuffling_the_records_changes_nothing(rotate in 0usize..7, reverse in any::<bool>()) {
            let set = BenchmarkSetId::CommissioningGuide2024;
            let definition = Definition::preset(set, Model::Ips);
            let mut shuffled = clients();
            let n = shuffled.len();
            shuffled.rotate_left(rotate % n);
            if reverse {
                shuffled.reverse();
            }
            let (from, to) = (d("2025-04-01"), d("2025-06-30"));
            let figures = ServiceFigures::default();
            let original = clients();
            let a = period_return(set, Model::Ips, from, to, &original, &definition, &figures).unwrap();
            let b = period_return(set, Model::Ips, from, to, &shuffled, &definition, &figures).unwrap();
            prop_assert_eq!(&a.report, &b.report);
            for (x, y) in a.accounts.iter().zip(&b.accounts) {
                let sorted = |v: &[&str]| { let mut v: Vec<String> = v.iter().map(|s| String::from(*s)).collect(); v.sort_unstable(); v };
                prop_assert_eq!(sorted(&x.numerator), sorted(&y.numerator));
                prop_assert_eq!(sorted(&x.denominator), sorted(&y.denominator));
                prop_assert_eq!(x.left_out.len(), y.left_out.len());
            }
        }

        /// A client whose every date is before the period changes no count: it is only left
        /// out, with a reason, of every rate.
        #[test]
        fn a_record_before_the_period_changes_only_the_exclusions(days in 1i32..2000) {
            let set = BenchmarkSetId::CommissioningGuide2024;
            let definition = Definition::preset(set, Model::Ips);
            let (from, to) = (d("2025-04-01"), d("2025-06-30"));
            // Referred, started and in work before the period, long enough for the
            // sustainment date to fall before it too.
            let day = |n: i32| add_days(from, -n).unwrap();
            let mut more = clients();
            more.push(ClientRecord {
                jobs: vec![Job { start: day(days + 200), end: None, hours_per_week: None }],
                ..record("early", "2020-01-01", None, Some(true), vec![])
            });
            more.last_mut().unwrap().referral = day(days + 300);
            more.last_mut().unwrap().start = Some(day(days + 250));
            let figures = ServiceFigures::default();
            let original = clients();
            let a = period_return(set, Model::Ips, from, to, &original, &definition, &figures).unwrap();
            let b = period_return(set, Model::Ips, from, to, &more, &definition, &figures).unwrap();
            prop_assert_eq!(&a.report, &b.report);
            for account in &b.accounts {
                prop_assert!(account.left_out.iter().any(|(id, _)| *id == "early"));
                prop_assert!(!account.numerator.iter().chain(&account.denominator).any(|id| *id == "early"));
            }
        }
    }

    #[test]
    fn definitions_and_periods_are_checked() {
        let bad = Definition {
            job_entry_min_hours: Some(-1.0),
            ..Definition::preset(BenchmarkSetId::CommissioningGuide2024, Model::Ips)
        };
        assert_eq!(bad.validate("definition").unwrap_err().code().as_str(), "negative_value");
        let bad = Definition { sustained: SustainedRule::InWorkWeeksOf { weeks: 14, of: 13 }, ..bad };
        assert_eq!(bad.validate("definition").unwrap_err().field(), Some("definition.job_entry_min_hours"));
        let set = BenchmarkSetId::CommissioningGuide2024;
        let definition = Definition::preset(set, Model::Ips);
        let records = clients();
        let backwards = period_return(
            set,
            Model::Ips,
            d("2025-06-30"),
            d("2025-04-01"),
            &records,
            &definition,
            &ServiceFigures::default(),
        );
        assert_eq!(backwards.unwrap_err().field(), Some("period.to"));
        let seqf = Definition::preset(BenchmarkSetId::CommissioningGuide2024, Model::Seqf);
        assert_eq!(seqf.sustained, SustainedRule::StillInWorkAfter { weeks: 26 });
    }
}
