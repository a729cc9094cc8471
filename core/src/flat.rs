//! Flat, fixed-layout evidence and results, for bindings that cannot pass Rust enums
//! (the C library's typed fast path).
//!
//! A [`FlatEvidence`] is one item's evidence as plain numbers: an item number, a form code
//! ([`FlatForm`]), flags and three number slots whose meaning depends on the form. It turns
//! into an [`Evidence`] with [`FlatEvidence::to_evidence`], which rejects every code or
//! combination that means nothing, with the same errors as the document API.
//! [`score_flat`] scores a whole review from a slice of them into a [`FlatReport`] without
//! allocating (on success).
//!
//! | form | code | `number` | `value` | `value2` | flags |
//! |------|------|----------|---------|----------|-------|
//! | rating | 1 | — | the rating, 1–5 | — | — |
//! | insufficient_data | 2 | — | — | — | — |
//! | value | 3 | — | the measured value | — | bit 0: condition given; bit 1: condition met |
//! | count | 4 | components present | — | — | — |
//! | present | 5 | bit set of components (bit *i* = *i*-th) | — | — | — |
//! | role: referral only | 6 | — | — | — | — |
//! | role: refers out | 7 | — | — | — | — |
//! | phases (count) | 8 | phases provided | — | — | — |
//! | phases (present) | 9 | bit set of phases | — | — | — |
//! | teams | 10 | teams | caseload percent | — | bit 0: percent given |
//! | arrangement: separate programme | 11 | — | — | — | — |
//! | arrangement: individual practitioners | 12 | — | — | — | — |
//! | government liaison | 13 | client-contact frequency + 256 × meeting frequency (0 never … 4 weekly) | — | — | — |
//! | employer contacts | 14 | tracking review (0 not given, 1 no process, 2 less than monthly, 3 monthly, 4 weekly) | contacts per week | people looking for work | bit 0: people given |
//! | competitive jobs | 15 | current jobs | permanent percent | — | bit 0: current jobs given |

use crate::error::Error;
use crate::evidence::{
    CompetitiveJobs, ComponentSet, EmployerContacts, Evidence, Frequency, GovernmentLiaison, Measurement,
    TeamAssignment, TrackingReview, VocationalRole,
};
use crate::review::{Review, ReviewOptions};
use crate::scale::{MAX_ITEMS, Scale};
use crate::score::Score;

/// Form codes of [`FlatEvidence::form`]. The numbers are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum FlatForm {
    /// A rating, 1–5 (`value`).
    Rating = 1,
    /// Insufficient data.
    InsufficientData = 2,
    /// A measured value (`value`; flags: condition given, condition met).
    Value = 3,
    /// Components present, counted (`number`).
    Count = 4,
    /// Components present, as a bit set (`number`).
    Present = 5,
    /// Item 3: referral only.
    RoleReferralOnly = 6,
    /// Item 3: refers out.
    RoleRefersOut = 7,
    /// Item 3: phases provided, counted (`number`).
    PhasesCount = 8,
    /// Item 3: phases provided, as a bit set (`number`).
    PhasesPresent = 9,
    /// Item 4: teams (`number`) and caseload percent (`value`, flag bit 0).
    Teams = 10,
    /// Item 4: part of a separate vocational programme.
    ArrangementSeparateProgramme = 11,
    /// Item 4: individual practitioners not in teams.
    ArrangementIndividualPractitioners = 12,
    /// Item 6: contact and meeting frequencies (`number`).
    GovernmentLiaison = 13,
    /// Item 17: contacts per week (`value`), tracking (`number`), people (`value2`, flag bit 0).
    EmployerContacts = 14,
    /// Item 21: permanent percent (`value`), current jobs (`number`, flag bit 0).
    CompetitiveJobs = 15,
}

/// One item's evidence in a fixed layout (see the module table).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[repr(C)]
pub struct FlatEvidence {
    /// Item number, from 1.
    pub item: u8,
    /// Form code ([`FlatForm`]).
    pub form: u8,
    /// Flags, by form.
    pub flags: u8,
    /// Reserved; must be 0.
    pub reserved: u8,
    /// Whole-number slot, by form.
    pub number: u32,
    /// First number slot, by form.
    pub value: f64,
    /// Second number slot, by form.
    pub value2: f64,
}

/// A scored review in a fixed layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C)]
pub struct FlatReport {
    /// `scores[n - 1]` is item `n`'s score, 1–5, or 0 when it has none.
    pub scores: [u8; MAX_ITEMS],
    /// Number of items on the scale.
    pub item_count: u16,
    /// Items with a score.
    pub scored: u16,
    /// Sum of the scored items.
    pub total: u16,
    /// Highest possible total.
    pub max_total: u16,
    /// 1 when every item has a score, else 0.
    pub complete: u8,
    /// The band: 1 + its index in the scale's bands (best first), or 0 while incomplete.
    pub band: u8,
}

