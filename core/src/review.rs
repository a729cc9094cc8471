//! A fidelity review: evidence for a scale's items, and the report it produces.
//!
//! [`Review`] collects typed evidence, scoring (and so validating) each item as it is
//! added. [`Review::report`] then builds a [`ReviewReport`]: item scores with their basis,
//! the total and band, section subtotals, missing items and an action plan. Neither
//! step allocates: a review and its report live in fixed arrays of [`MAX_ITEMS`] slots.

// The TypeScript derive (feature `ts`, test suite only) names std prelude items unqualified.
#[cfg(feature = "ts")]
#[allow(unused_imports, reason = "only the ts derive uses it")]
use std::prelude::rust_2024::*;

use alloc::format;
use alloc::string::String;

use crate::emphasis::Emphasis;
use crate::error::Error;
use crate::evidence::Evidence;
use crate::item::{Item, Section};
use crate::next_score::{NextScore, next_score};
use crate::scale::{FidelityBand, MAX_ITEMS, Scale};
use crate::score::{ItemScore, Score};

/// What to do with items marked as having insufficient data.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum InsufficientDataPolicy {
    /// Score them 1 and flag them (the default: the scale asks for scoring on the evidence
    /// a service actually has, `003`).
    #[default]
    ScoreOne,
    /// Leave them unscored: they count as missing and the review is incomplete.
    LeaveUnscored,
}

/// Options for building a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ReviewOptions {
    /// What to do with insufficient-data items.
    pub insufficient_data: InsufficientDataPolicy,
}

/// Evidence for the items of one scale, each item scored as it is added.
#[derive(Debug, Clone)]
pub struct Review<'s> {
    scale: &'s Scale<'s>,
    scores: [Option<ItemScore<'s>>; MAX_ITEMS],
}

impl<'s> Review<'s> {
    /// An empty review on `scale`.
    #[must_use]
    pub const fn new(scale: &'s Scale<'s>) -> Self {
        Self { scale, scores: [None; MAX_ITEMS] }
    }

    /// The scale under review.
    #[must_use]
    pub const fn scale(&self) -> &'s Scale<'s> {
        self.scale
    }

    /// Adds evidence for item `number` and returns its score.
    ///
    /// # Errors
    /// [`Error::UnknownItem`], [`Error::DuplicateItem`] when the item already has evidence,
    /// and every error of [`Item::score`]. On error the review is unchanged.
    pub fn add(&mut self, number: u8, evidence: Evidence) -> Result<ItemScore<'s>, Error> {
        self.put(number, &evidence, false)
    }

    /// Sets (or replaces) the evidence for item `number` and returns its score.
    ///
    /// # Errors
    /// [`Error::UnknownItem`] and every error of [`Item::score`]. On error the review is
    /// unchanged.
    pub fn set(&mut self, number: u8, evidence: Evidence) -> Result<ItemScore<'s>, Error> {
        self.put(number, &evidence, true)
    }

    /// [`Review::add`] (`replace` false) and [`Review::set`] (`replace` true). The item's
    /// rule is scored inline: a call returning the score through memory would cost more than
    /// the rule itself (the result is read back before its stores have landed).
    fn put(&mut self, number: u8, evidence: &Evidence, replace: bool) -> Result<ItemScore<'s>, Error> {
        let (item, slot) = self.item_and_slot(number)?;
        if !replace && slot.is_some() {
            return Err(Error::DuplicateItem { field: format!("evidence.{number}"), item: number });
        }
        let scored = item.score_inline(evidence)?;
        *slot = Some(scored);
        Ok(scored)
    }

    /// The score of item `number`, if it has evidence (insufficient data included).
    #[must_use]
    pub fn score(&self, number: u8) -> Option<&ItemScore<'s>> {
        self.scores.get(usize::from(number).checked_sub(1)?)?.as_ref()
    }

    /// Whether no item has evidence.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.scores.iter().all(Option::is_none)
    }

    /// Puts a score reached elsewhere (a consensus of raters) in item `number`'s slot.
    pub(crate) fn put_score(&mut self, scored: ItemScore<'s>) {
        if let Ok((_, slot)) = self.item_and_slot(scored.number) {
            *slot = Some(scored);
        }
    }

    /// Removes the evidence for item `number`, if any.
    pub fn remove(&mut self, number: u8) {
        if let Ok((_, slot)) = self.item_and_slot(number) {
            *slot = None;
        }
    }

    /// The report of the review as it stands.
    #[must_use]
    pub fn report(&self, options: ReviewOptions) -> ReviewReport<'s> {
        ReviewReport::new(self.scale, &self.scores, options)
    }

    /// Item `number` of the scale and its slot in the review (one index for both: slot
    /// `i` holds item `i + 1`).
    #[inline(always)]
    fn item_and_slot(&mut self, number: u8) -> Result<(&'s Item<'s>, &mut Option<ItemScore<'s>>), Error> {
        let scale = self.scale;
        let index = usize::from(number).wrapping_sub(1);
        match (scale.items.get(index), self.scores.get_mut(index)) {
            (Some(item), Some(slot)) => Ok((item, slot)),
            _ => Err(unknown_item(scale, number)),
        }
    }
}

