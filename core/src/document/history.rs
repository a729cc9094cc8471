//! The `history` operation: a service's reviews on one scale, over time.

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

use super::commissioning::NextReviewDoc;
use super::fields::Entries;
use super::review::{ConsensusDoc, EvidenceDoc, GivenEvidence, OptionsDoc, SectionDoc};
use super::scales::{ScaleChoice, ScaleRef};
use crate::commissioning::{date_text, parse_date};
use crate::error::Error;
use crate::history::{Change, DatedReview, History, Kind, NextReviews};
use crate::scale::Scale;

/// A `history` request: a service's reviews on one scale, each as a `review` gives its
/// evidence, with its date.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct HistoryRequest {
    /// The scale every review is on.
    pub scale: ScaleRef,
    /// The reviews, in any order; one per date.
    pub reviews: Vec<HistoryReviewDoc>,
    /// Report options (for every review).
    #[serde(default, skip_serializing_if = "OptionsDoc::is_default")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<OptionsDoc>"))]
    pub options: OptionsDoc,
    /// When the service started, `YYYY-MM-DD` (default: the first review's date). The next
    /// reviews depend on it while no external review has counted (the first external review
    /// falls within the service's first 12 months; the Trust's review 6 months after it
    /// started).
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub service_start: Option<String>,
    /// The date the next reviews are read on, `YYYY-MM-DD` (default: the last review's date).
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub as_of: Option<String>,
}

/// One review of a history: its date, who held it, and its evidence as a `review` takes it.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct HistoryReviewDoc {
    /// When it was held, `YYYY-MM-DD`.
    pub date: String,
    /// `external` (the default) or `internal` (a self-assessment).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Kind>"))]
    pub kind: Kind,
    /// One rater's evidence, by item number.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<std::collections::HashMap<String, EvidenceDoc>>"))]
    pub evidence: Option<Entries<EvidenceDoc>>,
    /// Two or more raters' evidence, by rater name (instead of `evidence`).
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(
        feature = "ts",
        ts(optional, as = "Option<std::collections::HashMap<String, std::collections::HashMap<String, EvidenceDoc>>>")
    )]
    pub raters: Option<Entries<Entries<EvidenceDoc>>>,
    /// With `raters`: the agreed score, and why, of each item they scored differently.
    #[serde(default, deserialize_with = "crate::document::fields::present", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = crate::document::fields::not_null))]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<std::collections::HashMap<String, ConsensusDoc>>"))]
    pub consensus: Option<Entries<ConsensusDoc>>,
}

impl HistoryRequest {
    /// Answers the request.
    ///
    /// # Errors
    /// The scale's faults; for each review, a date that is not a calendar date, a second
    /// review on one date, and every fault of its evidence (`reviews[1].evidence.7.rating`);
    /// `service_start` after the first review, `as_of` before the last.
    pub fn answer(&self) -> Result<HistoryResponse, Error> {
        let choice = ScaleChoice::from_ref(&self.scale)?;
        choice.with_scale(|scale| self.answer_on(scale))?
    }