impl Default for FlatReport {
    fn default() -> Self {
        Self { scores: [0; MAX_ITEMS], item_count: 0, scored: 0, total: 0, max_total: 0, complete: 0, band: 0 }
    }
}

fn field(item: u8, key: &str) -> alloc::string::String {
    alloc::format!("evidence.{item}.{key}")
}

fn frequency(code: u32, item: u8, key: &str) -> Result<Frequency, Error> {
    usize::try_from(code).ok().and_then(|i| Frequency::ALL.get(i)).copied().ok_or_else(|| Error::ValueOutOfRange {
        field: field(item, key),
        value: f64::from(code),
        accepted: "a frequency code: 0 never, 1 less than quarterly, 2 quarterly, 3 monthly, 4 weekly",
    })
}

fn small(number: u32, item: u8, key: &str, accepted: &'static str) -> Result<u8, Error> {
    u8::try_from(number).map_err(|_| Error::ValueOutOfRange {
        field: field(item, key),
        value: f64::from(number),
        accepted,
    })
}

impl FlatEvidence {
    /// The flat form of `evidence` for item `item` (the inverse of [`FlatEvidence::to_evidence`]).
    #[must_use]
    pub fn from_evidence(item: u8, evidence: &Evidence) -> Self {
        let base = Self { item, ..Self::default() };
        let with = |form: FlatForm| Self { form: form as u8, ..base };
        match *evidence {
            Evidence::Rating(s) => Self { value: f64::from(s.get()), ..with(FlatForm::Rating) },
            Evidence::InsufficientData => with(FlatForm::InsufficientData),
            Evidence::Value(m) => Self {
                value: m.value,
                flags: m.condition_met.map_or(0, |met| 1 | (u8::from(met) << 1)),
                ..with(FlatForm::Value)
            },
            Evidence::Count(n) => Self { number: u32::from(n), ..with(FlatForm::Count) },
            Evidence::Present(set) => Self { number: u32::from(set.bits()), ..with(FlatForm::Present) },
            Evidence::VocationalRole(VocationalRole::ReferralOnly) => with(FlatForm::RoleReferralOnly),
            Evidence::VocationalRole(VocationalRole::RefersOut) => with(FlatForm::RoleRefersOut),
            Evidence::VocationalRole(VocationalRole::Phases(n)) => {
                Self { number: u32::from(n), ..with(FlatForm::PhasesCount) }
            }
            Evidence::VocationalRole(VocationalRole::PhasesProvided(set)) => {
                Self { number: u32::from(set.bits()), ..with(FlatForm::PhasesPresent) }
            }
            Evidence::TeamAssignment(TeamAssignment::Teams { teams, caseload_percent }) => Self {
                number: u32::from(teams),
                value: caseload_percent.unwrap_or(0.0),
                flags: u8::from(caseload_percent.is_some()),
                ..with(FlatForm::Teams)
            },
            Evidence::TeamAssignment(TeamAssignment::SeparateProgramme) => with(FlatForm::ArrangementSeparateProgramme),
            Evidence::TeamAssignment(TeamAssignment::IndividualPractitioners) => {
                with(FlatForm::ArrangementIndividualPractitioners)
            }
            Evidence::GovernmentLiaison(g) => Self {
                number: frequency_code(g.client_contacts) + 256 * frequency_code(g.scheduled_meetings),
                ..with(FlatForm::GovernmentLiaison)
            },
            Evidence::EmployerContacts(e) => Self {
                value: e.per_week,
                number: e.tracking.map_or(0, |t| TrackingReview::ALL.iter().position(|x| *x == t).map_or(0, |i| i + 1))
                    as u32,
                value2: e.people_looking_for_work.map_or(0.0, f64::from),
                flags: u8::from(e.people_looking_for_work.is_some()),
                ..with(FlatForm::EmployerContacts)
            },
            Evidence::CompetitiveJobs(c) => Self {
                value: c.permanent_percent,
                number: c.current_jobs.unwrap_or(0),
                flags: u8::from(c.current_jobs.is_some()),
                ..with(FlatForm::CompetitiveJobs)
            },
        }
    }

