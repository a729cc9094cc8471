//! Contract KPIs from counts or from client records, judged against a benchmark set.
//!
//! Every KPI states its value, the target of the chosen set, its status and margin:
//!
//! | KPI | value | target (set) | source |
//! |-----|-------|--------------|--------|
//! | `access` | starts / referrals | at least 70% (`001`; `000` prints none) | `001` KPI table, Access |
//! | `job_entry` | job entrants / starts | at least 40% | `001` Paid work entry; `000` job start target |
//! | `sustainment` | sustained / job entrants whose horizon has passed | IPS 65% (`001`) or 60% (`000`) beyond 13 weeks; SEQF 70% beyond 26 weeks | `001` Sustained employment; `000` |
//! | `caseload` | active caseload per full-time employment specialist | at most 25 (IPS) / 15 (SEQF) | `001` Active caseload; `000` |
//! | `senior_caseload` | active caseload of a senior employment specialist | at most 20 (IPS, `001` only) | `001` Active caseload |
//! | `unit_cost` | cost per participant, £ | £2000–£2500 IPS, £4500–£6500 SEQF (`001`); around £2000 / £5000 (`000`) | `001`; `000` |
//! | `wellbeing_measured_at_start` | starters with a start SWEMWBS / starters | every client (`001`) | `001` Wellbeing outcomes |
//! | `wellbeing_change` | mean change in SWEMWBS metric score, start to end: each client's raw totals converted through the published table, then the changes averaged (raw totals are not an interval measure) | none printed | — |
//!
//! **Status.** `met` / `not_met` against the target; `not_measurable` when the denominator
//! is zero (reported as such, never as 0%); `not_judged` when the set prints no target for
//! the KPI, or prints a figure with no pass rule ("around £2000": the source gives no
//! tolerance and none is invented). **Margin** is how far the value is on the good side of
//! the target (negative when short): value − target for "at least", target − value for
//! "at most", the distance to the nearer end inside a range.
//!
//! **Rates** are fractions (0.75, not 75%). A rate within 1e-12 of its target meets it, so
//! 140 of 200 meets "at least 70%" despite binary fractions.
//!
//! For a reporting period, with outcome definitions a commissioner sets and every record
//! accounted for, see [`super::returns`].
//!
//! **From records** ([`kpis_from_records`]): referrals are the records; starts, those with a
//! start date; job entrants, those with at least one job. Jobs merge into spells of
//! continuous work (a job starting on or before the day after the previous one ends continues
//! the spell; an end date is the last day in work; a job with no end runs to `as_of`).
//! "Sustain employment beyond 13 weeks" is read as: a spell still in work on the day 13 weeks
//! (91 days; 26 weeks = 182 days) after it started. A job entrant who has not yet sustained
//! is left out of the denominator while the outcome is open — until 13 (26) weeks have
//! passed since their first job, and while a spell is ongoing — as their horizon has not
//! passed. A person counts once, however many jobs they hold.
//!
//! The fidelity guidance's "job start target of 40%" names no denominator; it is read, like
//! the commissioning guide's "40% of starters into paid employment", as job entrants over
//! starts. The wellbeing change uses raw SWEMWBS totals (7–35); the guide asks
//! for measurement "for each client at start and end", so the start measurement is judged
//! against every starter, and clients still in service are not expected to have an end score.

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::Error;
use crate::source::Provenance;

use super::benchmarks::{BenchmarkSet, BenchmarkSetId, UnitCost};
use super::{Date, Model, days_between};

/// Rates within this distance of their target meet it.
pub const RATE_TOLERANCE: f64 = 1e-12;

/// The lowest and highest raw SWEMWBS total (seven items scored 1–5).
pub const SWEMWBS_RAW_RANGE: (u8, u8) = (7, 35);

/// Counts for one reporting period of one service.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Counts {
    /// People referred.
    pub referrals: u32,
    /// Referrals who started on the service.
    pub starts: u32,
    /// Starters who entered paid work.
    pub job_entries: u32,
    /// Job entrants whose sustainment horizon (13 or 26 weeks) has passed; `None` means all
    /// job entrants.
    pub entrants_past_horizon: Option<u32>,
    /// Job entrants still in work past the horizon.
    pub sustained: u32,
    /// Active caseload per full-time employment specialist.
    pub caseload: Option<f64>,
    /// Active caseload of a senior employment specialist (IPS).
    pub senior_caseload: Option<f64>,
    /// Cost per participant, in pounds.
    pub unit_cost: Option<f64>,
}

/// The figures a KPI report takes besides rates: caseloads and unit cost.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ServiceFigures {
    /// Active caseload per full-time employment specialist.
    pub caseload: Option<f64>,
    /// Active caseload of a senior employment specialist (IPS).
    pub senior_caseload: Option<f64>,
    /// Cost per participant, in pounds.
    pub unit_cost: Option<f64>,
}

/// One client's journey through the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientRecord {
    /// The record's id, unique within a request.
    pub id: String,
    /// Date of referral.
    pub referral: Date,
    /// Date the client started on the service, if they did.
    pub start: Option<Date>,
    /// Paid jobs since the start.
    pub jobs: Vec<Job>,
    /// Raw SWEMWBS total (7–35) at the start of support, where known.
    pub swemwbs_start: Option<u8>,
    /// Raw SWEMWBS total (7–35) at the end of support, where known.
    pub swemwbs_end: Option<u8>,
    /// Whether the client was out of work at the start, where recorded (a period return's
    /// job entry rate may count only those who were).
    pub out_of_work_at_start: Option<bool>,
}

/// One paid job.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Job {
    /// First day in the job.
    pub start: Date,
    /// Last day in the job, or `None` while it continues.
    pub end: Option<Date>,
    /// Hours a week, where recorded (a period return's job entry may ask for a least number).
    pub hours_per_week: Option<f64>,
}