    fn answer_on<'s>(&self, scale: &'s Scale<'s>) -> Result<HistoryResponse, Error> {
        let options = self.options.options();
        let mut reviews = Vec::with_capacity(self.reviews.len());
        for (i, doc) in self.reviews.iter().enumerate() {
            let root = format!("reviews[{i}]");
            let date = parse_date(&doc.date, &format!("{root}.date"))?;
            let given = GivenEvidence {
                evidence: doc.evidence.as_ref(),
                raters: doc.raters.as_ref(),
                consensus: doc.consensus.as_ref(),
                root: &root,
            };
            let scored = given.score(scale, options)?;
            reviews.push(DatedReview { date, kind: doc.kind, report: scored.report });
        }
        let mut dated = reviews;
        let service_start = self.service_start.as_deref().map(|t| parse_date(t, "service_start")).transpose()?;
        let as_of = self.as_of.as_deref().map(|t| parse_date(t, "as_of")).transpose()?;
        let history = History::new(&mut dated, service_start, as_of)?;
        let next = history.next_reviews()?;
        let change = |c: Change<'_>| HistoryChangeDoc {
            from: date_text(c.from),
            to: date_text(c.to),
            total_change: c.comparison.total_change(),
            band_changed: c.comparison.band_changed(),
            items_up: c.comparison.items().filter(|i| i.change().is_some_and(|d| d > 0)).map(|i| i.number).collect(),
            items_down: c.comparison.items().filter(|i| i.change().is_some_and(|d| d < 0)).map(|i| i.number).collect(),
        };
        let overall = history.overall();
        let key = |number: u8| scale.item(number).map_or(Cow::Borrowed(""), |i| Cow::Owned(String::from(i.key)));
        Ok(HistoryResponse {
            scale: scale.id.into(),
            reviews: history
                .reviews()
                .iter()
                .map(|r| HistoryReviewSummaryDoc {
                    date: date_text(r.date),
                    kind: Cow::Borrowed(r.kind.id()),
                    complete: r.report.is_complete(),
                    total: r.report.total(),
                    max: r.report.max_total(),
                    band: r.report.band().map(|b| Cow::Owned(String::from(b.id))),
                    sections: r.report.sections().map(SectionDoc::from).collect(),
                    awaiting_consensus: r.report.awaiting_consensus().collect(),
                })
                .collect(),
            items: scale
                .items
                .iter()
                .map(|item| {
                    let scores: Vec<Option<u8>> = history.series(item.number).map(|s| s.map(|s| s.get())).collect();
                    ItemSeriesDoc {
                        number: item.number,
                        key: key(item.number),
                        title: item.title().into(),
                        change: overall
                            .as_ref()
                            .and_then(|c| c.comparison.items().find(|i| i.number == item.number)?.change()),
                        scores,
                    }
                })
                .collect(),
            changes: history.changes().map(change).collect(),
            overall: overall.clone().map(change),
            persistent_gaps: history
                .persistent_gaps()
                .iter()
                .map(|g| PersistentGapDoc {
                    number: g.number,
                    key: key(g.number),
                    score: g.score.get(),
                    gap: g.gap,
                    reviews: g.reviews,
                })
                .collect(),
            falls: history
                .falls()
                .map(|f| FallDoc {
                    number: f.number,
                    key: key(f.number),
                    from: date_text(f.from),
                    to: date_text(f.to),
                    before: f.before.get(),
                    after: f.after.get(),
                })
                .collect(),
            next_reviews_withheld: match &next {
                NextReviews::Due(_) => None,
                NextReviews::AwaitingLatest(date) => Some(format!(
                    "the latest review ({}) has no band yet (incomplete, or awaiting consensus): the next dates depend on it",
                    date_text(*date)
                )),
                NextReviews::NoRules => Some(String::from(
                    "the scale's bands are neither the IPS bands nor the SEQF levels: the sources give no review schedule for them",
                )),
            },
            next_reviews: match next {
                NextReviews::Due(schedule) => Some(NextReviewsDoc {
                    model: schedule.model.id().into(),
                    as_of: date_text(schedule.as_of),
                    external: (&schedule.next_external).into(),
                    internal: (&schedule.next_internal).into(),
                    trust_quality_assurance: (&schedule.next_trust_quality_assurance).into(),
                    overdue: schedule.overdue().map(|r| r.kind.id().into()).collect(),
                    left_out: history.left_out_of_schedule().map(date_text).collect(),
                }),
                NextReviews::AwaitingLatest(_) | NextReviews::NoRules => None,
            },
        })
    }
}