    /// The typed evidence.
    ///
    /// # Errors
    /// [`Error::UnknownValue`] for an unknown form code or a non-zero reserved byte,
    /// [`Error::ValueOutOfRange`] for a code or count out of range, and the rating errors.
    pub fn to_evidence(&self) -> Result<Evidence, Error> {
        let n = self.item;
        let flag = |bit: u8| self.flags & (1 << bit) != 0;
        if self.reserved != 0 {
            return Err(Error::UnknownValue {
                field: field(n, "reserved"),
                value: alloc::format!("{}", self.reserved),
                accepted: alloc::string::String::from("0"),
            });
        }
        Ok(match self.form {
            1 => Evidence::Rating(Score::from_rating(self.value, || field(n, "rating"))?),
            2 => Evidence::InsufficientData,
            3 => Evidence::Value(Measurement { value: self.value, condition_met: flag(0).then_some(flag(1)) }),
            4 => Evidence::Count(small(self.number, n, "count", "a count of components, 0 to 255")?),
            5 => Evidence::Present(ComponentSet::from_bits(small(self.number, n, "present", "a bit set of up to 8 components")?)),
            6 => Evidence::VocationalRole(VocationalRole::ReferralOnly),
            7 => Evidence::VocationalRole(VocationalRole::RefersOut),
            8 => Evidence::VocationalRole(VocationalRole::Phases(small(self.number, n, "phases", "1 to 6 phases")?)),
            9 => Evidence::VocationalRole(VocationalRole::PhasesProvided(ComponentSet::from_bits(small(
                self.number,
                n,
                "phases",
                "a bit set of the 6 phases",
            )?))),
            10 => Evidence::TeamAssignment(TeamAssignment::Teams {
                teams: small(self.number, n, "teams", "a whole number of teams from 1 to 255")?,
                caseload_percent: flag(0).then_some(self.value),
            }),
            11 => Evidence::TeamAssignment(TeamAssignment::SeparateProgramme),
            12 => Evidence::TeamAssignment(TeamAssignment::IndividualPractitioners),
            13 => Evidence::GovernmentLiaison(GovernmentLiaison {
                client_contacts: frequency(self.number & 0xff, n, "client_contacts")?,
                scheduled_meetings: frequency(self.number >> 8, n, "scheduled_meetings")?,
            }),
            14 => Evidence::EmployerContacts(EmployerContacts {
                per_week: self.value,
                tracking: match self.number {
                    0 => None,
                    code => Some(
                        usize::try_from(code - 1).ok().and_then(|i| TrackingReview::ALL.get(i)).copied().ok_or_else(
                            || Error::ValueOutOfRange {
                                field: field(n, "tracking"),
                                value: f64::from(code),
                                accepted: "a tracking code: 0 not given, 1 no process, 2 less than monthly, 3 monthly, 4 weekly",
                            },
                        )?,
                    ),
                },
                people_looking_for_work: if flag(0) {
                    Some(people(self.value2, n)?)
                } else {
                    None
                },
            }),
            15 => Evidence::CompetitiveJobs(CompetitiveJobs {
                permanent_percent: self.value,
                current_jobs: flag(0).then_some(self.number),
            }),
            other => {
                return Err(Error::UnknownValue {
                    field: field(n, "form"),
                    value: alloc::format!("{other}"),
                    accepted: alloc::string::String::from("a form code from 1 to 15"),
                });
            }
        })
    }
}

fn frequency_code(f: Frequency) -> u32 {
    Frequency::ALL.iter().position(|x| *x == f).map_or(0, |i| u32::try_from(i).unwrap_or(0))
}

fn people(value: f64, item: u8) -> Result<u32, Error> {
    const ACCEPTED: &str = "a whole number of people looking for work";
    if !value.is_finite() || value < 0.0 || value > f64::from(u32::MAX) {
        return Err(Error::ValueOutOfRange {
            field: field(item, "people_looking_for_work"),
            value,
            accepted: ACCEPTED,
        });
    }
    if !crate::number::is_whole(value) {
        return Err(Error::NotWholeNumber { field: field(item, "people_looking_for_work"), value, accepted: ACCEPTED });
    }
    #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a whole number within 0..=u32::MAX")]
    Ok(value as u32)
}

/// Checks that a review of `count` flat entries can be scored: at most one entry per item,
/// so at most [`MAX_ITEMS`]. A binding calls it before it reads the entries.
///
/// # Errors
/// [`Error::ValueOutOfRange`] for more entries than a scale can have items.
pub fn check_entry_count(count: usize) -> Result<(), Error> {
    if count > MAX_ITEMS {
        #[expect(clippy::cast_precision_loss, reason = "the count is only shown in the message")]
        let value = count as f64;
        return Err(Error::ValueOutOfRange {
            field: alloc::string::String::from("evidence"),
            value,
            accepted: "at most one entry per item (64 at most)",
        });
    }
    Ok(())
}

