//! The derivation of each item's evidence from the records (see the `records_*` rows of
//! [`crate::interpretation`] for how each count reads the scale).

use alloc::string::String;
use alloc::vec::Vec;

use super::{
    Breakdown, ById, Client, Contact, Derived, Finding, Job, Keyed, Kind, LeftOut, Period, Problem, Reason, RecordRef,
    Records, RecordsReport, Specialist, Week, by_unique_id,
};
use crate::commissioning::{Date, add_days, date_text, days_between};
use crate::evidence::{CompetitiveJobs, EmployerContacts, Evidence, Measurement, TeamAssignment};
use crate::ips25;
use crate::score::Score;

/// The scale point closest to a mean of ratings, ties to the lower point
/// (`employer_contacts_closest_point` in [`crate::interpretation`]): 3.5 → 3, 3.51 → 4.
#[must_use]
pub fn closest_point(mean: f64) -> Score {
    let mut best = Score::ONE;
    for score in [Score::TWO, Score::THREE, Score::FOUR, Score::FIVE] {
        if mean - f64::from(score.get()) > -0.5 {
            best = score;
        }
    }
    best
}

/// The records of each kind, first with their id, and the exclusions of repeated ids.
struct Indexed<'r> {
    specialists: Option<(ById<'r, Specialist>, Vec<LeftOut>)>,
    clients: Option<(ById<'r, Client>, Vec<LeftOut>)>,
    contacts: Option<(ById<'r, Contact>, Vec<LeftOut>)>,
    jobs: Option<(ById<'r, Job>, Vec<LeftOut>)>,
    weeks: Option<(ById<'r, Week>, Vec<LeftOut>)>,
}

impl Indexed<'_> {
    /// Whether the specialist is in the records (always, when they give no specialists).
    fn has_specialist(&self, id: &str) -> bool {
        self.specialists.as_ref().is_none_or(|(s, repeats)| s.contains_key(id) || named(repeats, id))
    }

    fn has_client(&self, id: &str) -> bool {
        self.clients.as_ref().is_none_or(|(c, repeats)| c.contains_key(id) || named(repeats, id))
    }
}

/// Whether a record left out for a shared id has `id`: such a record exists, only ambiguously.
fn named(repeats: &[LeftOut], id: &str) -> bool {
    repeats.iter().any(|l| l.record.id == id)
}

fn record(kind: Kind, id: &str) -> RecordRef {
    RecordRef { kind, id: String::from(id) }
}

/// Records counted and left out for one item.
#[derive(Default)]
struct Tally {
    counted: Vec<RecordRef>,
    left_out: Vec<LeftOut>,
}

impl Tally {
    fn with_repeats(repeats: &[LeftOut]) -> Self {
        Self { counted: Vec::new(), left_out: repeats.to_vec() }
    }

    fn count(&mut self, kind: Kind, id: &str) {
        self.counted.push(record(kind, id));
    }

    fn leave(&mut self, kind: Kind, id: &str, reason: Reason) {
        self.left_out.push(LeftOut { record: record(kind, id), reason });
    }

    fn into_derived(
        self,
        item: u8,
        method: &'static str,
        figure: Option<(f64, f64, f64)>,
        evidence: Option<Evidence>,
    ) -> Derived {
        let (figure, numerator, denominator) = match figure {
            Some((f, n, d)) => (Some(f), n, d),
            None => (None, 0.0, 0.0),
        };
        Derived {
            item,
            evidence: figure.and(evidence),
            figure,
            numerator,
            denominator,
            method,
            counted: self.counted,
            left_out: self.left_out,
            breakdown: Vec::new(),
        }
    }
}

/// `n / d`, when `d` is positive and the quotient finite.
fn ratio(n: f64, d: f64) -> Option<f64> {
    (d > 0.0).then(|| n / d).filter(|q| q.is_finite())
}

#[expect(clippy::cast_precision_loss, reason = "record counts are far below 2^53")]
const fn count(n: usize) -> f64 {
    n as f64
}

/// The score item `number` of the UK IPS scale gives `evidence`.
fn score_of(number: u8, evidence: &Evidence) -> Option<Score> {
    ips25::SCALE.item(number)?.score(evidence).ok().map(|s| s.score)
}

pub(super) fn derive(records: &Records, period: Period) -> RecordsReport {
    let mut findings = Vec::new();
    let indexed = Indexed {
        specialists: records
            .specialists
            .as_deref()
            .map(|s| by_unique_id(s, Kind::Specialist, |r| &r.id, &mut findings)),
        clients: records.clients.as_deref().map(|c| by_unique_id(c, Kind::Client, |r| &r.id, &mut findings)),
        contacts: records.contacts.as_deref().map(|c| by_unique_id(c, Kind::Contact, |r| &r.id, &mut findings)),
        jobs: records.jobs.as_deref().map(|j| by_unique_id(j, Kind::Job, |r| &r.id, &mut findings)),
        weeks: records.weeks.as_deref().map(|w| by_unique_id(w, Kind::Week, |r| &r.id, &mut findings)),
    };
    check(&indexed, period, &mut findings);
    let mut items = Vec::new();
    let mut not_derived = Vec::new();
    let mut add = |item: u8, needs: &'static str, derived: Option<Derived>| match derived {
        Some(d) => items.push(d),
        None => not_derived.push((item, needs)),
    };
    add(1, "specialists and clients", caseload(&indexed, period));
    add(2, "weeks with hours on employment services", employment_time(&indexed, period));
    add(4, "specialists with their teams, and clients", team_share(&indexed, period));
    add(15, "clients and contacts", rapid_search(&indexed, period));
    add(16, "contacts", preferences(&indexed, period));
    add(17, "specialists and contacts", weekly_contacts(&indexed, period));
    add(19, "jobs", diversity(&indexed, period, &JOB_TYPES));
    add(20, "jobs", diversity(&indexed, period, &EMPLOYERS));
    add(21, "jobs", competitive(&indexed, period));
    add(24, "weeks with hours in the community", community_time(&indexed, period));
    RecordsReport { period, items, not_derived, findings }
}

/// The findings on the records themselves, part by part, in id order.
fn check(ix: &Indexed<'_>, period: Period, findings: &mut Vec<Finding>) {
    let mut find = |kind: Kind, id: &str, field: &'static str, problem: Problem| {
        findings.push(Finding { record: record(kind, id), field, problem });
    };
    for (id, c) in ix.clients.iter().flat_map(|(c, _)| c.iter()) {
        match (c.entry, c.exit) {
            (None, _) => find(Kind::Client, id, "entry", Problem::MissingDate),
            (Some(entry), Some(exit)) if exit < entry => find(Kind::Client, id, "exit", Problem::DatesOutOfOrder),
            _ => {}
        }
        if c.specialist.as_deref().is_some_and(|s| !ix.has_specialist(s)) {
            find(Kind::Client, id, "specialist", Problem::UnknownSpecialist);
        }
    }
    for (id, c) in ix.contacts.iter().flat_map(|(c, _)| c.iter()) {
        match c.date {
            None => find(Kind::Contact, id, "date", Problem::MissingDate),
            Some(date) if !period.contains(date) => find(Kind::Contact, id, "date", Problem::OutsidePeriod),
            Some(_) => {}
        }
        if c.specialist.as_deref().is_some_and(|s| !ix.has_specialist(s)) {
            find(Kind::Contact, id, "specialist", Problem::UnknownSpecialist);
        }
        if c.client.as_deref().is_some_and(|s| !ix.has_client(s)) {
            find(Kind::Contact, id, "client", Problem::UnknownClient);
        }
    }
    for (id, j) in ix.jobs.iter().flat_map(|(j, _)| j.iter()) {
        match (j.start, j.end) {
            (None, _) => find(Kind::Job, id, "start", Problem::MissingDate),
            (Some(start), Some(end)) if end < start => find(Kind::Job, id, "end", Problem::DatesOutOfOrder),
            (Some(start), end) if start > period.to || end.is_some_and(|end| end < period.from) => {
                find(Kind::Job, id, "start", Problem::OutsidePeriod);
            }
            _ => {}
        }
        if j.client.as_deref().is_some_and(|s| !ix.has_client(s)) {
            find(Kind::Job, id, "client", Problem::UnknownClient);
        }
    }
    for (id, w) in ix.weeks.iter().flat_map(|(w, _)| w.iter()) {
        match w.week {
            None => find(Kind::Week, id, "week", Problem::MissingDate),
            Some(date) if !period.contains(date) => find(Kind::Week, id, "week", Problem::OutsidePeriod),
            Some(_) => {}
        }
        if w.specialist.as_deref().is_some_and(|s| !ix.has_specialist(s)) {
            find(Kind::Week, id, "specialist", Problem::UnknownSpecialist);
        }
        for (field, hours) in [("community", w.community), ("employment_services", w.employment_services)] {
            if hours.is_some_and(|h| h > w.scheduled) {
                find(Kind::Week, id, field, Problem::HoursOverScheduled);
            }
        }
    }
}

/// Why a client is not on the caseload at the period's end, if not.
fn off_caseload(ix: &Indexed<'_>, c: &Client, period: Period) -> Option<Reason> {
    let Some(entry) = c.entry else { return Some(Reason::MissingDate) };
    if c.exit.is_some_and(|exit| exit < entry) {
        return Some(Reason::DatesOutOfOrder);
    }
    let Some(specialist) = c.specialist.as_deref() else { return Some(Reason::NoSpecialist) };
    if !ix.has_specialist(specialist) {
        return Some(Reason::UnknownSpecialist);
    }
    let active = entry <= period.to && c.exit.is_none_or(|exit| exit >= period.to);
    (!active).then_some(Reason::NotActiveAtPeriodEnd)
}

/// Item 1: clients active on the period's last day per full-time equivalent specialist
/// (`records_active_caseload`).
fn caseload(ix: &Indexed<'_>, period: Period) -> Option<Derived> {
    let ((specialists, spec_repeats), (clients, client_repeats)) = (ix.specialists.as_ref()?, ix.clients.as_ref()?);
    let mut tally = Tally::with_repeats(spec_repeats);
    tally.left_out.extend_from_slice(client_repeats);
    let mut fte = 0.0;
    for (id, s) in specialists.iter() {
        fte += s.fte;
        tally.count(Kind::Specialist, id);
    }
    let mut active = 0usize;
    for (id, c) in clients.iter() {
        match off_caseload(ix, c, period) {
            Some(reason) => tally.leave(Kind::Client, id, reason),
            None => {
                active += 1;
                tally.count(Kind::Client, id);
            }
        }
    }
    let figure = ratio(count(active), fte).map(|f| (f, count(active), fte));
    let evidence = figure.map(|(f, ..)| Evidence::value(f));
    Some(tally.into_derived(
        1,
        "clients active on the period's last day ÷ full-time equivalent specialists",
        figure,
        evidence,
    ))
}

/// Item 4: the share of the active caseload referred by the teams each client's specialist is
/// attached to, and the most teams any of those specialists is attached to
/// (`records_team_share`).
fn team_share(ix: &Indexed<'_>, period: Period) -> Option<Derived> {
    let ((specialists, spec_repeats), (clients, client_repeats)) = (ix.specialists.as_ref()?, ix.clients.as_ref()?);
    if specialists.values().all(|s| s.teams.is_none()) {
        return None;
    }
    let mut tally = Tally::with_repeats(spec_repeats);
    tally.left_out.extend_from_slice(client_repeats);
    let (mut from_teams, mut on_caseload, mut most_teams) = (0usize, 0usize, 0usize);
    for (id, c) in clients.iter() {
        if let Some(reason) = off_caseload(ix, c, period) {
            tally.leave(Kind::Client, id, reason);
            continue;
        }
        let teams = c.specialist.as_deref().and_then(|s| specialists.get(s)).and_then(|s| s.teams.as_ref());
        let Some(teams) = teams else {
            tally.leave(Kind::Client, id, Reason::TeamsNotRecorded);
            continue;
        };
        on_caseload += 1;
        most_teams = most_teams.max(teams.len());
        if c.team.as_ref().is_some_and(|t| teams.contains(t)) {
            from_teams += 1;
        }
        tally.count(Kind::Client, id);
    }
    let share = ratio(count(from_teams) * 100.0, count(on_caseload));
    let evidence = share.map(|percent| {
        Evidence::TeamAssignment(match u8::try_from(most_teams) {
            Ok(0) => TeamAssignment::SeparateProgramme,
            Ok(teams) => TeamAssignment::Teams { teams, caseload_percent: Some(percent) },
            Err(_) => TeamAssignment::Teams { teams: u8::MAX, caseload_percent: Some(percent) },
        })
    });
    let figure = share.map(|s| (s, count(from_teams), count(on_caseload)));
    Some(tally.into_derived(
        4,
        "active clients referred by a team their specialist is attached to ÷ active clients × 100; teams: the most any specialist is attached to",
        figure,
        evidence,
    ))
}

/// Item 15: mean days from programme entry to the first face-to-face employer contact about a
/// competitive job, over the clients who entered during the period and had one by its end
/// (`records_rapid_search_mean`).
fn rapid_search(ix: &Indexed<'_>, period: Period) -> Option<Derived> {
    let ((clients, client_repeats), (contacts, _)) = (ix.clients.as_ref()?, ix.contacts.as_ref()?);
    // The qualifying contacts' dates and ids, by client (the earliest on or after entry is
    // looked up).
    let (mut qualifying, mut by_client) = (Vec::new(), Vec::new());
    for (id, c) in contacts.iter() {
        if let (true, true, Some(client), Some(date)) = (c.face_to_face, c.competitive_job, c.client.as_deref(), c.date)
        {
            if date <= period.to {
                by_client.push((client, qualifying.len()));
                qualifying.push((date, id));
            }
        }
    }
    let by_client = Keyed::new(by_client);
    let mut tally = Tally::with_repeats(client_repeats);
    let (mut days, mut n) = (0.0, 0usize);
    for (id, c) in clients.iter() {
        let Some(entry) = c.entry else {
            tally.leave(Kind::Client, id, Reason::MissingDate);
            continue;
        };
        if c.exit.is_some_and(|exit| exit < entry) {
            tally.leave(Kind::Client, id, Reason::DatesOutOfOrder);
            continue;
        }
        if !period.contains(entry) {
            tally.leave(Kind::Client, id, Reason::EntryOutsidePeriod);
            continue;
        }
        let contacts = by_client.with_key(id).iter().filter_map(|(_, at)| qualifying.get(*at));
        let first = contacts.filter(|(d, _)| *d >= entry).min();
        let Some((date, contact)) = first else {
            tally.leave(Kind::Client, id, Reason::NoQualifyingContact);
            continue;
        };
        days += f64::from(days_between(entry, *date));
        n += 1;
        tally.count(Kind::Client, id);
        tally.count(Kind::Contact, contact);
    }
    let mean = ratio(days, count(n));
    let evidence = mean.map(|value| Evidence::Value(Measurement { value, condition_met: Some(true) }));
    Some(tally.into_derived(
        15,
        "mean days from programme entry to the first face-to-face employer contact about a competitive job, over clients entering in the period",
        mean.map(|m| (m, days, count(n))),
        evidence,
    ))
}

/// Why a contact in the records is not one of the period's, if not.
fn off_period(c: &Contact, period: Period) -> Option<Reason> {
    match c.date {
        None => Some(Reason::MissingDate),
        Some(date) if !period.contains(date) => Some(Reason::OutsidePeriod),
        Some(_) => None,
    }
}

/// Item 16: the share of the period's employer contacts based on the client's preferences
/// (`records_preference_share`).
fn preferences(ix: &Indexed<'_>, period: Period) -> Option<Derived> {
    let (contacts, repeats) = ix.contacts.as_ref()?;
    let mut tally = Tally::with_repeats(repeats);
    let (mut based, mut recorded) = (0usize, 0usize);
    for (id, c) in contacts.iter() {
        match (off_period(c, period), c.client_preferences) {
            (Some(reason), _) => tally.leave(Kind::Contact, id, reason),
            (None, None) => tally.leave(Kind::Contact, id, Reason::PreferencesNotRecorded),
            (None, Some(on_preferences)) => {
                recorded += 1;
                based += usize::from(on_preferences);
                tally.count(Kind::Contact, id);
            }
        }
    }
    let share = ratio(count(based) * 100.0, count(recorded));
    Some(tally.into_derived(
        16,
        "contacts based on the client's preferences ÷ contacts with that recorded × 100",
        share.map(|s| (s, count(based), count(recorded))),
        share.map(Evidence::value),
    ))
}

/// The Monday on or after `date`.
fn monday_on_or_after(date: Date) -> Option<Date> {
    let offset = (7 - i32::from(date.weekday().to_monday_zero_offset())) % 7;
    add_days(date, offset)
}

/// Item 17: each whole week (Monday to Sunday) of the period rated through item 17's rule on
/// its face-to-face client-specific contacts per full-time equivalent specialist; the mean of
/// the ratings, at its closest scale point (`records_weekly_ratings`).
fn weekly_contacts(ix: &Indexed<'_>, period: Period) -> Option<Derived> {
    let ((specialists, _), (contacts, repeats)) = (ix.specialists.as_ref()?, ix.contacts.as_ref()?);
    let fte: f64 = specialists.values().map(|s| s.fte).sum();
    let mut weeks: Vec<(Date, usize)> = Vec::new();
    let mut monday = monday_on_or_after(period.from);
    while let Some(start) = monday {
        let Some(sunday) = add_days(start, 6) else { break };
        if sunday > period.to {
            break;
        }
        weeks.push((start, 0));
        monday = add_days(start, 7);
    }
    let mut tally = Tally::with_repeats(repeats);
    for (id, c) in contacts.iter() {
        let reason = off_period(c, period)
            .or_else(|| (!c.face_to_face).then_some(Reason::NotFaceToFace))
            .or_else(|| c.client.is_none().then_some(Reason::NotClientSpecific));
        if let Some(reason) = reason {
            tally.leave(Kind::Contact, id, reason);
            continue;
        }
        // The week a contact falls in, by its distance from the first Monday.
        let first = weeks.first().map(|(start, _)| *start);
        let index =
            c.date.zip(first).and_then(|(d, first)| usize::try_from(days_between(first, d)).ok()).map(|days| days / 7);
        match index.and_then(|i| weeks.get_mut(i)) {
            Some((_, n)) => {
                *n += 1;
                tally.count(Kind::Contact, id);
            }
            None => tally.leave(Kind::Contact, id, Reason::InPartWeek),
        }
    }
    let mut breakdown = Vec::new();
    let mut total = 0.0;
    for (start, n) in &weeks {
        let Some(per_week) = ratio(count(*n), fte) else { break };
        let evidence =
            Evidence::EmployerContacts(EmployerContacts { per_week, tracking: None, people_looking_for_work: None });
        let Some(score) = score_of(17, &evidence) else { continue };
        total += f64::from(score.get());
        breakdown.push(Breakdown { label: date_text(*start), figure: per_week, score });
    }
    let mean = ratio(total, count(breakdown.len()));
    let mut derived = tally.into_derived(
        17,
        "each whole week of the period rated on its face-to-face client-specific contacts per full-time equivalent specialist; the mean rating, at its closest scale point",
        mean.map(|m| (m, total, count(breakdown.len()))),
        mean.map(|m| Evidence::Rating(closest_point(m))),
    );
    derived.breakdown = breakdown;
    Some(derived)
}

/// What items 19 and 20 count of a job: its type, or its employer.
struct Diversity {
    /// The item number.
    item: u8,
    /// The job's key: its type or its employer.
    key: fn(&Job) -> Option<&str>,
    /// Why a job without the key is left out.
    missing: Reason,
    /// How the figure is computed.
    method: &'static str,
}

/// Item 19: diversity of job types.
const JOB_TYPES: Diversity = Diversity {
    item: 19,
    key: |j| j.job_type.as_deref(),
    missing: Reason::JobTypeNotRecorded,
    method: "distinct job types ÷ jobs held during the period × 100",
};

/// Item 20: diversity of employers.
const EMPLOYERS: Diversity = Diversity {
    item: 20,
    key: |j| j.employer.as_deref(),
    missing: Reason::EmployerNotRecorded,
    method: "distinct employers ÷ jobs held during the period × 100",
};

/// Items 19 and 20: distinct job types (employers) among the jobs held during the period, as a
/// share of those jobs (`records_diversity_share`).
fn diversity(ix: &Indexed<'_>, period: Period, what: &Diversity) -> Option<Derived> {
    let (jobs, repeats) = ix.jobs.as_ref()?;
    let mut tally = Tally::with_repeats(repeats);
    // Each held job's key with the job's place among them; the distinct keys are the runs of
    // one key once sorted.
    let mut distinct = Vec::new();
    let mut held = 0usize;
    for (id, j) in jobs.iter() {
        match (job_off_period(ix, j, period), (what.key)(j)) {
            (Some(reason), _) => tally.leave(Kind::Job, id, reason),
            (None, None) => tally.leave(Kind::Job, id, what.missing),
            (None, Some(key)) => {
                distinct.push((key, held));
                held += 1;
                tally.count(Kind::Job, id);
            }
        }
    }
    let distinct = Keyed::new(distinct).runs().count();
    let share = ratio(count(distinct) * 100.0, count(held));
    Some(tally.into_derived(
        what.item,
        what.method,
        share.map(|s| (s, count(distinct), count(held))),
        share.map(Evidence::value),
    ))
}

/// Why a job is not one held during the period, if not.
fn job_off_period(ix: &Indexed<'_>, j: &Job, period: Period) -> Option<Reason> {
    let Some(start) = j.start else { return Some(Reason::MissingDate) };
    if j.end.is_some_and(|end| end < start) {
        return Some(Reason::DatesOutOfOrder);
    }
    if j.client.as_deref().is_some_and(|c| !ix.has_client(c)) {
        return Some(Reason::UnknownClient);
    }
    let held = start <= period.to && j.end.is_none_or(|end| end >= period.from);
    (!held).then_some(Reason::NotHeldInPeriod)
}

/// Item 21: the share of the jobs held on the period's last day that are permanent and
/// competitive, and how many there are (`records_current_jobs`).
fn competitive(ix: &Indexed<'_>, period: Period) -> Option<Derived> {
    let (jobs, repeats) = ix.jobs.as_ref()?;
    let mut tally = Tally::with_repeats(repeats);
    // Every job held on the last day is a current job; the share is over those whose record
    // says whether they are permanent and competitive.
    let (mut permanent, mut recorded, mut current) = (0usize, 0usize, 0usize);
    for (id, j) in jobs.iter() {
        let reason = job_off_period(ix, j, period).or_else(|| {
            let start = j.start?;
            (start > period.to || j.end.is_some_and(|end| end < period.to)).then_some(Reason::NotCurrent)
        });
        if reason.is_none() {
            current += 1;
        }
        match (reason, j.permanent, j.competitive) {
            (Some(reason), ..) => tally.leave(Kind::Job, id, reason),
            (None, Some(p), Some(c)) => {
                recorded += 1;
                permanent += usize::from(p && c);
                tally.count(Kind::Job, id);
            }
            (None, ..) => tally.leave(Kind::Job, id, Reason::PermanenceNotRecorded),
        }
    }
    let share = ratio(count(permanent) * 100.0, count(recorded));
    let evidence = share.map(|permanent_percent| {
        Evidence::CompetitiveJobs(CompetitiveJobs {
            permanent_percent,
            current_jobs: Some(u32::try_from(current).unwrap_or(u32::MAX)),
        })
    });
    Some(tally.into_derived(
        21,
        "jobs held on the period's last day that are permanent and competitive ÷ those whose record says × 100; current jobs: every job held on the last day",
        share.map(|s| (s, count(permanent), count(recorded))),
        evidence,
    ))
}

/// Each specialist's sums of some hours and of scheduled hours over their weeks that count, in
/// the order of the specialists' ids (those the weeks name, when the records give no
/// specialists).
type HoursBySpecialist<'r> = Vec<(&'r str, (f64, f64))>;

