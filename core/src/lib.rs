//! # sefidelity
//!
//! The published standards of Supported Employment as typed, tested rules.
//!
//! This crate encodes the UK Individual Placement and Support (IPS) fidelity scale
//! ([`ips25::SCALE`], id `ips-25-uk`): its 25 items, the rule that turns evidence
//! into each item's score, the total bands, and a review report with section
//! subtotals, missing items, an action plan and a comparison of two reviews.
//! Every threshold carries its provenance ([`Provenance`]); every place where the
//! printed anchors leave a gap or overlap is resolved once, in [`interpretation`].
//!
//! Two ways in:
//! - **Typed**: build a [`Review`] from [`Evidence`] and call [`Review::report`]. Scoring
//!   a full review this way performs no heap allocation.
//! - **Documents** (feature `serde`, on by default): [`document::evaluate`] takes one
//!   JSON request and returns one JSON response, for every operation. The C and
//!   WebAssembly bindings expose exactly this entry point.
//!
//! ```
//! use sefidelity::{ips25, Evidence, Review, ReviewOptions, Score};
//!
//! let mut review = Review::new(&ips25::SCALE);
//! review.add(1, Evidence::value(22.5))?;            // caseload ratio
//! review.add(7, Evidence::Rating(Score::FIVE))?;    // rated item: the rater's anchor
//! let report = review.report(ReviewOptions::default());
//! assert_eq!(report.score(1).map(|s| s.score.get()), Some(4));
//! assert_eq!(report.total(), 9);
//! assert!(!report.is_complete());
//! assert_eq!(report.band(), None); // no band until all 25 items are scored
//! # Ok::<(), sefidelity::Error>(())
//! ```
//!
//! Read bottom-up, each module builds only on those before it: [`source`], `number` and
//! `repeat` (helpers), [`error`], [`emphasis`], [`challenges`], [`agreement`], `measure`
//! (units, bounds, snapping), [`score`] (scores, the intervals that earn them, bases),
//! `component`, [`evidence`], [`rule`],
//! [`item`], [`seqf`], [`scale`], [`next_score`], [`review`], [`raters`], [`compare`], [`ips25`], [`registry`],
//! [`definition`], [`modified`], [`flat`], [`history`] (which also uses [`commissioning`]'s
//! schedule), [`records`] (evidence from case records), then the document API. [`wellbeing`],
//! [`frameworks`] and [`commissioning`] stand beside them, on `number`, `repeat`, [`error`] and
//! [`source`] only.
#![no_std]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]

extern crate alloc;
// The TypeScript derive (feature `ts`, used by the test suite only) expects std's macros.
#[cfg(feature = "ts")]
#[macro_use]
extern crate std;
#[cfg(all(test, not(feature = "ts")))]
extern crate std;

pub mod agreement;
pub mod challenges;
pub mod commissioning;
pub mod compare;
mod component;
pub mod definition;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod document;
pub mod emphasis;
pub mod error;
pub mod evidence;
pub mod flat;
pub mod frameworks;
pub mod history;
pub mod interpretation;
pub mod ips25;
pub mod item;
mod measure;
pub mod modified;
pub mod next_score;
mod number;
pub mod raters;
pub mod records;
pub mod registry;
mod repeat;
pub mod review;
pub mod rule;
pub mod scale;
pub mod score;
pub mod seqf;
pub mod source;
pub mod wellbeing;

pub use compare::{ItemChange, ReviewComparison};
pub use error::{Error, ErrorCode};
pub use evidence::{
    CompetitiveJobs, ComponentSet, EmployerContacts, Evidence, Frequency, GovernmentLiaison, Measurement,
    TeamAssignment, TrackingReview, VocationalRole,
};
pub use item::{Component, Item, Section};
pub use raters::{Consensus, RatedReview, Rater};
pub use review::{
    ActionPlanEntry, InsufficientDataPolicy, ItemResult, Review, ReviewOptions, ReviewReport, SectionSubtotal,
};
pub use rule::{Bound, ChecklistRule, CompositeRule, MeasuredRule, Rule, ScoreInterval, Unit};
pub use scale::{FidelityBand, Scale};
pub use score::{Basis, Cap, ItemScore, Score};
pub use source::{Provenance, Source};

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