/// Scores a review on `scale` from flat evidence (one entry per item, any order).
///
/// # Errors
/// The errors of [`FlatEvidence::to_evidence`] and [`Review::add`]. Nothing allocates
/// unless an error is returned.
pub fn score_flat(scale: &Scale<'_>, evidence: &[FlatEvidence], options: ReviewOptions) -> Result<FlatReport, Error> {
    check_entry_count(evidence.len())?;
    let mut review = Review::new(scale);
    for e in evidence {
        review.add(e.item, e.to_evidence()?)?;
    }
    let report = review.report(options);
    let mut flat = FlatReport {
        item_count: scale.item_count(),
        scored: report.scored_count(),
        total: report.total(),
        max_total: report.max_total(),
        complete: u8::from(report.is_complete()),
        ..FlatReport::default()
    };
    for (slot, (_, result)) in flat.scores.iter_mut().zip(report.results()) {
        *slot = result.score().map_or(0, |s| s.score.get());
    }
    if let Some(band) = report.band() {
        let index = scale.bands.iter().position(|b| b.id == band.id).unwrap_or(0);
        flat.band = u8::try_from(index + 1).unwrap_or(0);
    }
    Ok(flat)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ips25;

    fn rating(item: u8, r: f64) -> FlatEvidence {
        FlatEvidence { item, form: FlatForm::Rating as u8, value: r, ..FlatEvidence::default() }
    }

    #[test]
    fn a_full_review_scores_as_the_typed_path() {
        let mut evidence: alloc::vec::Vec<FlatEvidence> = (1..=25).map(|n| rating(n, 5.0)).collect();
        evidence[0] = FlatEvidence { item: 1, form: FlatForm::Value as u8, value: 21.0, ..FlatEvidence::default() };
        evidence[16] = FlatEvidence {
            item: 17,
            form: FlatForm::EmployerContacts as u8,
            number: 3, // monthly review: caps at 3
            value: 6.0,
            ..FlatEvidence::default()
        };
        evidence[5] = FlatEvidence {
            item: 6,
            form: FlatForm::GovernmentLiaison as u8,
            number: 4 + 256 * 3, // weekly contacts, monthly meetings → 5
            ..FlatEvidence::default()
        };
        let r = score_flat(&ips25::SCALE, &evidence, ReviewOptions::default()).unwrap();
        assert_eq!((r.scores[0], r.scores[5], r.scores[16]), (4, 5, 3));
        assert_eq!((r.total, r.max_total, r.complete, r.item_count), (122, 125, 1, 25));
        assert_eq!(r.band, 1, "exemplary is the first band");
    }

    #[test]
    fn flat_and_typed_evidence_convert_both_ways() {
        use crate::evidence::*;
        let cases = [
            Evidence::Rating(Score::THREE),
            Evidence::InsufficientData,
            Evidence::Value(Measurement { value: 31.5, condition_met: Some(false) }),
            Evidence::Count(4),
            Evidence::Present(ComponentSet::from_bits(0b1011)),
            Evidence::VocationalRole(VocationalRole::Phases(5)),
            Evidence::TeamAssignment(TeamAssignment::Teams { teams: 2, caseload_percent: Some(80.0) }),
            Evidence::GovernmentLiaison(GovernmentLiaison {
                client_contacts: Frequency::Weekly,
                scheduled_meetings: Frequency::Quarterly,
            }),
            Evidence::EmployerContacts(EmployerContacts {
                per_week: 4.5,
                tracking: Some(TrackingReview::Monthly),
                people_looking_for_work: Some(2),
            }),
            Evidence::CompetitiveJobs(CompetitiveJobs { permanent_percent: 88.0, current_jobs: Some(9) }),
        ];
        for e in cases {
            assert_eq!(FlatEvidence::from_evidence(3, &e).to_evidence(), Ok(e), "{e:?}");
        }
    }

    #[test]
    fn bad_codes_are_errors_not_guesses() {
        let bad = |e: FlatEvidence| score_flat(&ips25::SCALE, &[e], ReviewOptions::default()).unwrap_err();
        assert!(matches!(
            bad(FlatEvidence { item: 1, form: 99, ..FlatEvidence::default() }),
            Error::UnknownValue { .. }
        ));
        assert!(matches!(
            bad(FlatEvidence { item: 1, form: 0, ..FlatEvidence::default() }),
            Error::UnknownValue { .. }
        ));
        assert!(matches!(bad(rating(7, 6.0)), Error::RatingOutOfRange { .. }));
        assert!(matches!(bad(FlatEvidence { reserved: 1, ..rating(7, 3.0) }), Error::UnknownValue { .. }));
        let liaison = FlatEvidence { item: 6, form: 13, number: 5, ..FlatEvidence::default() };
        assert_eq!(bad(liaison).field(), Some("evidence.6.client_contacts"));
        let tracking = FlatEvidence { item: 17, form: 14, number: 9, value: 3.0, ..FlatEvidence::default() };
        assert_eq!(bad(tracking).field(), Some("evidence.17.tracking"));
        assert!(matches!(bad(FlatEvidence { item: 26, ..rating(26, 3.0) }), Error::UnknownItem { .. }));
    }
}
