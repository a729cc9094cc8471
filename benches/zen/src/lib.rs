//! IPS-25 (UK) scoring five ways, on the same 200 reviews (`benches/inputs/reviews.json`):
//!
//! - [`floor`]: a minimal hand-written function over the plain numbers (match/if only, no
//!   allocation): the cost no design can beat;
//! - [`sefidelity_fast_typed`]: the 25 scores from `sefidelity::ips25::score_items` (the
//!   typed fast path: no basis kept) on typed `sefidelity::Evidence` built beforehand, as
//!   the floor's plain numbers are; [`sefidelity_fast`] builds it from the plain numbers
//!   first, each time;
//! - [`sefidelity_typed`]: typed `sefidelity::Evidence` built from the plain numbers and
//!   scored by `sefidelity::Review` (every basis kept, for a report);
//! - [`sefidelity_document`]: `sefidelity::document::evaluate`, JSON text in, JSON text out;
//! - [`Zen`]: the GoRules JDM model `model/ips25.json` run by `zen-engine`.

use std::future::Future;
use std::sync::Arc;

use rust_decimal::prelude::ToPrimitive;
use sefidelity::evidence::{
    CompetitiveJobs, EmployerContacts, Evidence, Frequency, GovernmentLiaison, TeamAssignment, TrackingReview,
    VocationalRole,
};
use sefidelity::{Review, Score, ips25};
use serde::Deserialize;
use zen_engine::model::DecisionContent;
use zen_engine::{Decision, DecisionEngine, Variable};

/// The JDM decision graph (written by `model/generate.py`).
pub const MODEL: &str = include_str!("../model/ips25.json");
/// The shared benchmark inputs.
pub const REVIEWS: &str = include_str!("../../inputs/reviews.json");

/// One review as plain numbers (field meanings in `benches/inputs/generate.py`).
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
pub struct Input {
    /// Item 1: clients per specialist.
    pub caseload: f64,
    /// Item 2: % of time on employment services.
    pub employment_time: f64,
    /// Item 3: phases provided, 1-6.
    pub phases: u8,
    /// Item 4: teams attached to.
    pub teams: u8,
    /// Item 4: % of caseload from those teams.
    pub team_caseload: f64,
    /// Item 5: components present.
    pub team_contact: u8,
    /// Item 6: client-related contact frequency, 0 never .. 4 weekly.
    pub client_contacts: u8,
    /// Item 6: scheduled meeting frequency, 0 never .. 4 weekly.
    pub meetings: u8,
    /// Item 7 rating.
    pub r7: u8,
    /// Item 8: components present.
    pub supervisor: u8,
    /// Item 9 rating.
    pub r9: u8,
    /// Item 10: components present.
    pub focus: u8,
    /// Item 11: components present.
    pub executive: u8,
    /// Item 12 rating.
    pub r12: u8,
    /// Item 13: components present.
    pub disclosure: u8,
    /// Item 14 rating.
    pub r14: u8,
    /// Item 15: mean days to first employer contact.
    pub days: f64,
    /// Item 16: %.
    pub individualised: f64,
    /// Item 17: employer contacts per week.
    pub contacts: f64,
    /// Item 17: 0 not given, 1 no process, 2 less than monthly, 3 monthly, 4 weekly.
    pub tracking: u8,
    /// Item 18 rating.
    pub r18: u8,
    /// Item 19: %.
    pub job_types: f64,
    /// Item 20: %.
    pub employers: f64,
    /// Item 21: % permanent.
    pub permanent: f64,
    /// Item 21: current jobs.
    pub current_jobs: u32,
    /// Item 22 rating.
    pub r22: u8,
    /// Item 23 rating.
    pub r23: u8,
    /// Item 24: % of time in the community.
    pub community: f64,
    /// Item 25: strategies used.
    pub outreach: u8,
}

/// One case of `reviews.json`, in every form the peers take.
#[derive(Debug, Clone)]
pub struct Case {
    /// The plain numbers.
    pub input: Input,
    /// The plain numbers as JSON text (what the zen model reads).
    pub input_json: String,
    /// The document-API request (`operation: review`) as JSON text.
    pub request: String,
    /// The 25 scores sefidelity gave when the file was made: the reference.
    pub scores: [u8; 25],
}