/// One review of a history, summarised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryReviewSummaryDoc {
    /// When it was held.
    pub date: String,
    /// `external` or `internal`.
    pub kind: Cow<'static, str>,
    /// Whether every item has an (agreed) score.
    pub complete: bool,
    /// Sum of the scored items.
    pub total: u16,
    /// Highest possible total.
    pub max: u16,
    /// Band id, or `null` while incomplete.
    pub band: Option<Cow<'static, str>>,
    /// Section subtotals, in order.
    pub sections: Vec<SectionDoc>,
    /// With raters: the items awaiting consensus (empty otherwise).
    pub awaiting_consensus: Vec<u8>,
}

/// One item over the reviews.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ItemSeriesDoc {
    /// Item number.
    pub number: u8,
    /// Item key.
    pub key: Cow<'static, str>,
    /// Item title.
    pub title: String,
    /// Its score in each review, in date order (`null` where not scored).
    pub scores: Vec<Option<u8>>,
    /// From the first review to the last, when both scored it.
    pub change: Option<i8>,
}

/// The change from one review to a later one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryChangeDoc {
    /// The earlier review's date.
    pub from: String,
    /// The later review's date.
    pub to: String,
    /// The later total minus the earlier.
    pub total_change: i32,
    /// Whether the band changed (including to or from no band).
    pub band_changed: bool,
    /// Items whose score rose.
    pub items_up: Vec<u8>,
    /// Items whose score fell.
    pub items_down: Vec<u8>,
}

/// An item below 5 in each of the last two or more reviews.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PersistentGapDoc {
    /// Item number.
    pub number: u8,
    /// Item key.
    pub key: Cow<'static, str>,
    /// Its score in the last review.
    pub score: u8,
    /// Points below 5 in the last review.
    pub gap: u8,
    /// How many of the latest reviews in a row scored it below 5.
    pub reviews: u16,
}

/// An item whose score fell from one review to the next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FallDoc {
    /// Item number.
    pub number: u8,
    /// Item key.
    pub key: Cow<'static, str>,
    /// The earlier review's date.
    pub from: String,
    /// The later review's date.
    pub to: String,
    /// The earlier score.
    pub before: u8,
    /// The later score.
    pub after: u8,
}

/// When the next reviews are due, from the schedule rules ([`crate::commissioning::schedule`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NextReviewsDoc {
    /// The model whose rules apply: `ips` or `seqf`, from the scale's bands.
    pub model: String,
    /// The date they are read on.
    pub as_of: String,
    /// The next external review.
    pub external: NextReviewDoc,
    /// The next internal self-assessment.
    pub internal: NextReviewDoc,
    /// The next quality-assurance review of the Trust's own (`003`, item 11).
    pub trust_quality_assurance: NextReviewDoc,
    /// Kinds overdue on `as_of`.
    pub overdue: Vec<String>,
    /// Dates of reviews the schedule leaves out for want of a band (incomplete, or awaiting
    /// consensus).
    pub left_out: Vec<String>,
}

/// The answer to a `history` request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryResponse {
    /// Scale id.
    pub scale: String,
    /// Each review, in date order.
    pub reviews: Vec<HistoryReviewSummaryDoc>,
    /// Each item of the scale over the reviews.
    pub items: Vec<ItemSeriesDoc>,
    /// The change from each review to the next.
    pub changes: Vec<HistoryChangeDoc>,
    /// The change from the first review to the last; `null` with one review.
    pub overall: Option<HistoryChangeDoc>,
    /// Items below 5 in each of the last two or more reviews, largest gap first.
    pub persistent_gaps: Vec<PersistentGapDoc>,
    /// Every fall of an item's score from one review to the next.
    pub falls: Vec<FallDoc>,
    /// When the next reviews are due; `null` when they cannot be dated (see
    /// `next_reviews_withheld`).
    pub next_reviews: Option<NextReviewsDoc>,
    /// Why `next_reviews` is `null`: the latest review has no band yet, or the scale's bands
    /// have no schedule rules.
    pub next_reviews_withheld: Option<String>,
}
