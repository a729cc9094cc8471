//! Prints a KPI, review-schedule and contract report for a built-in sample service — with the
//! path from its case records to fidelity evidence, a review and KPIs — or answers a JSON
//! request.
//!
//! ```text
//! cargo run -p sefidelity --example commissioning               # report of the sample service
//! cargo run -p sefidelity --example commissioning -- --json F   # answer the request in file F
//! cargo run -p sefidelity --example commissioning -- --json -   # answer the request on stdin
//! ```
//!
//! With `--json` the request goes unchanged to `sefidelity::document::evaluate_bytes`, as in
//! the `review` example.

mod common;

use std::process::ExitCode;

use sefidelity::Error;
use sefidelity::commissioning::contract::{
    AwardBasis, ContractReport, ContractSpec, PaymentModel, TrainingCadence, check_contract,
};
use sefidelity::commissioning::kpi::{
    ClientRecord, Job, KpiReport, KpiStatus, ServiceFigures, Target, kpis_from_records,
};
use sefidelity::commissioning::model_choice::{Cohort, Integration, Need, PopulationGroup, recommend};
use sefidelity::commissioning::schedule::{
    ExternalReview, InternalAssessment, NextReview, ReviewHistory, ReviewOutcome, Schedule,
};
use sefidelity::commissioning::{BenchmarkSetId, Date, Model, parse_date};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => match sample_report() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("sample service is invalid: {e}");
                ExitCode::FAILURE
            }
        },
        [flag, path] if flag == "--json" => common::answer(path),
        _ => {
            eprintln!("usage: commissioning [--json FILE | --json -]");
            ExitCode::from(2)
        }
    }
}

fn date(text: &str) -> Result<Date, Error> {
    parse_date(text, "sample")
}