/// Which KPI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KpiId {
    /// Starts / referrals.
    Access,
    /// Job entrants / starts.
    JobEntry,
    /// Sustained / job entrants whose horizon has passed.
    Sustainment,
    /// Active caseload per full-time employment specialist.
    Caseload,
    /// Active caseload of a senior employment specialist.
    SeniorCaseload,
    /// Cost per participant.
    UnitCost,
    /// Starters with a start SWEMWBS / starters.
    WellbeingMeasuredAtStart,
    /// Mean change in raw SWEMWBS total.
    WellbeingChange,
}

impl KpiId {
    /// The stable id, e.g. `"job_entry"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Access => "access",
            Self::JobEntry => "job_entry",
            Self::Sustainment => "sustainment",
            Self::Caseload => "caseload",
            Self::SeniorCaseload => "senior_caseload",
            Self::UnitCost => "unit_cost",
            Self::WellbeingMeasuredAtStart => "wellbeing_measured_at_start",
            Self::WellbeingChange => "wellbeing_change",
        }
    }
}

/// A KPI's target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target {
    /// The value must be at least this.
    AtLeast(f64),
    /// The value must be at most this.
    AtMost(f64),
    /// The value must lie in this range, both ends included.
    Between(f64, f64),
    /// A figure printed as "around", with no tolerance: compared, never judged.
    Around(f64),
}

impl Target {
    /// The stable id of the comparison: `at_least`, `at_most`, `between` or `around`.
    #[must_use]
    pub const fn comparison(self) -> &'static str {
        match self {
            Self::AtLeast(_) => "at_least",
            Self::AtMost(_) => "at_most",
            Self::Between(..) => "between",
            Self::Around(_) => "around",
        }
    }

    /// Whether `value` meets the target (`None` for [`Target::Around`]) and its margin.
    #[must_use]
    pub fn judge(self, value: f64) -> (Option<bool>, Option<f64>) {
        match self {
            Self::AtLeast(t) => (Some(value >= t - RATE_TOLERANCE), Some(value - t)),
            Self::AtMost(t) => (Some(value <= t + RATE_TOLERANCE), Some(t - value)),
            Self::Between(lo, hi) => (Some(value >= lo && value <= hi), Some((value - lo).min(hi - value))),
            Self::Around(_) => (None, None),
        }
    }
}

/// How a KPI stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KpiStatus {
    /// The value meets the target.
    Met,
    /// The value misses the target.
    NotMet,
    /// The denominator is zero, so there is no value.
    NotMeasurable,
    /// The set gives no target, or a figure without a pass rule.
    NotJudged,
}

impl KpiStatus {
    /// The stable id: `met`, `not_met`, `not_measurable`, `not_judged`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Met => "met",
            Self::NotMet => "not_met",
            Self::NotMeasurable => "not_measurable",
            Self::NotJudged => "not_judged",
        }
    }
}

/// One KPI result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kpi {
    /// Which KPI.
    pub id: KpiId,
    /// The value (a fraction for rates), or `None` when not measurable.
    pub value: Option<f64>,
    /// The count over the denominator, for rates.
    pub numerator: Option<u32>,
    /// The denominator, for rates.
    pub denominator: Option<u32>,
    /// The set's target, if it prints one.
    pub target: Option<Target>,
    /// How the value stands against the target.
    pub status: KpiStatus,
    /// How far the value is on the good side of the target (negative when short).
    pub margin: Option<f64>,
    /// Where the target is printed.
    pub provenance: Option<Provenance>,
}

impl Kpi {
    /// The KPI reported without a judgement: no target or margin, and status `not_judged`
    /// (or still `not_measurable` with no value).
    pub(super) fn not_judged(&mut self) {
        self.target = None;
        self.margin = None;
        if self.value.is_some() {
            self.status = KpiStatus::NotJudged;
        }
    }
}

impl Kpi {
    fn judged(id: KpiId, value: Option<f64>, target: Option<(Target, Provenance)>) -> Self {
        let (status, margin) = match (value, target) {
            (None, _) => (KpiStatus::NotMeasurable, None),
            (Some(_), None) => (KpiStatus::NotJudged, None),
            (Some(v), Some((t, _))) => match t.judge(v) {
                (Some(true), margin) => (KpiStatus::Met, margin),
                (Some(false), margin) => (KpiStatus::NotMet, margin),
                (None, margin) => (KpiStatus::NotJudged, margin),
            },
        };
        Self {
            id,
            value,
            numerator: None,
            denominator: None,
            target: target.map(|(t, _)| t),
            status,
            margin,
            provenance: target.map(|(_, p)| p),
        }
    }

    fn rate(id: KpiId, numerator: u32, denominator: u32, target: Option<(Target, Provenance)>) -> Self {
        let value = (denominator > 0).then(|| f64::from(numerator) / f64::from(denominator));
        Self { numerator: Some(numerator), denominator: Some(denominator), ..Self::judged(id, value, target) }
    }
}

/// What the records showed, besides the KPIs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordSummary {
    /// The date the records were read as of.
    pub as_of: Date,
    /// The counts derived from the records.
    pub referrals: u32,
    /// Records with a start date.
    pub starts: u32,
    /// Records with at least one job.
    pub job_entries: u32,
    /// Job entrants whose horizon has passed.
    pub entrants_past_horizon: u32,
    /// Of those, people in work past the horizon.
    pub sustained: u32,
    /// Job entrants left out of the sustainment denominator: horizon not yet passed.
    pub awaiting_horizon: u32,
}

