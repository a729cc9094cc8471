//! When external fidelity reviews and internal self-assessments are due (`001` KPI table).
//!
//! | rule | printed (`001`, KPI table) | how it is applied |
//! |------|----------------------------|-------------------|
//! | first external review | "At least once within the first 12 months of a new service" | with no external review yet, the next is due by the last day of the service's first 12 months: start + 12 calendar months − 1 day |
//! | repeat external review | "At least every three years for a service holding IPS Grow accreditation at either a 'Good' or 'Exemplary' level" (SEQF: 'Good' or 'Excellent') | after a review with such an outcome, the next is due 36 calendar months after it |
//! | below Good | — | the sources set no interval after a review below Good (IPS fair or not supported employment; SEQF not accredited): no date is proposed, and the answer says so |
//! | internal self-assessment | "Annually in between external fidelity assessments. Should be documented, scored and with a resulting improvement action plan." | due 12 months after the later of the last external review and the last internal self-assessment that was scored and had an action plan; none before the first external review (nothing is yet "in between"); none when the next external review, not yet overdue, comes first — an overdue external review does not hold the internal one back |
//! | two reviews on one day | — | the lower outcome stands (our choice, so the answer does not depend on the order given) |
//!
//! The UK IPS scale itself (`003`, item 11) prints one more: the Trust's own quality-assurance
//! review of the programme with the fidelity scale.
//!
//! | rule | printed (`003`, item 11) | how it is applied |
//! |------|--------------------------|-------------------|
//! | Trust quality-assurance review (IPS) | "at least every 6 months through the use of the Supported Employment Fidelity Scale or until achieving high fidelity, and at least yearly thereafter" | due 6 months after the last use of the scale (the later of the last external review and the last internal self-assessment that was scored), or after the service start when there is none; 12 months once the latest external review is Good or Exemplary, read as high fidelity (`trust_qa_high_fidelity` in [`crate::interpretation`]); none for SEQF, for which the sources print no such rule |
//!
//! Why the first external review falls within 12 months: a new service takes "around 12 months
//! to reach good quality" (`000`, recommendations) and "between 6-18 months to properly
//! develop" (`001`, Step 1); the first review's reason says so.
//!
//! A date is due *on* its day: a review is overdue only on a later `as_of`. Every date
//! proposed is a review or start date plus whole months, so never before the service start.

use alloc::vec::Vec;

use crate::error::Error;
use crate::source::{Provenance, Source};

use super::benchmarks::FIDELITY_ASSESSMENT;
use super::{Date, Model, add_months, date_text, days_between};

/// The outcome of an external fidelity review: an IPS band or an SEQF accreditation level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewOutcome {
    /// IPS: 115–125.
    Exemplary,
    /// IPS 100–114, or SEQF accreditation at Good.
    Good,
    /// IPS: 74–99.
    Fair,
    /// IPS: 73 or below.
    NotSupportedEmployment,
    /// SEQF accreditation at Excellent.
    Excellent,
    /// SEQF: not accredited.
    NotAccredited,
}

impl ReviewOutcome {
    /// The outcomes a model's reviews give, in order from best.
    #[must_use]
    pub const fn for_model(model: Model) -> &'static [Self] {
        match model {
            Model::Ips => &[Self::Exemplary, Self::Good, Self::Fair, Self::NotSupportedEmployment],
            Model::Seqf => &[Self::Excellent, Self::Good, Self::NotAccredited],
        }
    }

    /// The accepted ids for a model, for messages.
    #[must_use]
    pub const fn accepted(model: Model) -> &'static str {
        match model {
            Model::Ips => "exemplary, good, fair, not_supported_employment",
            Model::Seqf => "excellent, good, not_accredited",
        }
    }

    /// The stable id, e.g. `"not_supported_employment"`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Exemplary => "exemplary",
            Self::Good => "good",
            Self::Fair => "fair",
            Self::NotSupportedEmployment => "not_supported_employment",
            Self::Excellent => "excellent",
            Self::NotAccredited => "not_accredited",
        }
    }

    /// The outcome with this id among `model`'s outcomes.
    ///
    /// # Errors
    /// [`Error::UnknownValue`] naming `field` for an id the model's reviews do not give.
    pub fn from_id(model: Model, id: &str, field: &str) -> Result<Self, Error> {
        Self::for_model(model).iter().copied().find(|o| o.id() == id).ok_or_else(|| Error::UnknownValue {
            field: field.into(),
            value: id.into(),
            accepted: Self::accepted(model).into(),
        })
    }

    /// Whether the outcome holds the accreditation that allows three years between reviews:
    /// Good or Exemplary (IPS), Good or Excellent (SEQF).
    #[must_use]
    pub const fn allows_three_years(self) -> bool {
        matches!(self, Self::Exemplary | Self::Good | Self::Excellent)
    }
}