/// The error for an item `number` that `scale` does not have.
#[cold]
fn unknown_item(scale: &Scale<'_>, number: u8) -> Error {
    Error::UnknownItem {
        field: format!("evidence.{number}"),
        // `format!` rather than `to_string`, whose own digit writer for `u8` the module need not carry.
        item: format!("{number}"),
        scale: String::from(scale.id),
        last: scale.items.len(),
    }
}

/// What a report says about one item.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ItemResult<'s> {
    /// No evidence was given.
    Missing,
    /// Marked insufficient data and left unscored ([`InsufficientDataPolicy::LeaveUnscored`]).
    Unscored,
    /// Scored.
    Scored(ItemScore<'s>),
    /// Scored differently by two or more raters, with no consensus yet ([`crate::raters`]).
    AwaitingConsensus,
}

impl<'s> ItemResult<'s> {
    /// The score, if the item has one.
    #[must_use]
    pub const fn score(&self) -> Option<&ItemScore<'s>> {
        match self {
            Self::Scored(s) => Some(s),
            Self::Missing | Self::Unscored | Self::AwaitingConsensus => None,
        }
    }
}

/// The subtotal of one section of the scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionSubtotal<'s> {
    /// The section.
    pub section: &'s Section<'s>,
    /// Sum of the scored items of the section.
    pub total: u16,
    /// Highest possible subtotal (5 × items in the section).
    pub max: u16,
    /// Items of the section with a score.
    pub scored: u16,
    /// Items in the section.
    pub items: u16,
}

/// One entry of the action plan: an item below 5.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ActionPlanEntry<'s> {
    /// The item.
    pub item: &'s Item<'s>,
    /// Its score.
    pub score: Score,
    /// Points below 5.
    pub gap: u8,
    /// The seeds' emphasis on the item, if any (the tie-breaker).
    pub emphasis: Option<Emphasis>,
    /// What the next score takes, from the scale's anchors and rules.
    pub next: NextScore<'s>,
}

/// The result of a review: every item's result, the total, band, sections and action plan.
#[derive(Debug, Clone)]
pub struct ReviewReport<'s> {
    scale: &'s Scale<'s>,
    results: [ItemResult<'s>; MAX_ITEMS],
    total: u16,
    scored: u16,
    plan: [u8; MAX_ITEMS],
    plan_len: usize,
}

