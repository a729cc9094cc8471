//! Scoring of the composite items 3, 4, 6, 17 and 21, each exactly as its anchors print it.

use crate::component::Component;
use crate::error::Error;
use crate::evidence::{
    CompetitiveJobs, EmployerContacts, Frequency, GovernmentLiaison, TeamAssignment, TrackingReview, VocationalRole,
    field,
};
use crate::rule::{ScoreInterval, Unit};
use crate::score::{Basis, Cap, ItemScore, Score};

/// Item 3: anchors 1–2 by role; anchors 3–5 by phases provided (1–4 → 3, 5 → 4, all 6 → 5).
///
/// # Errors
/// [`Error::ValueOutOfRange`] for 0 phases or more phases than the item lists.
#[inline(always)]
pub fn vocational_generalists(
    n: u8,
    phases: &[Component<'_>],
    role: VocationalRole,
) -> Result<ItemScore<'static>, Error> {
    let all = u8::try_from(phases.len()).unwrap_or(u8::MAX);
    let provided = match role {
        VocationalRole::ReferralOnly => {
            return Ok(ItemScore::new(
                n,
                Score::ONE,
                Basis::Clause("only provides a vocational referral service to vendors and other programmes"),
            ));
        }
        VocationalRole::RefersOut => {
            return Ok(ItemScore::new(
                n,
                Score::TWO,
                Basis::Clause("maintains a caseload but refers clients to other programmes for vocational services"),
            ));
        }
        VocationalRole::Phases(count) => count,
        VocationalRole::PhasesProvided(set) => {
            set.check_within(n, "phases", phases)?;
            set.len()
        }
    };
    let Some(score) = phases_score(provided, phases) else {
        return Err(Error::ValueOutOfRange {
            field: field(n, "phases"),
            value: f64::from(provided),
            accepted: "1 to 6 phases of employment service (for none, give role refers_out or referral_only)",
        });
    };
    Ok(ItemScore::new(n, score, Basis::Count { present: provided, of: all, counted: "phases provided", which: None }))
}

/// Item 3's anchors 3–5 for `provided` of the listed `phases`: all → 5, all but one → 4,
/// fewer (at least one) → 3. `None` for 0 or more than are listed.
#[must_use]
#[inline(always)]
pub(crate) fn phases_score(provided: u8, phases: &[Component<'_>]) -> Option<Score> {
    let all = u8::try_from(phases.len()).unwrap_or(u8::MAX);
    if provided == 0 || provided > all {
        None
    } else if provided == all {
        Some(Score::FIVE)
    } else if provided + 1 == all {
        Some(Score::FOUR)
    } else {
        Some(Score::THREE)
    }
}

/// Item 4: anchor 1 separate programme; anchor 2 individual practitioners, three or more
/// teams, or one or two teams with under 50% of caseload; anchors 3–5 by caseload share.
///
/// # Errors
/// [`Error::ValueOutOfRange`] for 0 teams, [`Error::MissingField`] when one or two teams
/// are given without `caseload_percent`, and the percentage range errors.
#[inline(always)]
pub fn team_assignment<'s>(
    n: u8,
    caseload_share: &'s [ScoreInterval<'s>],
    t: TeamAssignment,
) -> Result<ItemScore<'s>, Error> {
    let teams = match t {
        TeamAssignment::SeparateProgramme => {
            return Ok(ItemScore::new(
                n,
                Score::ONE,
                Basis::Clause("part of a vocational programme that functions separately from mental health treatment"),
            ));
        }
        TeamAssignment::IndividualPractitioners => {
            return Ok(ItemScore::new(
                n,
                Score::TWO,
                Basis::Clause("clients served by individual mental health practitioners not organised into teams"),
            ));
        }
        TeamAssignment::Teams { teams, caseload_percent } => {
            let percent =
                caseload_percent.map(|p| Unit::Percent.check(p, || field(n, "caseload_percent"))).transpose()?;
            (teams, percent)
        }
    };
    match teams {
        (0, _) => Err(Error::ValueOutOfRange {
            field: field(n, "teams"),
            value: 0.0,
            accepted: "1 or more teams (for none, give arrangement separate_programme or individual_practitioners)",
        }),
        (3.., _) => {
            Ok(ItemScore::new(n, Score::TWO, Basis::Clause("attached to three or more mental health treatment teams")))
        }
        (_, None) => Err(Error::MissingField { field: field(n, "caseload_percent") }),
        (_, Some(value)) => {
            let interval = ScoreInterval::find(caseload_share, value).ok_or_else(|| Error::ValueOutOfRange {
                field: field(n, "caseload_percent"),
                value,
                accepted: Unit::Percent.accepted(),
            })?;
            Ok(ItemScore::new(n, interval.score, Basis::Interval { value, unit: Unit::Percent, interval }))
        }
    }
}

/// Item 6, as printed: 5 needs scheduled face-to-face meetings at least monthly *and*
/// weekly client-related contact; 4 needs meetings at least quarterly *or* weekly contact;
/// 3 monthly contact; 2 at least quarterly contact; 1 less than quarterly or none.
#[must_use]
#[inline(always)]
pub fn government_liaison(n: u8, g: GovernmentLiaison) -> ItemScore<'static> {
    let weekly_contact = g.client_contacts >= Frequency::Weekly;
    let (score, clause) = if g.scheduled_meetings >= Frequency::Monthly && weekly_contact {
        (Score::FIVE, "scheduled face-to-face meetings at least monthly and client-related contacts weekly")
    } else if g.scheduled_meetings >= Frequency::Quarterly || weekly_contact {
        (Score::FOUR, "scheduled face-to-face meetings at least quarterly, or client-related contacts weekly")
    } else if g.client_contacts >= Frequency::Monthly {
        (Score::THREE, "client-related contacts monthly")
    } else if g.client_contacts >= Frequency::Quarterly {
        (Score::TWO, "client-related contacts at least quarterly")
    } else {
        (Score::ONE, "client-related contacts less than quarterly, or no communication")
    };
    ItemScore::new(n, score, Basis::Clause(clause))
}