/// One external fidelity review held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExternalReview {
    /// When it was held.
    pub date: Date,
    /// Its outcome.
    pub outcome: ReviewOutcome,
}

/// One internal self-assessment (or peer assessment) held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InternalAssessment {
    /// When it was held.
    pub date: Date,
    /// Whether it was scored.
    pub scored: bool,
    /// Whether it produced an improvement action plan.
    pub action_plan: bool,
}

impl InternalAssessment {
    /// Whether it counts as the annual self-assessment: scored, with an action plan.
    #[must_use]
    pub const fn counts(self) -> bool {
        self.scored && self.action_plan
    }
}

/// A service's review history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewHistory {
    /// The model the service follows.
    pub model: Model,
    /// When the service started.
    pub service_start: Date,
    /// External reviews held, in any order.
    pub external: Vec<ExternalReview>,
    /// Internal self-assessments held, in any order.
    pub internal: Vec<InternalAssessment>,
}

/// Which kind of review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewKind {
    /// An external fidelity review.
    External,
    /// An internal self-assessment.
    Internal,
    /// The Trust's own quality-assurance review with the fidelity scale (`003`, item 11).
    TrustQualityAssurance,
}

impl ReviewKind {
    /// The stable id: `external` or `internal`.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::External => "external",
            Self::Internal => "internal",
            Self::TrustQualityAssurance => "trust_quality_assurance",
        }
    }
}

/// The next review of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextReview {
    /// Which kind.
    pub kind: ReviewKind,
    /// The date it is due by, or `None` where the sources set none (see `reason`).
    pub due: Option<Date>,
    /// Why it is due then, or why no date is set.
    pub reason: &'static str,
    /// Days past the due date on `as_of` (0 when not overdue).
    pub days_overdue: i32,
    /// Where the rule is printed.
    pub provenance: Provenance,
}

impl NextReview {
    /// Whether the review is overdue on the schedule's `as_of` date.
    #[must_use]
    pub const fn is_overdue(&self) -> bool {
        self.days_overdue > 0
    }
}

/// The review schedule of a service on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// The model.
    pub model: Model,
    /// The date the schedule is read on.
    pub as_of: Date,
    /// The latest external review, if any.
    pub latest_external: Option<ExternalReview>,
    /// The next external review.
    pub next_external: NextReview,
    /// The next internal self-assessment.
    pub next_internal: NextReview,
    /// The next quality-assurance review of the Trust's own (IPS; `003`, item 11).
    pub next_trust_quality_assurance: NextReview,
    /// Internal self-assessments that do not count: not scored or without an action plan.
    pub not_counted: Vec<Date>,
}

impl Schedule {
    /// The reviews overdue on `as_of`.
    pub fn overdue(&self) -> impl Iterator<Item = &NextReview> {
        [&self.next_external, &self.next_internal, &self.next_trust_quality_assurance]
            .into_iter()
            .filter(|r| r.is_overdue())
    }
}

const EXTERNAL_FREQUENCY: Provenance =
    Provenance { source: Source::CommissioningGuide2024, locator: "KPI table, External fidelity assessment frequency" };
const INTERNAL_FREQUENCY: Provenance = Provenance {
    source: Source::CommissioningGuide2024,
    locator: "KPI table, Internal fidelity self-assessment / peer-assessment",
};