impl<'s> ReviewReport<'s> {
    fn new(scale: &'s Scale<'s>, scores: &[Option<ItemScore<'s>>; MAX_ITEMS], options: ReviewOptions) -> Self {
        let mut results = [ItemResult::Missing; MAX_ITEMS];
        let (mut total, mut scored) = (0u16, 0u16);
        // Plan entries sort by one packed key: larger gap first, then the seeds' emphasis (in
        // its order, items without one last), then item number.
        let mut keys = [0u32; MAX_ITEMS];
        let mut plan_len = 0;
        for ((result, score), item) in results.iter_mut().zip(scores).zip(scale.items) {
            *result = match score {
                None => ItemResult::Missing,
                Some(s)
                    if s.is_insufficient_data()
                        && options.insufficient_data == InsufficientDataPolicy::LeaveUnscored =>
                {
                    ItemResult::Unscored
                }
                Some(s) => ItemResult::Scored(*s),
            };
            if let ItemResult::Scored(s) = result {
                total += u16::from(s.score.get());
                scored += 1;
                if s.score < Score::MAX {
                    if let Some(slot) = keys.get_mut(plan_len) {
                        let gap_rank = u32::from(4u8.saturating_sub(s.score.gap()));
                        let emphasis_rank = item.emphasis.map_or(Emphasis::COUNT, Emphasis::rank);
                        *slot = (gap_rank << 16) | (u32::from(emphasis_rank) << 8) | u32::from(s.number);
                        plan_len += 1;
                    }
                }
            }
        }
        if let Some(used) = keys.get_mut(..plan_len) {
            used.sort_unstable();
        }
        let mut plan = [0u8; MAX_ITEMS];
        for (slot, key) in plan.iter_mut().zip(&keys).take(plan_len) {
            // The low byte of a key is the item number.
            *slot = u8::try_from(key & 0xff).unwrap_or(0);
        }
        Self { scale, results, total, scored, plan, plan_len }
    }

    /// The scale reviewed.
    #[must_use]
    pub const fn scale(&self) -> &'s Scale<'s> {
        self.scale
    }

    /// Each item with its result, in item order.
    pub fn results(&self) -> impl Iterator<Item = (&'s Item<'s>, &ItemResult<'s>)> + '_ {
        self.scale.items.iter().zip(self.results.iter())
    }

    /// The scores of the scored items, in item order.
    pub fn scores(&self) -> impl Iterator<Item = &ItemScore<'s>> + '_ {
        self.results.iter().filter_map(ItemResult::score)
    }

    /// The score of item `number`, if scored.
    #[must_use]
    pub fn score(&self, number: u8) -> Option<&ItemScore<'s>> {
        self.results.get(usize::from(number).checked_sub(1)?).and_then(ItemResult::score)
    }

    /// Sum of the scored items.
    #[must_use]
    pub const fn total(&self) -> u16 {
        self.total
    }

    /// The highest total the scale allows (125 on the IPS scale).
    #[must_use]
    pub fn max_total(&self) -> u16 {
        self.scale.max_total()
    }

    /// How many items have a score.
    #[must_use]
    pub const fn scored_count(&self) -> u16 {
        self.scored
    }

    /// Whether every item of the scale has a score.
    #[must_use]
    pub fn is_complete(&self) -> bool {
        self.scored == self.scale.item_count()
    }

    /// The band of the total; `None` until the review is complete.
    #[must_use]
    pub fn band(&self) -> Option<&'s FidelityBand<'s>> {
        if self.is_complete() { self.scale.band(self.total) } else { None }
    }

    /// Items with no score (no evidence, or insufficient data left unscored), in order. Items
    /// awaiting the raters' consensus are not among them ([`Self::awaiting_consensus`]).
    pub fn missing(&self) -> impl Iterator<Item = u8> + '_ {
        self.results().filter(|(_, r)| matches!(r, ItemResult::Missing | ItemResult::Unscored)).map(|(i, _)| i.number)
    }

    /// Items two or more raters scored differently and that await their consensus, in order.
    /// While any does, the report is incomplete and has no band.
    pub fn awaiting_consensus(&self) -> impl Iterator<Item = u8> + '_ {
        self.results().filter(|(_, r)| matches!(r, ItemResult::AwaitingConsensus)).map(|(i, _)| i.number)
    }

    /// The report with item `number`, which has no score, marked as awaiting consensus.
    pub(crate) fn awaiting(mut self, number: u8) -> Self {
        let slot = usize::from(number).checked_sub(1).and_then(|i| self.results.get_mut(i));
        if let Some(result @ ItemResult::Missing) = slot {
            *result = ItemResult::AwaitingConsensus;
        }
        self
    }

    /// The scored items whose score takes a printed condition as met that the evidence does
    /// not mention, with the condition, in item order: what a reviewer should verify.
    pub fn assumed_conditions(&self) -> impl Iterator<Item = (u8, &'static str)> + '_ {
        self.scores().filter_map(|s| s.assumed.map(|condition| (s.number, condition)))
    }

    /// Items marked as having insufficient data (scored 1 or left unscored), in order.
    pub fn insufficient_data(&self) -> impl Iterator<Item = u8> + '_ {
        self.results()
            .filter(|(_, r)| match r {
                ItemResult::Unscored => true,
                ItemResult::Scored(s) => s.is_insufficient_data(),
                ItemResult::Missing | ItemResult::AwaitingConsensus => false,
            })
            .map(|(i, _)| i.number)
    }

    /// Subtotals of each section, in order.
    pub fn sections(&self) -> impl Iterator<Item = SectionSubtotal<'s>> + '_ {
        self.scale.sections.iter().map(move |section| {
            let mut sub = SectionSubtotal { section, total: 0, max: 0, scored: 0, items: 0 };
            for (_, result) in self.results().filter(|(i, _)| i.section.key == section.key) {
                sub.items += 1;
                sub.max += u16::from(Score::MAX.get());
                if let Some(s) = result.score() {
                    sub.total += u16::from(s.score.get());
                    sub.scored += 1;
                }
            }
            sub
        })
    }

    /// The action plan: scored items below 5, largest gap first; ties go to the items the
    /// fidelity guidance emphasises ([`Emphasis`], in its order), then to item order.
    pub fn action_plan(&self) -> impl Iterator<Item = ActionPlanEntry<'s>> + '_ {
        self.plan.iter().take(self.plan_len).filter_map(move |&number| {
            let item = self.scale.item(number)?;
            let scored = self.score(number)?;
            let next = next_score(item, scored)?;
            let score = scored.score;
            Some(ActionPlanEntry { item, score, gap: score.gap(), emphasis: item.emphasis, next })
        })
    }
}