/// The 200 cases of `reviews.json`.
///
/// # Panics
/// If the file is not as `benches/inputs/generate.py` writes it.
#[must_use]
pub fn cases() -> Vec<Case> {
    #[derive(Deserialize)]
    struct File {
        cases: Vec<Raw>,
    }
    #[derive(Deserialize)]
    struct Raw {
        input: serde_json::Value,
        evidence: serde_json::Value,
        scores: [u8; 25],
    }
    let file: File = serde_json::from_str(REVIEWS).expect("reviews.json");
    file.cases
        .into_iter()
        .map(|raw| Case {
            input: serde_json::from_value(raw.input.clone()).expect("input"),
            input_json: raw.input.to_string(),
            request: serde_json::json!({"operation": "review", "scale": "ips-25-uk", "evidence": raw.evidence})
                .to_string(),
            scores: raw.scores,
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// The floor
// ---------------------------------------------------------------------------------------

/// The 25 scores by plain `if`/`match` on the plain numbers: the same intervals as
/// `core/src/ips25/mod.rs` and the composite rules of `core/src/rule/composite.rs`. An item
/// whose value is outside its domain (negative, NaN, a % over 100, a count over the
/// item's components) scores 0, where sefidelity returns an error.
#[must_use]
#[inline(never)]
pub fn floor(x: &Input) -> [u8; 25] {
    // Items 19, 20 (and the shape of 2, 16, 21): [0,a) [a,b) [b,c) [c,d) [d,100].
    #[inline(always)]
    fn up(v: f64, a: f64, b: f64, c: f64, d: f64) -> u8 {
        if !(0.0..=100.0).contains(&v) {
            0
        } else if v < a {
            1
        } else if v < b {
            2
        } else if v < c {
            3
        } else if v < d {
            4
        } else {
            5
        }
    }
    // Items 1, 15: [0,a] (a,b] (b,c] (c,d] (d,inf).
    #[inline(always)]
    fn down(v: f64, a: f64, b: f64, c: f64, d: f64) -> u8 {
        if !(v >= 0.0) {
            0
        } else if v <= a {
            5
        } else if v <= b {
            4
        } else if v <= c {
            3
        } else if v <= d {
            2
        } else {
            1
        }
    }
    #[inline(always)]
    fn five_components(n: u8) -> u8 {
        match n {
            0 | 1 => 1,
            2..=5 => n,
            _ => 0,
        }
    }
    #[inline(always)]
    fn rating(r: u8) -> u8 {
        if (1..=5).contains(&r) { r } else { 0 }
    }

    let item3 = match x.phases {
        1..=4 => 3,
        5 => 4,
        6 => 5,
        _ => 0,
    };
    let item4 = if !(0.0..=100.0).contains(&x.team_caseload) {
        0
    } else {
        match x.teams {
            0 => 0,
            3.. => 2,
            _ if x.team_caseload < 50.0 => 2,
            _ if x.team_caseload < 75.0 => 3,
            _ if x.team_caseload < 90.0 => 4,
            _ => 5,
        }
    };
    let (contacts, meetings) = (x.client_contacts, x.meetings);
    let item6 = if contacts > 4 || meetings > 4 {
        0
    } else if meetings >= 3 && contacts == 4 {
        5
    } else if meetings >= 2 || contacts == 4 {
        4
    } else {
        match contacts {
            3 => 3,
            2 => 2,
            _ => 1,
        }
    };
    let c = x.contacts;
    let points = if !(c >= 0.0) {
        0
    } else if c < 2.0 {
        1
    } else if c <= 3.0 {
        2
    } else if c <= 4.5 {
        3
    } else if c <= 5.5 {
        4
    } else {
        5
    };
    let item17 = match x.tracking {
        0 | 4 => points,
        1 | 2 => points.min(2),
        3 => points.min(3),
        _ => 0,
    };
    let item21 = match up(x.permanent, 65.0, 75.0, 85.0, 95.0) {
        0 => 0,
        _ if x.current_jobs < 10 => 1,
        s => s,
    };
    let item24 = {
        let v = x.community;
        if !(0.0..=100.0).contains(&v) {
            0
        } else if v <= 30.0 {
            1
        } else if v < 40.0 {
            2
        } else if v < 50.0 {
            3
        } else if v < 65.0 {
            4
        } else {
            5
        }
    };
    [
        down(x.caseload, 20.0, 25.0, 30.0, 40.0),
        up(x.employment_time, 60.0, 75.0, 90.0, 96.0),
        item3,
        item4,
        five_components(x.team_contact),
        item6,
        rating(x.r7),
        five_components(x.supervisor),
        rating(x.r9),
        five_components(x.focus),
        five_components(x.executive),
        rating(x.r12),
        if x.disclosure <= 4 { x.disclosure + 1 } else { 0 },
        rating(x.r14),
        down(x.days, 30.0, 60.0, 150.0, 270.0),
        up(x.individualised, 25.0, 50.0, 75.0, 90.0),
        item17,
        rating(x.r18),
        up(x.job_types, 50.0, 60.0, 70.0, 85.0),
        up(x.employers, 50.0, 60.0, 70.0, 85.0),
        item21,
        rating(x.r22),
        rating(x.r23),
        item24,
        match x.outreach {
            0..=2 => 1,
            3..=6 => x.outreach - 1,
            _ => 0,
        },
    ]
}

// ---------------------------------------------------------------------------------------
// sefidelity
// ---------------------------------------------------------------------------------------

/// Typed evidence for all 25 items, from the plain numbers (`None` where a code or rating
/// has no typed form).
#[must_use]
#[inline]
pub fn typed_evidence(x: &Input) -> [Option<Evidence>; 25] {
    let rating = |r: u8| Score::new(r).map(Evidence::Rating);
    let frequency = |code: u8| Frequency::ALL.get(usize::from(code)).copied();
    let liaison = match (frequency(x.client_contacts), frequency(x.meetings)) {
        (Some(client_contacts), Some(scheduled_meetings)) => {
            Some(Evidence::GovernmentLiaison(GovernmentLiaison { client_contacts, scheduled_meetings }))
        }
        _ => None,
    };
    let tracking = match x.tracking {
        0 => Some(None),
        code => TrackingReview::ALL.get(usize::from(code) - 1).copied().map(Some),
    };
    [
        Some(Evidence::value(x.caseload)),
        Some(Evidence::value(x.employment_time)),
        Some(Evidence::VocationalRole(VocationalRole::Phases(x.phases))),
        Some(Evidence::TeamAssignment(TeamAssignment::Teams {
            teams: x.teams,
            caseload_percent: Some(x.team_caseload),
        })),
        Some(Evidence::Count(x.team_contact)),
        liaison,
        rating(x.r7),
        Some(Evidence::Count(x.supervisor)),
        rating(x.r9),
        Some(Evidence::Count(x.focus)),
        Some(Evidence::Count(x.executive)),
        rating(x.r12),
        Some(Evidence::Count(x.disclosure)),
        rating(x.r14),
        Some(Evidence::value(x.days)),
        Some(Evidence::value(x.individualised)),
        tracking.map(|tracking| {
            Evidence::EmployerContacts(EmployerContacts {
                per_week: x.contacts,
                tracking,
                people_looking_for_work: None,
            })
        }),
        rating(x.r18),
        Some(Evidence::value(x.job_types)),
        Some(Evidence::value(x.employers)),
        Some(Evidence::CompetitiveJobs(CompetitiveJobs {
            permanent_percent: x.permanent,
            current_jobs: Some(x.current_jobs),
        })),
        rating(x.r22),
        rating(x.r23),
        Some(Evidence::value(x.community)),
        Some(Evidence::Count(x.outreach)),
    ]
}

/// The 25 scores from `sefidelity::Review` over typed evidence built from the plain
/// numbers (0 where sefidelity rejects the evidence).
#[must_use]
#[inline(never)]
pub fn sefidelity_typed(x: &Input) -> [u8; 25] {
    let mut review = Review::new(&ips25::SCALE);
    let mut scores = [0; 25];
    for ((number, evidence), score) in (1..).zip(typed_evidence(x)).zip(&mut scores) {
        if let Some(Ok(scored)) = evidence.map(|e| review.add(number, e)) {
            *score = scored.score.get();
        }
    }
    scores
}

/// Typed evidence for all 25 items from the plain numbers, in the array
/// [`ips25::score_items`] takes (`None` when a rating or frequency code has no typed form).
#[must_use]
#[inline]
pub fn typed_evidence_array(x: &Input) -> Option<[Evidence; 25]> {
    let rating = |r: u8| Score::new(r).map(Evidence::Rating);
    let frequency = |code: u8| Frequency::ALL.get(usize::from(code)).copied();
    let tracking = match x.tracking {
        0 => None,
        code => Some(TrackingReview::ALL.get(usize::from(code) - 1).copied()?),
    };
    Some([
        Evidence::value(x.caseload),
        Evidence::value(x.employment_time),
        Evidence::VocationalRole(VocationalRole::Phases(x.phases)),
        Evidence::TeamAssignment(TeamAssignment::Teams { teams: x.teams, caseload_percent: Some(x.team_caseload) }),
        Evidence::Count(x.team_contact),
        Evidence::GovernmentLiaison(GovernmentLiaison {
            client_contacts: frequency(x.client_contacts)?,
            scheduled_meetings: frequency(x.meetings)?,
        }),
        rating(x.r7)?,
        Evidence::Count(x.supervisor),
        rating(x.r9)?,
        Evidence::Count(x.focus),
        Evidence::Count(x.executive),
        rating(x.r12)?,
        Evidence::Count(x.disclosure),
        rating(x.r14)?,
        Evidence::value(x.days),
        Evidence::value(x.individualised),
        Evidence::EmployerContacts(EmployerContacts { per_week: x.contacts, tracking, people_looking_for_work: None }),
        rating(x.r18)?,
        Evidence::value(x.job_types),
        Evidence::value(x.employers),
        Evidence::CompetitiveJobs(CompetitiveJobs {
            permanent_percent: x.permanent,
            current_jobs: Some(x.current_jobs),
        }),
        rating(x.r22)?,
        rating(x.r23)?,
        Evidence::value(x.community),
        Evidence::Count(x.outreach),
    ])
}

/// The 25 scores from the typed fast path, [`ips25::score_items`] (scores only, no basis
/// kept); a review with evidence the fast path rejects goes item by item through
/// [`sefidelity_typed`], so that only the rejected items score 0.
#[must_use]
#[inline(never)]
pub fn sefidelity_fast(x: &Input) -> [u8; 25] {
    match typed_evidence_array(x).map(|evidence| ips25::score_items(&evidence)) {
        Some(Ok(scores)) => scores.map(Score::get),
        _ => sefidelity_typed(x),
    }
}

/// The 25 scores from the typed fast path, [`ips25::score_items`], on evidence already
/// typed (the floor's counterpart: each takes its own input, built before timing); 0 for
/// every item if the evidence is rejected (none of the benchmark reviews is).
#[must_use]
#[inline(never)]
pub fn sefidelity_fast_typed(evidence: &[Evidence; 25]) -> [u8; 25] {
    ips25::score_items(evidence).map_or([0; 25], |scores| scores.map(Score::get))
}

/// The document API: a JSON request in, the JSON review report out.
#[must_use]
#[inline(never)]
pub fn sefidelity_document(request: &str) -> String {
    sefidelity::document::evaluate(request)
}

/// The 25 item scores of a document-API review response (0 where an item has none).
#[must_use]
pub fn document_scores(response: &str) -> [u8; 25] {
    let mut scores = [0; 25];
    let Ok(value) = serde_json::from_str::<serde_json::Value>(response) else { return scores };
    for item in value.get("items").and_then(|v| v.as_array()).into_iter().flatten() {
        let number = item.get("number").and_then(serde_json::Value::as_u64);
        let score = item.get("score").and_then(serde_json::Value::as_u64);
        if let (Some(n @ 1..=25), Some(s)) = (number, score) {
            if let (Some(slot), Ok(s)) = (scores.get_mut(n as usize - 1), u8::try_from(s)) {
                *slot = s;
            }
        }
    }
    scores
}

// ---------------------------------------------------------------------------------------
// zen-engine
// ---------------------------------------------------------------------------------------

/// The JDM model, loaded and pre-compiled once, with the runtime that drives zen's async
/// `evaluate` (a current-thread tokio runtime: zen's table and expression nodes never
/// suspend, so the runtime adds only its `block_on` overhead).
pub struct Zen {
    decision: Decision,
    runtime: tokio::runtime::Runtime,
}

impl Zen {
    /// Loads `model/ips25.json` and pre-compiles it (`Decision::compile`: expression
    /// bytecode cache and decision-table indexes).
    ///
    /// # Errors
    /// The model's parse or kind error, or the runtime's build error, as text.
    pub fn load() -> Result<Self, String> {
        let content: DecisionContent = serde_json::from_str(MODEL).map_err(|e| e.to_string())?;
        let engine = DecisionEngine::default();
        let mut decision = engine.create_decision(Arc::new(content)).map_err(|e| e.to_string())?;
        decision.validate().map_err(|e| e.to_string())?;
        decision.compile();
        let runtime = tokio::runtime::Builder::new_current_thread().build().map_err(|e| e.to_string())?;
        Ok(Self { decision, runtime })
    }

    /// Runs `future` to completion on the model's runtime.
    pub fn block_on<F: Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    /// The 25 scores for one case's input (0 where the model gives no number).
    ///
    /// # Errors
    /// zen's evaluation error, as text.
    pub async fn scores(&self, input: Variable) -> Result<[u8; 25], String> {
        let response = self.decision.evaluate(input).await.map_err(|e| e.to_string())?;
        Ok(scores_of(&response.result))
    }

    /// JSON text in (the plain numbers), JSON text out (`{"scores": [...]}`).
    ///
    /// # Errors
    /// A parse error or zen's evaluation error, as text.
    pub async fn evaluate_json(&self, input_json: &str) -> Result<String, String> {
        let input: Variable = serde_json::from_str(input_json).map_err(|e| e.to_string())?;
        let response = self.decision.evaluate(input).await.map_err(|e| e.to_string())?;
        serde_json::to_string(&response.result).map_err(|e| e.to_string())
    }

    /// [`Zen::scores`], blocking.
    ///
    /// # Errors
    /// As [`Zen::scores`].
    pub fn scores_blocking(&self, input: Variable) -> Result<[u8; 25], String> {
        self.block_on(self.scores(input))
    }
}

/// A case's input as a zen [`Variable`].
///
/// # Errors
/// A parse error, as text.
pub fn zen_input(input_json: &str) -> Result<Variable, String> {
    serde_json::from_str(input_json).map_err(|e| e.to_string())
}

/// The `scores` array of the model's result (0 where an entry is not a number 1-5).
#[must_use]
pub fn scores_of(result: &Variable) -> [u8; 25] {
    let mut scores = [0; 25];
    if let Some(Variable::Array(array)) = result.dot("scores") {
        for (slot, v) in scores.iter_mut().zip(array.borrow().iter()) {
            if let Variable::Number(n) = v {
                *slot = n.to_u8().unwrap_or(0);
            }
        }
    }
    scores
}

/// The 25 scores from zen's JSON text response (0 where an entry is not a number).
#[must_use]
pub fn json_scores(response: &str) -> [u8; 25] {
    let mut scores = [0; 25];
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(response) {
        let entries = value.get("scores").and_then(|v| v.as_array()).into_iter().flatten();
        for (slot, v) in scores.iter_mut().zip(entries) {
            *slot = v.as_u64().and_then(|n| u8::try_from(n).ok()).unwrap_or(0);
        }
    }
    scores
}