/// The scheduled weeks that count for item 2 or 24, each specialist's sums of `part` hours and
/// scheduled hours over them, and the records counted and left out; `None` when no week records
/// the `part` hours at all.
fn weeks_counted<'r>(
    ix: &Indexed<'r>,
    period: Period,
    part: fn(&Week) -> Option<f64>,
) -> Option<(Tally, HoursBySpecialist<'r>)> {
    let (weeks, repeats) = ix.weeks.as_ref()?;
    if weeks.values().all(|w| part(w).is_none()) {
        return None;
    }
    let mut tally = Tally::with_repeats(repeats);
    // Each week counted, its hours and scheduled hours, by specialist.
    let (mut hours_counted, mut by_specialist) = (Vec::new(), Vec::new());
    for (id, w) in weeks.iter() {
        let reason = match (w.week, w.specialist.as_deref(), part(w)) {
            (None, ..) => Some(Reason::MissingDate),
            (Some(date), ..) if !period.contains(date) => Some(Reason::OutsidePeriod),
            (_, None, _) => Some(Reason::NoSpecialist),
            (_, Some(s), _) if !ix.has_specialist(s) => Some(Reason::UnknownSpecialist),
            _ if w.scheduled <= 0.0 => Some(Reason::NoScheduledHours),
            (.., None) => Some(Reason::HoursNotRecorded),
            (.., Some(hours)) if hours > w.scheduled => Some(Reason::HoursOverScheduled),
            _ => None,
        };
        if let Some(reason) = reason {
            tally.leave(Kind::Week, id, reason);
            continue;
        }
        let (Some(specialist), Some(hours)) = (w.specialist.as_deref(), part(w)) else { continue };
        by_specialist.push((specialist, hours_counted.len()));
        hours_counted.push((hours, w.scheduled));
        tally.count(Kind::Week, id);
    }
    // Summed in the weeks' order, each specialist's run in turn.
    let by_specialist: HoursBySpecialist<'r> = Keyed::new(by_specialist)
        .runs()
        .filter_map(|run| {
            let weeks = run.iter().filter_map(|(_, at)| hours_counted.get(*at));
            Some((run.first()?.0, weeks.fold((0.0, 0.0), |(h, s), (wh, ws)| (h + wh, s + ws))))
        })
        .collect();
    // Specialists in the records with no week counted here are accounted for too.
    for id in ix.specialists.iter().flat_map(|(s, _)| s.keys()) {
        if by_specialist.binary_search_by(|(s, _)| s.cmp(&id)).is_err() {
            tally.leave(Kind::Specialist, id, Reason::NoWeeksCounted);
        }
    }
    Some((tally, by_specialist))
}

