//! Properties of the commissioning rules that must hold for every input.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test code: a broken assumption should fail the test"
)]

use proptest::prelude::*;
use sefidelity::commissioning::kpi::{
    ClientRecord, Counts, Job, KpiId, KpiReport, ServiceFigures, kpis_from_counts, kpis_from_records,
};
use sefidelity::commissioning::schedule::{ExternalReview, InternalAssessment, ReviewHistory, ReviewOutcome};
use sefidelity::commissioning::{BenchmarkSetId, Date, Model, add_months};

fn base() -> Date {
    Date::new(2023, 1, 1).unwrap()
}

fn day(offset: u16) -> Date {
    base().checked_add(jiff::Span::new().days(offset)).unwrap()
}

fn model() -> impl Strategy<Value = Model> {
    prop::sample::select(Model::ALL.to_vec())
}

fn set() -> impl Strategy<Value = BenchmarkSetId> {
    prop::sample::select(BenchmarkSetId::ALL.to_vec())
}

/// Counts that nest: sustained ≤ past horizon ≤ job entries ≤ starts ≤ referrals.
fn counts() -> impl Strategy<Value = Counts> {
    (0u32..2000)
        .prop_flat_map(|referrals| (Just(referrals), 0..=referrals))
        .prop_flat_map(|(referrals, starts)| (Just(referrals), Just(starts), 0..=starts))
        .prop_flat_map(|(r, s, entries)| (Just(r), Just(s), Just(entries), 0..=entries))
        .prop_flat_map(|(r, s, e, past)| (Just(r), Just(s), Just(e), Just(past), 0..=past))
        .prop_map(|(referrals, starts, job_entries, past, sustained)| Counts {
            referrals,
            starts,
            job_entries,
            entrants_past_horizon: Some(past),
            sustained,
            ..Counts::default()
        })
}

/// A valid record: referral, then maybe a start, then jobs after the start; all before day 900.
fn record(id: usize) -> impl Strategy<Value = ClientRecord> {
    (0u16..300, prop::option::of(0u16..100), prop::collection::vec((0u16..400, prop::option::of(0u16..300)), 0..3))
        .prop_map(move |(referral, start_after, jobs)| {
            let start = start_after.map(|a| referral + a);
            ClientRecord {
                id: format!("c{id}"),
                referral: day(referral),
                start: start.map(day),
                jobs: match start {
                    None => Vec::new(),
                    Some(s) => jobs
                        .into_iter()
                        .map(|(after, length)| Job {
                            start: day(s + after),
                            end: length.map(|l| day(s + after + l)),
                            hours_per_week: None,
                        })
                        .collect(),
                },
                swemwbs_start: None,
                swemwbs_end: None,
                out_of_work_at_start: None,
            }
        })
}

fn records() -> impl Strategy<Value = Vec<ClientRecord>> {
    (0usize..40).prop_flat_map(|n| (0..n).map(record).collect::<Vec<_>>())
}

const AS_OF: u16 = 1200;

fn rates(report: &KpiReport) -> impl Iterator<Item = f64> + '_ {
    report
        .kpis
        .iter()
        .filter(|k| {
            matches!(k.id, KpiId::Access | KpiId::JobEntry | KpiId::Sustainment | KpiId::WellbeingMeasuredAtStart)
        })
        .filter_map(|k| k.value)
}

proptest! {
    #[test]
    fn rates_stay_within_0_and_100_percent(set in set(), model in model(), counts in counts(), records in records()) {
        let from_counts = kpis_from_counts(set, model, &counts).unwrap();
        for rate in rates(&from_counts) {
            prop_assert!((0.0..=1.0).contains(&rate), "{rate} from {counts:?}");
        }
        let from_records = kpis_from_records(set, model, day(AS_OF), &records, &ServiceFigures::default()).unwrap();
        for rate in rates(&from_records) {
            prop_assert!((0.0..=1.0).contains(&rate), "{rate}");
        }
    }

    #[test]
    fn adding_a_sustained_job_never_lowers_the_sustainment_rate(
        set in set(),
        model in model(),
        mut records in records(),
        pick in any::<prop::sample::Index>(),
        job_start in 0u16..400,
        extra in 0u16..200,
    ) {
        let rate = |records: &[ClientRecord]| {
            let report = kpis_from_records(set, model, day(AS_OF), records, &ServiceFigures::default()).unwrap();
            report.kpi(KpiId::Sustainment).unwrap().value
        };
        let before = rate(&records);
        let horizon = u16::try_from(set.for_model(model).sustainment.value.horizon_days()).unwrap();
        // A job that lasts the horizon and ends by as_of, for a started client (or a new one).
        let target = if records.iter().any(|r| r.start.is_some()) {
            let started: Vec<usize> = (0..records.len()).filter(|&i| records[i].start.is_some()).collect();
            started[pick.index(started.len())]
        } else {
            records.push(ClientRecord {
                id: "new".into(),
                referral: day(0),
                start: Some(day(0)),
                jobs: Vec::new(),
                swemwbs_start: None,
                swemwbs_end: None,
                out_of_work_at_start: None,
            });
            records.len() - 1
        };
        let start = records[target].start.unwrap();
        let offset = u16::try_from(sefidelity::commissioning::days_between(base(), start)).unwrap();
        let latest_start = AS_OF - horizon - extra.min(AS_OF - horizon - offset);
        let job_start = offset + job_start % (latest_start - offset + 1);
        records[target].jobs.push(Job { start: day(job_start), end: Some(day(job_start + horizon)), hours_per_week: None });
        let after = rate(&records).expect("the new job's horizon has passed");
        if let Some(before) = before {
            prop_assert!(after >= before - 1e-12, "{before} → {after}");
        }
    }

    #[test]
    fn the_schedule_never_proposes_a_date_before_the_start(
        model in model(),
        start in 0u16..500,
        as_of_after in 0u16..2000,
        external in prop::collection::vec((0u16..2000, any::<prop::sample::Index>()), 0..4),
        internal in prop::collection::vec((0u16..2000, any::<bool>(), any::<bool>()), 0..4),
    ) {
        let as_of = start + as_of_after;
        let within = |offset: u16| start + offset % (as_of_after + 1);
        let outcomes = ReviewOutcome::for_model(model);
        let history = ReviewHistory {
            model,
            service_start: day(start),
            external: external
                .iter()
                .map(|(d, o)| ExternalReview { date: day(within(*d)), outcome: outcomes[o.index(outcomes.len())] })
                .collect(),
            internal: internal
                .iter()
                .map(|(d, scored, action_plan)| InternalAssessment { date: day(within(*d)), scored: *scored, action_plan: *action_plan })
                .collect(),
        };
        let schedule = history.schedule(day(as_of)).unwrap();
        for due in [schedule.next_external.due, schedule.next_internal.due].into_iter().flatten() {
            prop_assert!(due >= day(start), "{due} before {}", day(start));
        }
        if history.external.is_empty() {
            prop_assert_eq!(schedule.next_external.due, Some(add_months(day(start), 12).unwrap().yesterday().unwrap()));
        }
    }
}