const TRUST_QUALITY_ASSURANCE: Provenance = Provenance {
    source: Source::UkIpsFidelityScale,
    locator: "item 11: \"Trust quality assurance process includes an explicit review of the SE programme … at least \
              every 6 months through the use of the Supported Employment Fidelity Scale or until achieving high \
              fidelity, and at least yearly thereafter\"",
};

/// Months between the Trust's quality-assurance reviews until high fidelity (`003`, item 11).
pub const TRUST_QA_MONTHS_UNTIL_HIGH_FIDELITY: i32 = 6;
/// Months between them once at high fidelity (`003`, item 11: "at least yearly thereafter").
pub const TRUST_QA_MONTHS_AT_HIGH_FIDELITY: i32 = 12;

/// Months from a new service's start to its first external review.
pub const FIRST_EXTERNAL_REVIEW_MONTHS: i32 = FIDELITY_ASSESSMENT.value.first_external_within_months as i32;
/// Months between external reviews while accredited Good or better.
pub const ACCREDITED_REVIEW_INTERVAL_MONTHS: i32 = FIDELITY_ASSESSMENT.value.accredited_external_interval_months as i32;
/// Months between internal self-assessments.
pub const INTERNAL_ASSESSMENT_INTERVAL_MONTHS: i32 = FIDELITY_ASSESSMENT.value.internal_interval_months as i32;

/// The last day within the first `months` months from `start`: `start` + `months` calendar
/// months − 1 day (a service starting 2024-03-01 is in its first 12 months until 2025-02-28).
fn last_day_of_first_months(start: Date, months: i32) -> Result<Date, Error> {
    add_months(start, months)?
        .yesterday()
        .map_err(|_| Error::Internal { detail: alloc::format!("day before {} + {months} months", date_text(start)) })
}

impl ReviewHistory {
    /// Checks every date is on or after the service start and on or before `as_of`.
    /// Paths are `external_reviews[i].date` and `internal_assessments[i].date`.
    ///
    /// # Errors
    /// [`Error::DatesOutOfOrder`], [`Error::DateAfterAsOf`].
    pub fn validate(&self, as_of: Date) -> Result<(), Error> {
        let check = |date: Date, field: alloc::string::String| {
            if date < self.service_start {
                return Err(Error::DatesOutOfOrder {
                    field,
                    value: date_text(date),
                    other_field: "service_start".into(),
                    other_value: date_text(self.service_start),
                });
            }
            if date > as_of {
                return Err(Error::DateAfterAsOf { field, value: date_text(date), as_of: date_text(as_of) });
            }
            Ok(())
        };
        check(as_of, "as_of".into())?;
        for (i, r) in self.external.iter().enumerate() {
            check(r.date, alloc::format!("external_reviews[{i}].date"))?;
        }
        for (i, a) in self.internal.iter().enumerate() {
            check(a.date, alloc::format!("internal_assessments[{i}].date"))?;
        }
        Ok(())
    }