/// KPIs judged against one benchmark set.
#[derive(Debug, Clone, PartialEq)]
pub struct KpiReport {
    /// The benchmarks used.
    pub set: &'static BenchmarkSet,
    /// The KPIs, in [`KpiId`] order; those whose inputs were not given are left out.
    pub kpis: Vec<Kpi>,
    /// The counts derived from records, when the KPIs came from records.
    pub records: Option<RecordSummary>,
}

impl KpiReport {
    /// The KPI with this id, if reported.
    #[must_use]
    pub fn kpi(&self, id: KpiId) -> Option<&Kpi> {
        self.kpis.iter().find(|k| k.id == id)
    }
}

fn check_part(value: u32, field: &str, total: u32, total_field: &str) -> Result<(), Error> {
    if value > total {
        return Err(Error::CountExceedsTotal { field: field.into(), value, total_field: total_field.into(), total });
    }
    Ok(())
}

fn check_figure(value: Option<f64>, field: &str, accepted: &'static str) -> Result<(), Error> {
    match value {
        Some(v) if !v.is_finite() => Err(Error::NonFiniteValue { field: field.into(), value: v, accepted }),
        Some(v) if v < 0.0 => Err(Error::NegativeValue { field: field.into(), value: v, accepted }),
        _ => Ok(()),
    }
}

impl Counts {
    /// Checks that every count is part of the one it is drawn from (starts ≤ referrals,
    /// job entries ≤ starts, entrants past the horizon ≤ job entries, sustained ≤ those)
    /// and that the figures are finite and not negative. Paths are `counts.<field>`.
    ///
    /// # Errors
    /// [`Error::CountExceedsTotal`], [`Error::NonFiniteValue`], [`Error::NegativeValue`].
    pub fn validate(&self) -> Result<(), Error> {
        check_part(self.starts, "counts.starts", self.referrals, "counts.referrals")?;
        check_part(self.job_entries, "counts.job_entries", self.starts, "counts.starts")?;
        let past = match self.entrants_past_horizon {
            Some(past) => {
                check_part(past, "counts.entrants_past_horizon", self.job_entries, "counts.job_entries")?;
                (past, "counts.entrants_past_horizon")
            }
            None => (self.job_entries, "counts.job_entries"),
        };
        check_part(self.sustained, "counts.sustained", past.0, past.1)?;
        self.figures().validate("counts")
    }

    const fn figures(&self) -> ServiceFigures {
        ServiceFigures { caseload: self.caseload, senior_caseload: self.senior_caseload, unit_cost: self.unit_cost }
    }
}

impl ServiceFigures {
    /// Checks the figures are finite and not negative; `prefix` starts each path.
    ///
    /// # Errors
    /// [`Error::NonFiniteValue`], [`Error::NegativeValue`].
    pub fn validate(&self, prefix: &str) -> Result<(), Error> {
        let path = |key: &str| alloc::format!("{prefix}.{key}");
        check_figure(self.caseload, &path("caseload"), "a caseload, 0 or more clients")?;
        check_figure(self.senior_caseload, &path("senior_caseload"), "a caseload, 0 or more clients")?;
        check_figure(self.unit_cost, &path("unit_cost"), "a cost per participant in pounds, 0 or more")
    }
}

/// KPIs from counts.
///
/// # Errors
/// The errors of [`Counts::validate`].
pub fn kpis_from_counts(set: BenchmarkSetId, model: Model, counts: &Counts) -> Result<KpiReport, Error> {
    counts.validate()?;
    let set = set.for_model(model);
    let past = counts.entrants_past_horizon.unwrap_or(counts.job_entries);
    let mut kpis = rates(set, counts.referrals, counts.starts, counts.job_entries, past, counts.sustained);
    figures(set, &counts.figures(), &mut kpis);
    Ok(KpiReport { set, kpis, records: None })
}

fn rates(set: &BenchmarkSet, referrals: u32, starts: u32, entries: u32, past: u32, sustained: u32) -> Vec<Kpi> {
    rates_of(set, (starts, referrals), (entries, starts), (sustained, past))
}

/// The three rate KPIs, each from its numerator and denominator: access, job entry and
/// sustainment.
pub(super) fn rates_of(set: &BenchmarkSet, access: (u32, u32), entry: (u32, u32), sustained: (u32, u32)) -> Vec<Kpi> {
    let at_least = |b: crate::commissioning::Benchmark<f64>| (Target::AtLeast(b.value), b.provenance);
    let sustainment = set.sustainment;
    Vec::from([
        Kpi::rate(KpiId::Access, access.0, access.1, set.access_min_rate.map(at_least)),
        Kpi::rate(KpiId::JobEntry, entry.0, entry.1, Some(at_least(set.job_entry_min_rate))),
        Kpi::rate(
            KpiId::Sustainment,
            sustained.0,
            sustained.1,
            Some((Target::AtLeast(sustainment.value.min_rate), sustainment.provenance)),
        ),
    ])
}

pub(super) fn figures(set: &BenchmarkSet, figures: &ServiceFigures, kpis: &mut Vec<Kpi>) {
    if let Some(caseload) = figures.caseload {
        let target = (Target::AtMost(set.caseload_max.value), set.caseload_max.provenance);
        kpis.push(Kpi::judged(KpiId::Caseload, Some(caseload), Some(target)));
    }
    if let Some(senior) = figures.senior_caseload {
        let target = set.senior_caseload_max.map(|b| (Target::AtMost(b.value), b.provenance));
        kpis.push(Kpi::judged(KpiId::SeniorCaseload, Some(senior), target));
    }
    if let Some(cost) = figures.unit_cost {
        let target = match set.unit_cost.value {
            UnitCost::Range { min, max } => Target::Between(min, max),
            UnitCost::Around(figure) => Target::Around(figure),
        };
        kpis.push(Kpi::judged(KpiId::UnitCost, Some(cost), Some((target, set.unit_cost.provenance))));
    }
}