/// An IPS service for people with low to moderate mental health and physical health
/// conditions, started 1 April 2024, read on 30 September 2025.
fn sample_report() -> Result<(), Error> {
    let as_of = date("2025-09-30")?;
    let set = BenchmarkSetId::CommissioningGuide2024;
    println!("Sample IPS service (mental and physical health), as of {as_of}\n");

    let cohort = Cohort {
        groups: vec![PopulationGroup::MentalHealth, PopulationGroup::PhysicalHealth],
        integration: Integration::NeededAndPossible,
        need: Need::Moderate,
    };
    let choice = recommend(&cohort);
    println!("Model: {}", choice.model.map_or("none named by the sources", Model::id));
    for reason in &choice.reasons {
        match reason.provenance {
            Some(p) => println!("  - {} ({p})", reason.text),
            None => println!("  - {} (no rule in the sources)", reason.text),
        }
    }

    let journeys = [
        ("c01", "2024-05-02", Some("2024-05-09"), vec![("2024-07-01", None)], Some(19), Some(24)),
        ("c02", "2024-05-10", Some("2024-05-20"), vec![("2024-08-05", Some("2024-09-20"))], Some(21), Some(22)),
        ("c03", "2024-06-03", Some("2024-06-10"), vec![("2024-09-02", Some("2025-03-28"))], Some(17), Some(23)),
        ("c04", "2024-07-15", None, vec![], None, None),
        ("c05", "2024-09-01", Some("2024-09-12"), vec![], Some(20), None),
        ("c06", "2024-11-04", Some("2024-11-11"), vec![("2025-01-13", None)], Some(18), None),
        (
            "c07",
            "2025-01-06",
            Some("2025-01-15"),
            vec![("2025-03-03", Some("2025-04-30")), ("2025-06-02", None)],
            Some(16),
            None,
        ),
        ("c08", "2025-03-03", Some("2025-03-10"), vec![], None, None),
        ("c09", "2025-05-01", Some("2025-05-08"), vec![("2025-08-04", None)], Some(22), None),
        ("c10", "2025-08-11", None, vec![], None, None),
    ];
    let records = journeys
        .into_iter()
        .map(|(id, referral, start, jobs, before, after)| {
            Ok(ClientRecord {
                id: id.into(),
                referral: date(referral)?,
                start: start.map(date).transpose()?,
                jobs: jobs
                    .into_iter()
                    .map(|(s, e)| Ok(Job { start: date(s)?, end: e.map(date).transpose()?, hours_per_week: None }))
                    .collect::<Result<_, Error>>()?,
                swemwbs_start: before,
                swemwbs_end: after,
                out_of_work_at_start: None,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    print_evidence_from_case_records(&records)?;
    let figures = ServiceFigures { caseload: Some(23.0), senior_caseload: Some(18.0), unit_cost: Some(2250.0) };
    print_kpis(&kpis_from_records(set, Model::Ips, as_of, &records, &figures)?);
    print_period_return(&records, &figures)?;

    let history = ReviewHistory {
        model: Model::Ips,
        service_start: date("2024-04-01")?,
        external: vec![ExternalReview { date: date("2025-03-10")?, outcome: ReviewOutcome::Good }],
        internal: vec![InternalAssessment { date: date("2025-09-01")?, scored: true, action_plan: false }],
    };
    print_schedule(&history.schedule(as_of)?);

    let draft = ContractSpec {
        length_months: Some(24),
        extension_option: Some(false),
        unit_cost: Some(2250.0),
        caseload_max: Some(28.0),
        sustainment_target: Some(0.65),
        sustainment_weeks: Some(13),
        payment_model: Some(PaymentModel::Mixed),
        award_basis: Some(AwardBasis::Quality),
        dialogue_stage: Some(true),
        steering_group: Some(true),
        lived_experience_on_steering_group: Some(false),
        first_external_review_months: Some(12),
        training: Some(TrainingCadence::Quarterly),
        ..ContractSpec::new(Model::Ips)
    };
    print_contract(&check_contract(&draft, set));
    Ok(())
}

/// The same clients' case records — each with a specialist and a referring team, the jobs they
/// took with employer and type, the specialists' employer contacts and scheduled weeks — give
/// the fidelity evidence of the items they measure for the quarter April to June 2025, and
/// that evidence is reviewed on the UK IPS scale.
fn print_evidence_from_case_records(clients: &[ClientRecord]) -> Result<(), Error> {
    use sefidelity::records::{Client, Contact, Job as JobRecord, Period, Records, Specialist, Week};
    let text = |s: &str| Some(String::from(s));
    let specialists = vec![
        Specialist { id: "s1".into(), fte: 1.0, teams: Some(vec!["north".into()]) },
        Specialist { id: "s2".into(), fte: 0.5, teams: Some(vec!["south".into()]) },
    ];
    let case = |(i, c): (usize, &ClientRecord)| Client {
        id: c.id.clone(),
        specialist: text(if i % 3 == 2 { "s2" } else { "s1" }),
        team: text(if i % 4 == 3 {
            "primary care"
        } else if i % 3 == 2 {
            "south"
        } else {
            "north"
        }),
        entry: c.start,
        exit: None,
    };
    let mut jobs = Vec::new();
    for (i, c) in clients.iter().enumerate() {
        for (j, job) in c.jobs.iter().enumerate() {
            jobs.push(JobRecord {
                id: format!("{}-{j}", c.id),
                client: Some(c.id.clone()),
                employer: Some(format!("employer {}", (i + j) % 4)),
                job_type: ["retail", "care", "admin", "logistics", "hospitality"]
                    .get((i + 2 * j) % 5)
                    .map(|t| (*t).into()),
                start: Some(job.start),
                end: job.end,
                permanent: Some(i != 6),
                competitive: Some(true),
                hours_per_week: Some(16.0 + 2.0 * i as f64),
            });
        }
    }
    let contact = |id: &str, client: &str, day: &str, preferences: bool| -> Result<Contact, Error> {
        Ok(Contact {
            id: id.into(),
            specialist: text("s1"),
            client: text(client),
            date: Some(date(day)?),
            face_to_face: true,
            client_preferences: Some(preferences),
            competitive_job: true,
        })
    };
    let contacts = vec![
        contact("k1", "c08", "2025-04-07", true)?,
        contact("k2", "c09", "2025-05-19", true)?,
        contact("k3", "c05", "2025-05-21", false)?,
        contact("k4", "c08", "2025-06-02", true)?,
    ];
    let week = |id: &str, specialist: &str, day: &str, community: f64| -> Result<Week, Error> {
        Ok(Week {
            id: id.into(),
            specialist: text(specialist),
            week: Some(date(day)?),
            scheduled: 37.5,
            community: Some(community),
            employment_services: Some(36.0),
        })
    };
    let weeks = vec![week("w1", "s1", "2025-04-07", 22.5)?, week("w2", "s2", "2025-04-07", 12.0)?];
    let records = Records {
        specialists: Some(specialists),
        clients: Some(clients.iter().enumerate().map(case).collect()),
        contacts: Some(contacts),
        jobs: Some(jobs),
        weeks: Some(weeks),
    };
    let period = Period { from: date("2025-04-01")?, to: date("2025-06-30")? };
    let report = records.derive(period);
    println!("\nFidelity evidence from the case records, {} to {}", period.from, period.to);
    let mut review = sefidelity::Review::new(&sefidelity::ips25::SCALE);
    for item in &report.items {
        let left = item.left_out.len();
        match (item.figure, item.evidence) {
            (Some(figure), Some(evidence)) => {
                let scored = review.add(item.item, evidence)?;
                println!(
                    "  item {:>2}: {:>7.2} ({} counted, {left} left out) -> {}",
                    item.item,
                    figure,
                    item.counted.len(),
                    scored.score.get()
                );
            }
            _ => println!("  item {:>2}: nothing to count ({left} left out)", item.item),
        }
    }
    for finding in &report.findings {
        println!("  finding: {finding}");
    }
    let reviewed = review.report(sefidelity::ReviewOptions::default());
    println!(
        "  reviewed: {} of {} items, total {} so far; the other items need a reviewer's evidence",
        reviewed.scored_count(),
        reviewed.scale().item_count(),
        reviewed.total()
    );
    Ok(())
}

/// The same clients' outcome return for the quarter April to June 2025, under the
/// commissioning guide's definitions, with every record in or out of each rate.
fn print_period_return(records: &[ClientRecord], figures: &ServiceFigures) -> Result<(), Error> {
    use sefidelity::commissioning::returns::{Definition, period_return};
    let set = BenchmarkSetId::CommissioningGuide2024;
    let definition = Definition::preset(set, Model::Ips);
    let (from, to) = (date("2025-04-01")?, date("2025-06-30")?);
    let returned = period_return(set, Model::Ips, from, to, records, &definition, figures)?;
    println!("\nOutcome return, {from} to {to}");
    for account in &returned.accounts {
        let value = returned.report.kpi(account.kpi).and_then(|k| k.value).map_or_else(|| String::from("-"), percent);
        println!(
            "  {:<12} {:>6}  numerator {:?}, denominator {:?}, {} left out",
            account.kpi.id(),
            value,
            account.numerator,
            account.denominator,
            account.left_out.len()
        );
    }
    Ok(())
}

fn percent(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

fn print_kpis(report: &KpiReport) {
    println!("\nKPIs against {} ({})", report.set.id.id(), report.set.model.id());
    if let Some(s) = &report.records {
        println!(
            "  {} referrals, {} starts, {} job entrants ({} past the {}-week horizon, {} sustained, {} awaiting it)",
            s.referrals,
            s.starts,
            s.job_entries,
            s.entrants_past_horizon,
            report.set.sustainment.value.horizon_weeks,
            s.sustained,
            s.awaiting_horizon
        );
    }
    println!("  {:<28} {:>10}  {:<22} status", "KPI", "value", "target");
    for kpi in &report.kpis {
        let is_rate = kpi.denominator.is_some() && kpi.id.id() != "wellbeing_change";
        let show = |x: f64| if is_rate { percent(x) } else { format!("{x:.2}") };
        let value = kpi.value.map_or_else(|| String::from("—"), show);
        let target = match kpi.target {
            None => String::from("none printed"),
            Some(Target::AtLeast(t)) => format!("at least {}", show(t)),
            Some(Target::AtMost(t)) => format!("at most {}", show(t)),
            Some(Target::Between(lo, hi)) => format!("£{lo:.0}–£{hi:.0}"),
            Some(Target::Around(t)) => format!("around £{t:.0}"),
        };
        let status = match (kpi.status, kpi.margin) {
            (KpiStatus::Met | KpiStatus::NotMet, Some(m)) => format!("{} (margin {})", kpi.status.id(), show(m)),
            _ => kpi.status.id().into(),
        };
        println!("  {:<28} {:>10}  {:<22} {}", kpi.id.id(), value, target, status);
    }
}

fn print_due(label: &str, next: &NextReview) {
    match next.due {
        Some(due) if next.is_overdue() => {
            println!("  {label}: due {due}, OVERDUE by {} days — {}", next.days_overdue, next.reason);
        }
        Some(due) => println!("  {label}: due by {due} — {}", next.reason),
        None => println!("  {label}: no date — {}", next.reason),
    }
}

fn print_schedule(s: &Schedule) {
    println!("\nReview schedule on {}", s.as_of);
    if let Some(r) = s.latest_external {
        println!("  latest external review: {} ({})", r.date, r.outcome.id());
    }
    print_due("next external review", &s.next_external);
    print_due("next internal self-assessment", &s.next_internal);
    for d in &s.not_counted {
        println!("  the self-assessment of {d} does not count: it was not scored or had no action plan");
    }
}

fn print_contract(r: &ContractReport) {
    println!("\nDraft contract checked against {} ({})", r.set.id(), r.model.id());
    for f in &r.findings {
        println!("  [{:<7}] {}: {}", f.severity.id(), f.rule, f.message);
    }
    if !r.not_checked.is_empty() {
        println!("  not stated, so not checked: {}", r.not_checked.join(", "));
    }
}