    /// The schedule on `as_of`.
    ///
    /// # Errors
    /// The errors of [`ReviewHistory::validate`].
    pub fn schedule(&self, as_of: Date) -> Result<Schedule, Error> {
        self.validate(as_of)?;
        // Two reviews on one day: the lower outcome stands, whatever the order given.
        let rank = |o: ReviewOutcome| ReviewOutcome::for_model(self.model).iter().position(|x| *x == o);
        let latest_external = self.external.iter().copied().max_by_key(|r| (r.date, rank(r.outcome)));
        let next = |kind, due: Option<Date>, reason, provenance| NextReview {
            kind,
            due,
            reason,
            days_overdue: due.map_or(0, |d| days_between(d, as_of).max(0)),
            provenance,
        };
        let next_external = match latest_external {
            None => next(
                ReviewKind::External,
                Some(last_day_of_first_months(self.service_start, FIRST_EXTERNAL_REVIEW_MONTHS)?),
                "first external review, within the first 12 months of the service (a new service takes around 12 \
                 months to reach good quality, 000, and 6-18 months to develop, 001)",
                EXTERNAL_FREQUENCY,
            ),
            Some(r) if r.outcome.allows_three_years() => next(
                ReviewKind::External,
                Some(add_months(r.date, ACCREDITED_REVIEW_INTERVAL_MONTHS)?),
                match self.model {
                    Model::Ips => "at least every three years while accredited Good or Exemplary",
                    Model::Seqf => "at least every three years while accredited Good or Excellent",
                },
                EXTERNAL_FREQUENCY,
            ),
            Some(_) => next(
                ReviewKind::External,
                None,
                "no interval is set by the sources after a review below Good; the three-year interval applies only to accredited services",
                EXTERNAL_FREQUENCY,
            ),
        };
        let last_internal = self.internal.iter().filter(|a| a.counts()).map(|a| a.date).max();
        let next_internal = match latest_external {
            None => next(
                ReviewKind::Internal,
                None,
                "none yet: internal self-assessments fall annually between external reviews, after the first",
                INTERNAL_FREQUENCY,
            ),
            Some(r) => {
                let since = last_internal.map_or(r.date, |d| d.max(r.date));
                let due = add_months(since, INTERNAL_ASSESSMENT_INTERVAL_MONTHS)?;
                match next_external.due {
                    Some(external) if due >= external && external >= as_of => next(
                        ReviewKind::Internal,
                        None,
                        "none before the next external review, which falls within the year",
                        INTERNAL_FREQUENCY,
                    ),
                    _ => next(
                        ReviewKind::Internal,
                        Some(due),
                        "annually between external reviews: scored, with an improvement action plan",
                        INTERNAL_FREQUENCY,
                    ),
                }
            }
        };
        let next_trust_quality_assurance = match self.model {
            Model::Seqf => next(
                ReviewKind::TrustQualityAssurance,
                None,
                "item 11 of the UK IPS scale sets it for IPS services; the sources print no such rule for SEQF",
                TRUST_QUALITY_ASSURANCE,
            ),
            Model::Ips => {
                let last_internal_scored = self.internal.iter().filter(|a| a.scored).map(|a| a.date).max();
                let last_use = latest_external.map(|r| r.date).max(last_internal_scored);
                let high_fidelity = latest_external.is_some_and(|r| r.outcome.allows_three_years());
                let (months, reason) = match (high_fidelity, last_use) {
                    (true, _) => (
                        TRUST_QA_MONTHS_AT_HIGH_FIDELITY,
                        "the Trust's quality-assurance review with the fidelity scale: at least yearly once at high \
                         fidelity (latest external review Good or Exemplary)",
                    ),
                    (false, Some(_)) => (
                        TRUST_QA_MONTHS_UNTIL_HIGH_FIDELITY,
                        "the Trust's quality-assurance review with the fidelity scale: at least every 6 months until \
                         high fidelity, from its last use",
                    ),
                    (false, None) => (
                        TRUST_QA_MONTHS_UNTIL_HIGH_FIDELITY,
                        "the Trust's quality-assurance review with the fidelity scale: at least every 6 months until \
                         high fidelity, from the service start (the scale not yet used)",
                    ),
                };
                let since = last_use.unwrap_or(self.service_start);
                next(
                    ReviewKind::TrustQualityAssurance,
                    Some(add_months(since, months)?),
                    reason,
                    TRUST_QUALITY_ASSURANCE,
                )
            }
        };
        let mut not_counted: Vec<Date> = self.internal.iter().filter(|a| !a.counts()).map(|a| a.date).collect();
        not_counted.sort_unstable();
        Ok(Schedule {
            model: self.model,
            as_of,
            latest_external,
            next_external,
            next_internal,
            next_trust_quality_assurance,
            not_counted,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::parse_date;

    fn d(s: &str) -> Date {
        parse_date(s, "d").unwrap()
    }

    fn history(model: Model, external: &[(&str, ReviewOutcome)], internal: &[(&str, bool)]) -> ReviewHistory {
        ReviewHistory {
            model,
            service_start: d("2024-03-01"),
            external: external
                .iter()
                .map(|(date, outcome)| ExternalReview { date: d(date), outcome: *outcome })
                .collect(),
            internal: internal
                .iter()
                .map(|(date, full)| InternalAssessment { date: d(date), scored: true, action_plan: *full })
                .collect(),
        }
    }

    #[test]
    fn a_new_service_is_reviewed_within_12_months() {
        // Started 2024-03-01: the first 12 months run to 2025-02-28.
        let h = history(Model::Ips, &[], &[]);
        let s = h.schedule(d("2025-02-28")).unwrap();
        assert_eq!(s.next_external.due, Some(d("2025-02-28")));
        assert!(!s.next_external.is_overdue(), "due on its day");
        let s = h.schedule(d("2025-03-01")).unwrap();
        assert_eq!(s.next_external.days_overdue, 1);
        // The Trust's own review fell due 6 months after the start.
        let overdue: Vec<_> = s.overdue().map(|r| r.kind).collect();
        assert_eq!(overdue, [ReviewKind::External, ReviewKind::TrustQualityAssurance]);
        assert_eq!(s.next_internal.due, None);
    }

    #[test]
    fn an_overdue_external_review_does_not_hold_back_the_internal_one() {
        let h = history(Model::Ips, &[("2024-04-01", ReviewOutcome::Good)], &[("2026-06-01", true)]);
        let s = h.schedule(d("2029-06-01")).unwrap();
        assert_eq!(s.next_external.due, Some(d("2027-04-01")));
        assert_eq!(s.next_internal.due, Some(d("2027-06-01")));
        assert_eq!(s.overdue().count(), 3);
    }

    /// `003` item 11: the Trust's quality-assurance review every 6 months from the last use of
    /// the scale until high fidelity (Good or Exemplary), yearly after; none for SEQF.
    #[test]
    fn the_trusts_own_review_is_six_monthly_until_high_fidelity_then_yearly() {
        let due = |h: &ReviewHistory| h.schedule(d("2025-06-01")).unwrap().next_trust_quality_assurance.due;
        assert_eq!(due(&history(Model::Ips, &[], &[])), Some(d("2024-09-01")), "from the service start");
        let fair = history(Model::Ips, &[("2025-02-01", ReviewOutcome::Fair)], &[("2025-05-01", false)]);
        assert_eq!(due(&fair), Some(d("2025-11-01")), "a scored self-assessment is a use of the scale");
        let good = history(Model::Ips, &[("2025-02-01", ReviewOutcome::Good)], &[]);
        assert_eq!(due(&good), Some(d("2026-02-01")));
        let good_then_internal = history(Model::Ips, &[("2025-02-01", ReviewOutcome::Good)], &[("2025-04-01", true)]);
        assert_eq!(due(&good_then_internal), Some(d("2026-04-01")));
        let mut unscored = history(Model::Ips, &[("2025-02-01", ReviewOutcome::Fair)], &[]);
        unscored.internal.push(InternalAssessment { date: d("2025-05-01"), scored: false, action_plan: false });
        assert_eq!(due(&unscored), Some(d("2025-08-01")), "an unscored assessment does not use the scale");
        let s = history(Model::Ips, &[], &[]).schedule(d("2025-06-01")).unwrap();
        assert_eq!(s.next_trust_quality_assurance.provenance.source, Source::UkIpsFidelityScale);
        assert_eq!(due(&history(Model::Seqf, &[("2025-02-01", ReviewOutcome::Good)], &[])), None);
    }

    #[test]
    fn on_one_day_the_lower_outcome_stands_whatever_the_order() {
        for external in [
            [("2025-02-01", ReviewOutcome::Good), ("2025-02-01", ReviewOutcome::Fair)],
            [("2025-02-01", ReviewOutcome::Fair), ("2025-02-01", ReviewOutcome::Good)],
        ] {
            let s = history(Model::Ips, &external, &[]).schedule(d("2025-06-01")).unwrap();
            assert_eq!(s.latest_external.map(|r| r.outcome), Some(ReviewOutcome::Fair));
            assert_eq!(s.next_external.due, None);
        }
    }

    #[test]
    fn accredited_services_are_reviewed_every_three_years_with_internal_ones_between() {
        for (model, outcome) in [
            (Model::Ips, ReviewOutcome::Good),
            (Model::Ips, ReviewOutcome::Exemplary),
            (Model::Seqf, ReviewOutcome::Excellent),
            (Model::Seqf, ReviewOutcome::Good),
        ] {
            let h = history(model, &[("2025-02-01", outcome)], &[]);
            let s = h.schedule(d("2025-06-01")).unwrap();
            assert_eq!(s.next_external.due, Some(d("2028-02-01")), "{model:?} {outcome:?}");
            assert_eq!(s.next_internal.due, Some(d("2026-02-01")));
        }
        let h = history(Model::Ips, &[("2025-02-01", ReviewOutcome::Good)], &[("2026-01-15", true)]);
        assert_eq!(h.schedule(d("2026-06-01")).unwrap().next_internal.due, Some(d("2027-01-15")));
        // One without an action plan does not count.
        let h = history(Model::Ips, &[("2025-02-01", ReviewOutcome::Good)], &[("2026-01-15", false)]);
        let s = h.schedule(d("2026-06-01")).unwrap();
        assert_eq!(s.next_internal.due, Some(d("2026-02-01")));
        assert_eq!(s.next_internal.days_overdue, 120);
        assert_eq!(s.not_counted, [d("2026-01-15")]);
        // In the third year the external review comes first.
        let h =
            history(Model::Ips, &[("2025-02-01", ReviewOutcome::Good)], &[("2026-02-01", true), ("2027-02-10", true)]);
        assert_eq!(h.schedule(d("2027-06-01")).unwrap().next_internal.due, None);
    }

    #[test]
    fn below_good_the_sources_set_no_interval() {
        for (model, outcome) in [
            (Model::Ips, ReviewOutcome::Fair),
            (Model::Ips, ReviewOutcome::NotSupportedEmployment),
            (Model::Seqf, ReviewOutcome::NotAccredited),
        ] {
            let s = history(model, &[("2025-02-01", outcome)], &[]).schedule(d("2025-06-01")).unwrap();
            assert_eq!(s.next_external.due, None);
            assert_eq!(s.next_internal.due, Some(d("2026-02-01")));
        }
    }

    #[test]
    fn the_latest_review_decides_whatever_the_order_given() {
        let h = history(Model::Ips, &[("2025-02-01", ReviewOutcome::Fair), ("2024-10-01", ReviewOutcome::Good)], &[]);
        assert_eq!(h.schedule(d("2025-06-01")).unwrap().latest_external.map(|r| r.outcome), Some(ReviewOutcome::Fair));
    }

    #[test]
    fn outcomes_belong_to_their_model() {
        assert!(ReviewOutcome::from_id(Model::Ips, "exemplary", "o").is_ok());
        assert!(matches!(ReviewOutcome::from_id(Model::Seqf, "exemplary", "o"), Err(Error::UnknownValue { .. })));
        assert!(matches!(ReviewOutcome::from_id(Model::Ips, "excellent", "o"), Err(Error::UnknownValue { .. })));
    }

    #[test]
    fn dates_outside_the_service_life_are_refused() {
        let h = history(Model::Ips, &[("2024-02-01", ReviewOutcome::Good)], &[]);
        assert_eq!(h.schedule(d("2025-06-01")).unwrap_err().field(), Some("external_reviews[0].date"));
        let h = history(Model::Ips, &[], &[("2025-07-01", true)]);
        let e = h.schedule(d("2025-06-01")).unwrap_err();
        assert!(matches!(e, Error::DateAfterAsOf { .. }), "{e:?}");
        assert_eq!(history(Model::Ips, &[], &[]).schedule(d("2024-01-01")).unwrap_err().field(), Some("as_of"));
    }
}