/// The index of the first record whose id an earlier record already has.
///
/// Linear in the usual case, by [`hashed_first_repeat`]; ids built to collide in the hash
/// fall back to sorting, which gives the same answer (the property test `hash_and_sort_agree`
/// checks it) in O(n log n) whatever the ids.
fn first_repeated_id(records: &[ClientRecord]) -> Option<usize> {
    let budget = records.len().saturating_mul(8).saturating_add(64);
    hashed_first_repeat(records, |r| r.id.as_str(), budget)
        .unwrap_or_else(|| crate::repeat::first_repeat(records.iter().map(|r| r.id.as_str())))
}

/// [`first_repeated_id`] in one pass over an open-addressing table (FNV-1a, linear probing),
/// 4 bytes a slot so that it stays in cache: `Some(answer)`, or `None` once the probes past
/// an occupied slot exceed `budget` (or there are 2^32 − 1 items or more).
///
/// A slot holds the position of an item plus one in its low bits (0 is an empty slot) and,
/// in the bits those positions never use, high bits of the item's hash: a probe past a
/// slot whose bits differ skips reading that item's id, which at 100 000 records is a
/// cache miss.
fn hashed_first_repeat<T>(items: &[T], id: impl Fn(&T) -> &str, budget: usize) -> Option<Option<usize>> {
    let count = u32::try_from(items.len()).ok().filter(|&n| n < u32::MAX)?;
    let slots = items.len().checked_mul(2)?.checked_next_power_of_two()?.max(2);
    let mask = slots - 1;
    // Bits that hold a position plus one (at most `count`); the rest hold the hash's tag.
    let position_bits = u32::MAX.checked_shr(count.leading_zeros()).unwrap_or(0);
    let mut table: Vec<u32> = alloc::vec![0; slots];
    let mut probes = 0usize;
    // Hashes a chunk at a time, then inserts: the inserts' table reads do not wait on
    // hashing, so the processor overlaps their cache misses.
    let mut hashes = [0u64; 64];
    for (chunk_index, chunk) in items.chunks(hashes.len()).enumerate() {
        for (hash, item) in hashes.iter_mut().zip(chunk) {
            *hash = fnv1a(id(item));
        }
        for (offset, (item, &hash)) in chunk.iter().zip(&hashes).enumerate() {
            let index = chunk_index * hashes.len() + offset;
            let tag = (hash >> 32) as u32 & !position_bits;
            let entry = tag | u32::try_from(index + 1).ok()?;
            #[expect(clippy::cast_possible_truncation, reason = "only the low bits pick a slot")]
            let mut slot = hash as usize & mask;
            loop {
                let held = table.get_mut(slot)?;
                if *held == 0 {
                    *held = entry;
                    break;
                }
                if *held & !position_bits == tag {
                    let earlier = items.get((*held & position_bits) as usize - 1).map(&id);
                    if earlier == Some(id(item)) {
                        return Some(Some(index));
                    }
                }
                probes += 1;
                if probes > budget {
                    return None;
                }
                slot = (slot + 1) & mask;
            }
        }
    }
    Some(None)
}

/// The 64-bit FNV-1a hash of `text`.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// KPIs from client records, as of a date.
///
/// # Errors
/// [`Error::DuplicateRecord`] for a repeated id; [`Error::DatesOutOfOrder`] for a start
/// before the referral, a job without or before the start, or a job end before its start;
/// [`Error::DateAfterAsOf`] for any date after `as_of`; [`Error::ValueOutOfRange`] for a
/// SWEMWBS total outside 7–35; the figure errors of [`ServiceFigures::validate`]. Paths
/// name the record by id: `records[c17].jobs[0].end`.
pub fn kpis_from_records(
    set: BenchmarkSetId,
    model: Model,
    as_of: Date,
    records: &[ClientRecord],
    figures_given: &ServiceFigures,
) -> Result<KpiReport, Error> {
    figures_given.validate("figures")?;
    let set = set.for_model(model);
    let horizon = set.sustainment.value.horizon_days();
    let mut summary = RecordSummary {
        as_of,
        referrals: 0,
        starts: 0,
        job_entries: 0,
        entrants_past_horizon: 0,
        sustained: 0,
        awaiting_horizon: 0,
    };
    // The metric changes are summed in hundredths, exactly.
    let (mut measured_at_start, mut change_hundredths, mut changes) = (0u32, 0i64, 0u32);
    check_records(records, as_of)?;
    for record in records {
        summary.referrals += 1;
        if record.start.is_none() {
            continue;
        }
        summary.starts += 1;
        if record.swemwbs_start.is_some() {
            measured_at_start += 1;
        }
        if let Some(change) = metric_change(record) {
            change_hundredths += change;
            changes += 1;
        }
        match sustainment(&record.jobs, as_of, horizon) {
            Outcome::NoJob => continue,
            Outcome::Sustained => summary.sustained += 1,
            Outcome::NotSustained => {}
            Outcome::Awaiting => {
                summary.job_entries += 1;
                summary.awaiting_horizon += 1;
                continue;
            }
        }
        summary.job_entries += 1;
        summary.entrants_past_horizon += 1;
    }
    let mut kpis = rates(
        set,
        summary.referrals,
        summary.starts,
        summary.job_entries,
        summary.entrants_past_horizon,
        summary.sustained,
    );
    figures(set, figures_given, &mut kpis);
    wellbeing(set, (measured_at_start, summary.starts), (change_hundredths, changes), &mut kpis);
    Ok(KpiReport { set, kpis, records: Some(summary) })
}