/// The cap that tracking review puts on item 17 (anchor 2: no process for tracking;
/// anchor 3: form reviewed monthly; anchors 4–5: reviewed weekly).
#[must_use]
pub const fn tracking_cap(tracking: TrackingReview) -> Option<Cap> {
    match tracking {
        TrackingReview::NoProcess => {
            Some(Cap { limit: Score::TWO, reason: "no process for tracking employer contacts" })
        }
        TrackingReview::LessThanMonthly => Some(Cap {
            limit: Score::TWO,
            reason: "tracking form not reviewed by the SE supervisor at least monthly (3 needs monthly review)",
        }),
        TrackingReview::Monthly => Some(Cap {
            limit: Score::THREE,
            reason: "tracking form reviewed monthly, not weekly (4 and 5 need weekly review)",
        }),
        TrackingReview::Weekly => None,
    }
}

/// Item 17: contacts per week to the closest printed scale point, or 5 when fewer than 3
/// people are looking for work and contacts reach 2 per person; then the tracking cap.
///
/// # Errors
/// The range errors of a contacts-per-week value.
#[inline(always)]
pub fn employer_contacts<'s>(
    n: u8,
    contacts: &'s [ScoreInterval<'s>],
    e: EmployerContacts,
) -> Result<ItemScore<'s>, Error> {
    let unit = Unit::ContactsPerWeek;
    let per_week = unit.check(e.per_week, || field(n, "contacts_per_week"))?;
    if e.people_looking_for_work == Some(0) {
        return Err(Error::ValueOutOfRange {
            field: field(n, "people_looking_for_work"),
            value: 0.0,
            accepted: "1 or more people looking for work (with nobody looking, contacts cannot be judged: give a rating or insufficient_data)",
        });
    }
    let small_caseload =
        e.people_looking_for_work.is_some_and(|people| people < 3 && per_week >= 2.0 * f64::from(people));
    let scored = if small_caseload {
        ItemScore::new(
            n,
            Score::FIVE,
            Basis::Clause("fewer than 3 people looking for work, and at least 2 contacts per week for each of them"),
        )
    } else {
        let interval = ScoreInterval::find(contacts, per_week).ok_or_else(|| Error::ValueOutOfRange {
            field: field(n, "contacts_per_week"),
            value: per_week,
            accepted: unit.accepted(),
        })?;
        ItemScore::new(n, interval.score, Basis::Interval { value: per_week, unit, interval })
    };
    Ok(match e.tracking {
        Some(tracking) => scored.capped(tracking_cap(tracking)),
        None if scored.score >= Score::FOUR => scored
            .assuming(Score::THREE, "the SE supervisor reviews the tracking form weekly (4 and 5 need weekly review)"),
        None => scored.assuming(
            Score::TWO,
            "the SE supervisor reviews the tracking form at least monthly (3 needs monthly review)",
        ),
    })
}

/// Item 21: permanent share through the printed ranges; fewer than `min_current_jobs`
/// current jobs caps the score at 1 (anchor 1's "OR").
///
/// # Errors
/// The percentage range errors.
#[inline(always)]
pub fn competitive_jobs<'s>(
    n: u8,
    permanent_share: &'s [ScoreInterval<'s>],
    min_current_jobs: u32,
    c: CompetitiveJobs,
) -> Result<ItemScore<'s>, Error> {
    let value = Unit::Percent.check(c.permanent_percent, || field(n, "permanent_percent"))?;
    let interval = ScoreInterval::find(permanent_share, value).ok_or_else(|| Error::ValueOutOfRange {
        field: field(n, "permanent_percent"),
        value,
        accepted: Unit::Percent.accepted(),
    })?;
    let cap = c
        .current_jobs
        .filter(|&jobs| jobs < min_current_jobs)
        .map(|_| Cap { limit: Score::ONE, reason: fewer_current_jobs_reason(min_current_jobs) });
    let scored = ItemScore::new(n, interval.score, Basis::Interval { value, unit: Unit::Percent, interval });
    Ok(match c.current_jobs {
        Some(_) => scored.capped(cap),
        None => scored.assuming(Score::ONE, enough_current_jobs(min_current_jobs)),
    })
}

/// Item 21's condition as met, taken as met when the count of current jobs is not given.
const fn enough_current_jobs(min_current_jobs: u32) -> &'static str {
    match min_current_jobs {
        10 => "at least 10 current jobs (anchor 1: fewer than 10 current jobs scores 1)",
        _ => "at least the scale's minimum of current jobs (fewer scores 1)",
    }
}

/// The reason item 21's cap gives, naming the scale's minimum without allocating.
const fn fewer_current_jobs_reason(min_current_jobs: u32) -> &'static str {
    match min_current_jobs {
        10 => "fewer than 10 current jobs",
        _ => "fewer current jobs than the scale's minimum",
    }
}
