//! A review's response written straight from its report.
//!
//! [`write_review`] writes what [`ReviewResponse`](super::ReviewResponse) serialises to,
//! field for field and in the same order, but reads everything from the report: no vector
//! of items, sections or plan entries is built, each item's basis is formatted straight
//! into the response instead of into a string of its own, and field names go out as whole
//! runs of fixed text rather than one `serde` call each. [`evaluate`](super::evaluate)
//! answers reviews, its hottest request, this way (more than half of its time went on
//! building the response and writing it field by field); [`handle`](super::handle) still
//! gives the typed response. The tests below and the conformance vectors check that the
//! two write the same bytes.

use super::write::{WriteError, Writer};
use super::{ModificationDoc, basis_kind};
use crate::review::ReviewReport;
use crate::score::ItemScore;

/// Writes the response to a review whose report is `report` (with the modification's
/// document when the scale is modified).
///
/// # Errors
/// When the modification's document cannot be written (it always can; a basis is written
/// into the text, which cannot fail).
pub(super) fn write_review(
    out: &mut Writer,
    report: &ReviewReport<'_>,
    modification: Option<&ModificationDoc>,
) -> Result<(), WriteError> {
    out.raw("{\"scale\":");
    out.string(report.scale().id);
    out.raw(if report.is_complete() { ",\"complete\":true,\"total\":" } else { ",\"complete\":false,\"total\":" });
    out.integer(report.total());
    out.raw(",\"max\":");
    out.integer(report.max_total());
    out.raw(",\"band\":");
    match report.band() {
        Some(band) => out.string(band.id),
        None => out.raw("null"),
    }
    out.raw(",\"items\":[");
    let scored = report.results().filter_map(|(item, result)| result.score().map(|s| (item, s)));
    for (i, (item, s)) in scored.enumerate() {
        out.raw(if i == 0 { "{\"number\":" } else { ",{\"number\":" });
        out.integer(s.number);
        out.raw(",\"key\":");
        out.string(item.key);
        out.raw(",\"score\":");
        out.integer(s.score.get());
        out.raw(",\"basis\":");
        basis(out, s);
        out.raw(",\"basis_kind\":");
        out.string(basis_kind(&s.basis));
        out.raw("}");
    }
    out.raw("],\"sections\":[");
    for (i, s) in report.sections().enumerate() {
        out.raw(if i == 0 { "{\"section\":" } else { ",{\"section\":" });
        out.string(s.section.key);
        out.raw(",\"total\":");
        out.integer(s.total);
        out.raw(",\"max\":");
        out.integer(s.max);
        out.raw(",\"scored\":");
        out.integer(s.scored);
        out.raw(",\"items\":");
        out.integer(s.items);
        out.raw("}");
    }
    out.raw("],\"missing\":");
    numbers(out, report.missing());
    out.raw(",\"insufficient_data\":");
    numbers(out, report.insufficient_data());
    out.raw(",\"action_plan\":[");
    for (i, a) in report.action_plan().enumerate() {
        out.raw(if i == 0 { "{\"number\":" } else { ",{\"number\":" });
        out.integer(a.item.number);
        out.raw(",\"key\":");
        out.string(a.item.key);
        out.raw(",\"title\":");
        out.string(a.item.title());
        out.raw(",\"score\":");
        out.integer(a.score.get());
        out.raw(",\"gap\":");
        out.integer(a.gap);
        out.raw(",\"emphasis\":");
        match a.emphasis {
            Some(emphasis) => out.string(emphasis.id()),
            None => out.raw("null"),
        }
        out.raw("}");
    }
    out.raw("]");
    if let Some(modification) = modification {
        out.raw(",\"modification\":");
        out.value(modification)?;
    }
    out.raw("}");
    Ok(())
}

/// An item's basis in words, as [`ItemScore::basis_text`] gives it, written straight into
/// the response through the same wording ([`ItemScore`]'s `write_basis`).
fn basis(out: &mut Writer, score: &ItemScore<'_>) {
    out.raw("\"");
    // Writing into the response cannot fail.
    let _ = score.write_basis(&mut out.contents());
    out.raw("\"");
}

/// A list of item numbers.
fn numbers(out: &mut Writer, numbers: impl Iterator<Item = u8>) {
    out.raw("[");
    for (i, number) in numbers.enumerate() {
        if i > 0 {
            out.raw(",");
        }
        out.integer(number);
    }
    out.raw("]");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::ReviewResponse;
    use crate::evidence::Evidence;
    use crate::review::{InsufficientDataPolicy, Review, ReviewOptions};
    use crate::{Score, ips25};

    fn ours(report: &ReviewReport<'_>, modification: Option<&ModificationDoc>) -> alloc::string::String {
        let mut out = Writer::new(16);
        write_review(&mut out, report, modification).unwrap();
        out.finish().unwrap()
    }

    /// Every kind of basis, caps, missing and insufficient-data items, both policies, and
    /// the empty review: the same text as the typed response through `serde_json`.
    #[test]
    fn writes_what_the_typed_response_serialises_to() {
        let evidence = [
            (1, Evidence::value(22.5)),
            (2, Evidence::value(95.5)),
            (5, Evidence::Count(4)),
            (7, Evidence::Rating(Score::FIVE)),
            (9, Evidence::InsufficientData),
            (12, Evidence::Rating(Score::TWO)),
            (15, Evidence::Value(crate::evidence::Measurement { value: 20.0, condition_met: Some(false) })),
            (19, Evidence::value(0.0)),
        ];
        for count in 0..=evidence.len() {
            let mut review = Review::new(&ips25::SCALE);
            for (number, ev) in evidence.iter().take(count) {
                review.add(*number, *ev).unwrap();
            }
            for policy in [InsufficientDataPolicy::ScoreOne, InsufficientDataPolicy::LeaveUnscored] {
                let report = review.report(ReviewOptions { insufficient_data: policy });
                let theirs = serde_json::to_string(&ReviewResponse::from_report(&report)).unwrap();
                assert_eq!(ours(&report, None), theirs);
            }
        }
        // A complete review, with a band.
        let mut review = Review::new(&ips25::SCALE);
        for number in 1..=25 {
            review.add(number, Evidence::Rating(Score::new(1 + number % 5).unwrap())).unwrap();
        }
        let report = review.report(ReviewOptions::default());
        assert!(report.band().is_some());
        assert_eq!(ours(&report, None), serde_json::to_string(&ReviewResponse::from_report(&report)).unwrap());
    }

    /// What `evaluate` writes for a review, against the typed response `handle` gives:
    /// a defined scale whose printed range and keys need escapes, and the modified scale.
    #[test]
    fn evaluate_writes_what_handle_gives() {
        let defined = include_str!("../../../tests/vectors/review_defined_lower_is_better_boundaries.request.json")
            .replace("10 or fewer", "10 \\\"or\\\" fewer \\\\ \\t\\u0001");
        assert!(defined.contains("\\\"or\\\""), "the vector's printed range is in place");
        let modified = r#"{"operation":"review","scale":"ips-25-uk-modified-trial","evidence":{"1":{"rating":3},"7":{"rating":4}},"facts":{"caseload":33}}"#;
        for request in [defined.as_str(), modified] {
            let typed = serde_json::to_string(&crate::document::handle(request).unwrap()).unwrap();
            assert_eq!(crate::document::evaluate(request), typed, "{request}");
        }
    }
}