/// Item 2: every specialist's hours on employment services over their scheduled hours, pooled
/// over their weeks in the period (`records_employment_time`).
fn employment_time(ix: &Indexed<'_>, period: Period) -> Option<Derived> {
    let (tally, by_specialist) = weeks_counted(ix, period, |w| w.employment_services)?;
    let (hours, scheduled) =
        by_specialist.iter().map(|(_, sums)| sums).fold((0.0, 0.0), |(h, s), (wh, ws)| (h + wh, s + ws));
    let share = ratio(hours * 100.0, scheduled);
    Some(tally.into_derived(
        2,
        "hours on employment services ÷ scheduled hours × 100, over every specialist's weeks in the period",
        share.map(|s| (s, hours, scheduled)),
        share.map(Evidence::value),
    ))
}

/// Item 24: each specialist rated through item 24's rule on their share of scheduled hours in
/// the community over their weeks in the period; the mean rating at its closest scale point
/// (`records_specialist_ratings`).
fn community_time(ix: &Indexed<'_>, period: Period) -> Option<Derived> {
    let (tally, by_specialist) = weeks_counted(ix, period, |w| w.community)?;
    let mut breakdown = Vec::new();
    let mut total = 0.0;
    for (specialist, (hours, scheduled)) in &by_specialist {
        let Some(share) = ratio(hours * 100.0, *scheduled) else { continue };
        let Some(score) = score_of(24, &Evidence::value(share)) else { continue };
        total += f64::from(score.get());
        breakdown.push(Breakdown { label: String::from(*specialist), figure: share, score });
    }
    let mean = ratio(total, count(breakdown.len()));
    let mut derived = tally.into_derived(
        24,
        "each specialist rated on their hours in the community ÷ scheduled hours × 100 over their weeks in the period; the mean rating, at its closest scale point",
        mean.map(|m| (m, total, count(breakdown.len()))),
        mean.map(|m| Evidence::Rating(closest_point(m))),
    );
    derived.breakdown = breakdown;
    Some(derived)
}