/// The two wellbeing KPIs: the starters measured at the start (`measured`: those measured and
/// the starters), and the mean SWEMWBS metric change (`changes`: their sum in hundredths, and
/// how many).
pub(super) fn wellbeing(set: &BenchmarkSet, measured: (u32, u32), changes: (i64, u32), kpis: &mut Vec<Kpi>) {
    let every_client = set.wellbeing_at_start_and_end.map(|p| (Target::AtLeast(1.0), p));
    kpis.push(Kpi::rate(KpiId::WellbeingMeasuredAtStart, measured.0, measured.1, every_client));
    let (sum, count) = changes;
    #[expect(clippy::cast_precision_loss, reason = "the sum of at most 2^32 changes of at most 2800 is exact in f64")]
    let mean_change = (count > 0).then(|| sum as f64 / (f64::from(count) * 100.0));
    kpis.push(Kpi {
        numerator: None,
        denominator: Some(count),
        ..Kpi::judged(KpiId::WellbeingChange, mean_change, None)
    });
}

/// A record's SWEMWBS metric change from start to end, in hundredths, when both totals are
/// given.
pub(super) fn metric_change(record: &ClientRecord) -> Option<i64> {
    let (start, end) = (metric(record.swemwbs_start)?, metric(record.swemwbs_end)?);
    Some(i64::from(end) - i64::from(start))
}

/// Checks every record ([`ClientRecord::validate`] on `as_of`) and that no two share an id.
///
/// # Errors
/// [`Error::DuplicateRecord`], and every error of [`ClientRecord::validate`].
pub(super) fn check_records(records: &[ClientRecord], as_of: Date) -> Result<(), Error> {
    let repeated = first_repeated_id(records);
    for (index, record) in records.iter().enumerate() {
        if repeated == Some(index) {
            return Err(Error::DuplicateRecord {
                field: alloc::format!("records[{}].id", record.id),
                id: record.id.clone(),
            });
        }
        record.validate(as_of)?;
    }
    Ok(())
}

/// The SWEMWBS metric score of a raw total, in hundredths, by the published table
/// ([`crate::wellbeing::METRIC_HUNDREDTHS`]); `None` for no total (a record's totals are
/// checked to be 7–35 before this is asked).
fn metric(raw: Option<u8>) -> Option<u16> {
    let at = raw?.checked_sub(crate::wellbeing::RAW_MIN)?;
    crate::wellbeing::METRIC_HUNDREDTHS.get(usize::from(at)).copied()
}

/// Where one person stands on sustained employment.
enum Outcome {
    /// No job: not a job entrant.
    NoJob,
    /// In continuous work for the horizon or longer.
    Sustained,
    /// Not sustained, and no spell of work can still reach the horizon by `as_of`.
    NotSustained,
    /// Not yet known: the horizon since the first job has not passed, or an ongoing spell
    /// of work has not yet lasted the horizon.
    Awaiting,
}

/// Merges `jobs` into spells of continuous work (a job starting on or before the day after
/// the previous one ends continues the spell) and judges the person against `horizon` days.
fn sustainment(jobs: &[Job], as_of: Date, horizon: i32) -> Outcome {
    // Jobs in start order; records usually list them so, and then nothing is copied.
    let sorted;
    let order: &[Job] = if jobs.is_sorted_by_key(|j| j.start) {
        jobs
    } else {
        let mut copy = jobs.to_vec();
        copy.sort_unstable_by_key(|j| j.start);
        sorted = copy;
        &sorted
    };
    let Some(first) = order.first().map(|j| j.start) else { return Outcome::NoJob };
    // Spells of continuous work, each judged as it closes: (spell start, spell end; None
    // while ongoing).
    let (mut sustained, mut ongoing) = (false, false);
    let mut judge = |(start, end): (Date, Option<Date>)| {
        sustained |= days_between(start, end.unwrap_or(as_of)) >= horizon;
        ongoing |= end.is_none();
    };
    let mut spell: Option<(Date, Option<Date>)> = None;
    for job in order {
        match &mut spell {
            Some((_, end)) if end.is_none_or(|e| days_between(e, job.start) <= 1) => {
                *end = match (*end, job.end) {
                    (None, _) | (_, None) => None,
                    (Some(a), Some(b)) => Some(a.max(b)),
                };
            }
            _ => {
                if let Some(done) = spell.replace((job.start, job.end)) {
                    judge(done);
                }
            }
        }
    }
    if let Some(done) = spell {
        judge(done);
    }
    if sustained {
        return Outcome::Sustained;
    }
    if days_between(first, as_of) < horizon || ongoing { Outcome::Awaiting } else { Outcome::NotSustained }
}

impl ClientRecord {
    fn path(&self, rest: &str) -> alloc::string::String {
        alloc::format!("records[{}].{rest}", self.id)
    }

    /// Checks the record's dates are in order and not after `as_of`, and its SWEMWBS
    /// totals are within 7–35.
    ///
    /// # Errors
    /// See [`kpis_from_records`].
    pub fn validate(&self, as_of: Date) -> Result<(), Error> {
        // Paths are built only for an error: this runs for every record.
        type Path<'p> = &'p dyn Fn() -> alloc::string::String;
        let not_after = |date: Date, field: Path<'_>| {
            if date > as_of {
                Err(Error::DateAfterAsOf {
                    field: field(),
                    value: super::date_text(date),
                    as_of: super::date_text(as_of),
                })
            } else {
                Ok(())
            }
        };
        let in_order = |earlier: Date, earlier_field: Path<'_>, later: Date, later_field: Path<'_>| {
            if later < earlier {
                Err(Error::DatesOutOfOrder {
                    field: later_field(),
                    value: super::date_text(later),
                    other_field: earlier_field(),
                    other_value: super::date_text(earlier),
                })
            } else {
                Ok(())
            }
        };
        let referral_path = || self.path("referral");
        let start_path = || self.path("start");
        not_after(self.referral, &referral_path)?;
        if let Some(start) = self.start {
            not_after(start, &start_path)?;
            in_order(self.referral, &referral_path, start, &start_path)?;
        }
        for (j, job) in self.jobs.iter().enumerate() {
            let job_start_path = || self.path(&alloc::format!("jobs[{j}].start"));
            let job_end_path = || self.path(&alloc::format!("jobs[{j}].end"));
            let Some(start) = self.start else {
                return Err(Error::MissingField { field: start_path() });
            };
            not_after(job.start, &job_start_path)?;
            in_order(start, &start_path, job.start, &job_start_path)?;
            if let Some(end) = job.end {
                not_after(end, &job_end_path)?;
                in_order(job.start, &job_start_path, end, &job_end_path)?;
            }
        }
        for (key, value) in [("swemwbs_start", self.swemwbs_start), ("swemwbs_end", self.swemwbs_end)] {
            if let Some(v) = value.filter(|v| !(SWEMWBS_RAW_RANGE.0..=SWEMWBS_RAW_RANGE.1).contains(v)) {
                return Err(Error::ValueOutOfRange {
                    field: self.path(key),
                    value: f64::from(v),
                    accepted: "a raw SWEMWBS total, a whole number from 7 to 35",
                });
            }
        }
        if self.swemwbs_end.is_some() && self.start.is_none() {
            return Err(Error::MissingField { field: self.path("start") });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_record_repeating_an_id_is_found_by_hash_and_by_sort() {
        let cases: [(&[&str], Option<usize>); 5] = [
            (&[], None),
            (&["a", "b", "c"], None),
            (&["a", "b", "a"], Some(2)),
            (&["a", "b", "b", "a"], Some(2)),
            (&["x", "y", "z", "y", "x", "z"], Some(3)),
        ];
        for (ids, expected) in cases {
            assert_eq!(hashed_first_repeat(ids, |s| s, usize::MAX), Some(expected), "{ids:?}");
            assert_eq!(crate::repeat::first_repeat(ids.iter().copied()), expected, "{ids:?}");
        }
        // A budget of 0 probes gives up at the first collision.
        let many: Vec<alloc::string::String> = (0..100).map(|i| alloc::format!("c{i}")).collect();
        let ids: Vec<&str> = many.iter().map(alloc::string::String::as_str).collect();
        assert_eq!(hashed_first_repeat(&ids, |s| s, 0), None);
    }

    proptest::proptest! {
        #[test]
        fn hash_and_sort_agree(ids in proptest::collection::vec("[a-d]{1,2}", 0..40)) {
            let ids: Vec<&str> = ids.iter().map(alloc::string::String::as_str).collect();
            let sorted = crate::repeat::first_repeat(ids.iter().copied());
            proptest::prop_assert_eq!(hashed_first_repeat(&ids, |s| s, usize::MAX), Some(sorted));
            proptest::prop_assert_eq!(hashed_first_repeat(&ids, |s| s, 3).unwrap_or(sorted), sorted);
        }
    }
    use crate::commissioning::parse_date;
    use alloc::string::ToString;

    fn d(s: &str) -> Date {
        parse_date(s, "d").unwrap()
    }

    fn counts(referrals: u32, starts: u32, job_entries: u32, sustained: u32) -> Counts {
        Counts { referrals, starts, job_entries, sustained, ..Counts::default() }
    }

    const GUIDE: BenchmarkSetId = BenchmarkSetId::CommissioningGuide2024;
    const GENERAL: BenchmarkSetId = BenchmarkSetId::FidelityGuidance2024;

    #[test]
    fn the_design_example() {
        let c = Counts { caseload: Some(24.0), ..counts(200, 150, 60, 40) };
        let r = kpis_from_counts(GUIDE, Model::Ips, &c).unwrap();
        let access = r.kpi(KpiId::Access).unwrap();
        assert_eq!(access.value, Some(0.75));
        assert_eq!(access.target, Some(Target::AtLeast(0.70)));
        assert_eq!(access.status, KpiStatus::Met);
        assert!((access.margin.unwrap() - 0.05).abs() < 1e-12);
        let entry = r.kpi(KpiId::JobEntry).unwrap();
        assert_eq!((entry.value, entry.status), (Some(0.4), KpiStatus::Met));
        let sustained = r.kpi(KpiId::Sustainment).unwrap();
        assert_eq!(sustained.value, Some(40.0 / 60.0));
        assert_eq!(sustained.status, KpiStatus::Met, "66.7% ≥ 65%");
        let caseload = r.kpi(KpiId::Caseload).unwrap();
        assert_eq!((caseload.status, caseload.margin), (KpiStatus::Met, Some(1.0)));
    }

    #[test]
    fn targets_hold_on_their_printed_boundaries() {
        let status = |set, model, c: Counts, id| kpis_from_counts(set, model, &c).unwrap().kpi(id).unwrap().status;
        assert_eq!(status(GUIDE, Model::Ips, counts(200, 140, 0, 0), KpiId::Access), KpiStatus::Met);
        assert_eq!(status(GUIDE, Model::Ips, counts(200, 139, 0, 0), KpiId::Access), KpiStatus::NotMet);
        assert_eq!(status(GUIDE, Model::Ips, counts(100, 100, 40, 0), KpiId::JobEntry), KpiStatus::Met);
        assert_eq!(status(GUIDE, Model::Ips, counts(100, 100, 39, 0), KpiId::JobEntry), KpiStatus::NotMet);
        // IPS sustainment: 65% in the commissioning guide, 60% in the general guide.
        let c62 = counts(100, 100, 100, 62);
        assert_eq!(status(GUIDE, Model::Ips, c62, KpiId::Sustainment), KpiStatus::NotMet);
        assert_eq!(status(GENERAL, Model::Ips, c62, KpiId::Sustainment), KpiStatus::Met);
        assert_eq!(status(GUIDE, Model::Ips, counts(100, 100, 100, 65), KpiId::Sustainment), KpiStatus::Met);
        assert_eq!(status(GUIDE, Model::Seqf, counts(100, 100, 100, 69), KpiId::Sustainment), KpiStatus::NotMet);
        assert_eq!(status(GUIDE, Model::Seqf, counts(100, 100, 100, 70), KpiId::Sustainment), KpiStatus::Met);
        // The general guide prints no access target.
        assert_eq!(status(GENERAL, Model::Ips, counts(200, 10, 0, 0), KpiId::Access), KpiStatus::NotJudged);
        let caseload = |_set: BenchmarkSetId, _model: Model, n| Counts { caseload: Some(n), ..counts(1, 1, 0, 0) };
        assert_eq!(status(GUIDE, Model::Ips, caseload(GUIDE, Model::Ips, 25.0), KpiId::Caseload), KpiStatus::Met);
        assert_eq!(status(GUIDE, Model::Ips, caseload(GUIDE, Model::Ips, 25.5), KpiId::Caseload), KpiStatus::NotMet);
        assert_eq!(status(GUIDE, Model::Seqf, caseload(GUIDE, Model::Seqf, 15.0), KpiId::Caseload), KpiStatus::Met);
        assert_eq!(status(GUIDE, Model::Seqf, caseload(GUIDE, Model::Seqf, 16.0), KpiId::Caseload), KpiStatus::NotMet);
    }

    #[test]
    fn unit_cost_is_judged_against_a_range_and_only_compared_with_around() {
        let cost = |set, model, pounds| {
            let c = Counts { unit_cost: Some(pounds), ..counts(1, 1, 0, 0) };
            *kpis_from_counts(set, model, &c).unwrap().kpi(KpiId::UnitCost).unwrap()
        };
        assert_eq!(cost(GUIDE, Model::Ips, 2000.0).status, KpiStatus::Met);
        assert_eq!(cost(GUIDE, Model::Ips, 2500.0).status, KpiStatus::Met);
        assert_eq!(cost(GUIDE, Model::Ips, 1999.0).status, KpiStatus::NotMet);
        assert_eq!(cost(GUIDE, Model::Ips, 2501.0).margin, Some(-1.0));
        assert_eq!(cost(GUIDE, Model::Seqf, 4500.0).status, KpiStatus::Met);
        assert_eq!(cost(GUIDE, Model::Seqf, 6501.0).status, KpiStatus::NotMet);
        let around = cost(GENERAL, Model::Seqf, 5200.0);
        assert_eq!(
            (around.status, around.target, around.margin),
            (KpiStatus::NotJudged, Some(Target::Around(5000.0)), None)
        );
    }

    #[test]
    fn senior_caseload_has_a_target_only_for_ips_in_the_commissioning_guide() {
        let c = Counts { senior_caseload: Some(21.0), ..counts(1, 1, 0, 0) };
        assert_eq!(
            kpis_from_counts(GUIDE, Model::Ips, &c).unwrap().kpi(KpiId::SeniorCaseload).unwrap().status,
            KpiStatus::NotMet
        );
        let c = Counts { senior_caseload: Some(20.0), ..c };
        assert_eq!(
            kpis_from_counts(GUIDE, Model::Ips, &c).unwrap().kpi(KpiId::SeniorCaseload).unwrap().status,
            KpiStatus::Met
        );
        assert_eq!(
            kpis_from_counts(GUIDE, Model::Seqf, &c).unwrap().kpi(KpiId::SeniorCaseload).unwrap().status,
            KpiStatus::NotJudged
        );
    }

    #[test]
    fn zero_denominators_are_not_measurable() {
        let r = kpis_from_counts(GUIDE, Model::Ips, &counts(0, 0, 0, 0)).unwrap();
        for kpi in &r.kpis {
            assert_eq!((kpi.status, kpi.value, kpi.margin), (KpiStatus::NotMeasurable, None, None), "{:?}", kpi.id);
        }
    }

    #[test]
    fn counts_must_nest() {
        let err = |c: Counts| kpis_from_counts(GUIDE, Model::Ips, &c).unwrap_err();
        assert_eq!(err(counts(10, 11, 0, 0)).field(), Some("counts.starts"));
        assert_eq!(err(counts(10, 10, 11, 0)).field(), Some("counts.job_entries"));
        assert_eq!(err(counts(10, 10, 5, 6)).field(), Some("counts.sustained"));
        let c = Counts { entrants_past_horizon: Some(3), ..counts(10, 10, 5, 4) };
        assert_eq!(
            err(c).to_string(),
            "counts.sustained: 4 is more than counts.entrants_past_horizon (3); accepted: 0 to 3"
        );
        let c = Counts { caseload: Some(-1.0), ..counts(1, 1, 0, 0) };
        assert!(matches!(err(c), Error::NegativeValue { .. }));
        let c = Counts { unit_cost: Some(f64::NAN), ..counts(1, 1, 0, 0) };
        assert!(matches!(err(c), Error::NonFiniteValue { .. }));
    }

    fn record(id: &str, start: Option<&str>, jobs: &[(&str, Option<&str>)]) -> ClientRecord {
        ClientRecord {
            id: id.into(),
            referral: d("2025-01-01"),
            start: start.map(d),
            jobs: jobs.iter().map(|(s, e)| Job { start: d(s), end: e.map(d), hours_per_week: None }).collect(),
            swemwbs_start: None,
            swemwbs_end: None,
            out_of_work_at_start: None,
        }
    }

    #[test]
    fn records_give_the_same_kpis_with_the_horizon_respected() {
        let records = [
            record("a", None, &[]),                                                 // referred only
            record("b", Some("2025-01-10"), &[]),                                   // started, no job
            record("c", Some("2025-01-10"), &[("2025-02-01", None)]),               // in work 91+ days by as_of
            record("d", Some("2025-01-10"), &[("2025-02-01", Some("2025-05-02"))]), // exactly 90 days: not sustained
            record("e", Some("2025-01-10"), &[("2025-02-01", Some("2025-05-03"))]), // 91 days: sustained
            record("f", Some("2025-01-10"), &[("2025-05-01", None)]),               // horizon not passed
        ];
        let r = kpis_from_records(GUIDE, Model::Ips, d("2025-06-01"), &records, &ServiceFigures::default()).unwrap();
        let s = r.records.unwrap();
        assert_eq!((s.referrals, s.starts, s.job_entries), (6, 5, 4));
        assert_eq!((s.entrants_past_horizon, s.sustained, s.awaiting_horizon), (3, 2, 1));
        let k = r.kpi(KpiId::Sustainment).unwrap();
        assert_eq!((k.numerator, k.denominator), (Some(2), Some(3)));
        assert_eq!(k.status, KpiStatus::Met, "66.7% ≥ 65%");
        // SEQF: the 26-week horizon has passed for nobody yet.
        let r = kpis_from_records(GUIDE, Model::Seqf, d("2025-06-01"), &records, &ServiceFigures::default()).unwrap();
        assert_eq!(r.kpi(KpiId::Sustainment).unwrap().status, KpiStatus::NotMeasurable);
    }

    #[test]
    fn wellbeing_is_measured_for_every_starter() {
        let mut a = record("a", Some("2025-01-10"), &[]);
        a.swemwbs_start = Some(20);
        a.swemwbs_end = Some(25);
        let mut b = record("b", Some("2025-01-10"), &[]);
        b.swemwbs_start = Some(18);
        let r =
            kpis_from_records(GUIDE, Model::Ips, d("2025-06-01"), &[a.clone(), b.clone()], &ServiceFigures::default())
                .unwrap();
        assert_eq!(r.kpi(KpiId::WellbeingMeasuredAtStart).unwrap().status, KpiStatus::Met);
        // Raw 20 → 25 is metric 18.59 → 22.35: a change of 3.76, not the raw 5.
        assert_eq!(r.kpi(KpiId::WellbeingChange).unwrap().value, Some(3.76));
        b.swemwbs_start = None;
        let r = kpis_from_records(GUIDE, Model::Ips, d("2025-06-01"), &[a, b], &ServiceFigures::default()).unwrap();
        assert_eq!(r.kpi(KpiId::WellbeingMeasuredAtStart).unwrap().status, KpiStatus::NotMet);
    }

    /// The KPI is the mean of each client's metric change, as the `swemwbs` operation gives it:
    /// 19 → 27 is 17.98 → 24.11, a change of 6.13 (the raw change is 8).
    #[test]
    fn wellbeing_change_is_the_mean_metric_change() {
        let client = |id, start, end| {
            let mut r = record(id, Some("2025-01-10"), &[]);
            r.swemwbs_start = Some(start);
            r.swemwbs_end = Some(end);
            r
        };
        let run = |records: &[ClientRecord]| {
            kpis_from_records(GUIDE, Model::Ips, d("2025-06-01"), records, &ServiceFigures::default())
                .unwrap()
                .kpi(KpiId::WellbeingChange)
                .and_then(|k| k.value)
        };
        assert_eq!(run(&[client("a", 19, 27)]), Some(6.13));
        let change = |start, end| {
            crate::wellbeing::Change::from_raw(start, end, "start", "end").map(|c| c.metric_change.get()).unwrap()
        };
        assert_eq!(run(&[client("a", 19, 27)]), Some(change(19, 27)));
        // Two clients: (6.13 + (7.00 − 9.51)) / 2 = 1.81.
        assert_eq!(run(&[client("a", 19, 27), client("b", 8, 7)]), Some(1.81));
        assert_eq!(run(&[record("c", Some("2025-01-10"), &[])]), None);
    }

    #[test]
    fn bad_records_name_the_record() {
        let run = |records: &[ClientRecord]| {
            kpis_from_records(GUIDE, Model::Ips, d("2025-06-01"), records, &ServiceFigures::default()).unwrap_err()
        };
        let e = run(&[record("c7", Some("2025-01-10"), &[("2025-01-05", None)])]);
        assert!(matches!(e, Error::DatesOutOfOrder { .. }));
        assert_eq!(e.field(), Some("records[c7].jobs[0].start"));
        let e = run(&[record("c8", Some("2025-01-10"), &[("2025-02-01", Some("2025-01-31"))])]);
        assert_eq!(e.field(), Some("records[c8].jobs[0].end"));
        let e = run(&[record("c9", Some("2025-07-01"), &[])]);
        assert!(matches!(e, Error::DateAfterAsOf { .. }));
        let mut r = record("x", None, &[]);
        r.referral = d("2025-02-01");
        r.start = Some(d("2025-01-15"));
        assert_eq!(run(&[r]).field(), Some("records[x].start"));
        assert!(matches!(run(&[record("y", None, &[("2025-02-01", None)])]), Error::MissingField { .. }));
        assert!(matches!(run(&[record("z", None, &[]), record("z", None, &[])]), Error::DuplicateRecord { .. }));
        let mut w = record("w", Some("2025-01-10"), &[]);
        w.swemwbs_start = Some(36);
        assert_eq!(run(&[w]).field(), Some("records[w].swemwbs_start"));
    }
}
