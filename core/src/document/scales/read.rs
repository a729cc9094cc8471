//! Scale definitions and modifications read by hand from the request's JSON tree.
//!
//! The format is the one the `serde` derives of [`ScaleDefinition`] and [`Modification`]
//! describe (and `schema/` documents): the same fields, defaults and optional fields, unknown
//! fields refused. Reading it here, rather than through those derives, keeps serde's
//! deserialiser out of the WebAssembly module. Every fault is an [`Error::InvalidScale`]
//! naming its path (`scale.definition.items[3].anchors`), what was found there and what is
//! accepted.

use super::super::BoxedError;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::super::json::Json;
use crate::definition::{
    BandDefinition, BoundDefinition, BuiltInGrouping, ComponentDefinition, DirectionId, IntervalDefinition,
    ItemDefinition, LevelSet, RuleDefinition, ScaleDefinition, SectionDefinition, Sections, UnitId,
};
use crate::error::{Error, shown};
use crate::modified::{Delivery, ItemModification, Modification, Parameter, ParameterKind};
use crate::score::is_whole;

/// Where a value sits: a path written out, or its parent's path and its field or index,
/// joined only when the path is needed.
#[derive(Debug, Clone, Copy)]
enum At<'p> {
    /// The path, written out.
    Path(&'p str),
    /// `parent.key`.
    Field(&'p str, &'p str),
    /// `parent[index]`.
    Index(&'p str, usize),
}

impl At<'_> {
    /// The path as text.
    fn path(self) -> String {
        match self {
            Self::Path(path) => path.into(),
            Self::Field(parent, key) => format!("{parent}.{key}"),
            Self::Index(parent, index) => format!("{parent}[{index}]"),
        }
    }
}

/// The error for the value at `at`.
fn invalid(at: At<'_>, problem: String) -> BoxedError {
    Error::InvalidScale { field: at.path(), problem }.into()
}

/// The value at `at` is not what `accepted` describes: the error names what was found.
fn wrong(json: &Json<'_>, at: At<'_>, accepted: &str) -> BoxedError {
    let found = match json {
        Json::Null => String::from("null"),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => format!("the number {}", shown(n)),
        Json::String(s) => format!("the string \"{s}\""),
        Json::Array(_) => String::from("an array"),
        Json::Object(_) => String::from("an object"),
    };
    invalid(at, format!("{found}; accepted: {accepted}"))
}

/// What a string field accepts.
const STRING: &str = "a string";
/// What an anchors field accepts.
const ANCHORS: &str = "an array of five anchor texts (strings)";
/// What a score accepts (the range is checked with the definition).
const SCORE: &str = "a whole-number score from 1 to 5";

/// An object of a definition: its fields and its path.
struct Fields<'j, 'a> {
    /// The object's path.
    path: String,
    /// Its fields, in order.
    fields: &'j [(&'a str, Json<'a>)],
}

impl<'j, 'a> Fields<'j, 'a> {
    /// The object at `at`, whose fields must be among `keys`, each given once.
    fn new(json: &'j Json<'a>, at: At<'_>, keys: &[&str]) -> Result<Self, BoxedError> {
        let obj = Self::open(json, at, || format!("an object with the fields {}", keys.join(", ")))?;
        obj.only(keys)?;
        Ok(obj)
    }

    /// The object at `at`, its fields not yet checked (`accepted` describes it when `json` is
    /// not an object).
    fn open(json: &'j Json<'a>, at: At<'_>, accepted: impl FnOnce() -> String) -> Result<Self, BoxedError> {
        match json {
            Json::Object(fields) => Ok(Self { path: at.path(), fields: *fields }),
            other => Err(wrong(other, at, &accepted())),
        }
    }

    /// Refuses a field not among `keys`, and a field given twice.
    fn only(&self, keys: &[&str]) -> Result<(), BoxedError> {
        for (i, (key, _)) in self.fields.iter().enumerate() {
            if !keys.contains(key) {
                return Err(invalid(self.at(key), format!("unknown field; accepted: {}", keys.join(", "))));
            }
            // Every key is one of `keys`, so a repeat shows up within the first `keys.len() + 1`
            // fields: the scan stops early and stays short.
            if self.fields.iter().take(i).any(|(earlier, _)| earlier == key) {
                return Err(invalid(
                    self.at(key),
                    String::from("the field is given more than once; accepted: each field once"),
                ));
            }
        }
        Ok(())
    }

    /// Where field `key` sits.
    fn at<'s>(&'s self, key: &'s str) -> At<'s> {
        At::Field(&self.path, key)
    }

    /// Field `key`, if given.
    fn get(&self, key: &str) -> Option<&'j Json<'a>> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// Field `key`, if given and not `null` (an optional field).
    fn optional(&self, key: &str) -> Option<&'j Json<'a>> {
        self.get(key).filter(|v| **v != Json::Null)
    }

    /// Field `key`, which must be given.
    fn required(&self, key: &str, accepted: &str) -> Result<&'j Json<'a>, BoxedError> {
        self.get(key).ok_or_else(|| self.missing(key, accepted))
    }

    /// The error for required field `key`, missing.
    fn missing(&self, key: &str, accepted: &str) -> BoxedError {
        invalid(self.at(key), format!("required field is missing; accepted: {accepted}"))
    }

    /// A required string.
    fn text(&self, key: &str) -> Result<String, BoxedError> {
        string(self.required(key, STRING)?, self.at(key))
    }

    /// A string that defaults to empty.
    fn text_or_empty(&self, key: &str) -> Result<String, BoxedError> {
        self.get(key).map_or_else(|| Ok(String::new()), |v| string(v, self.at(key)))
    }

    /// A required whole number.
    fn whole<T: TryFrom<u32>>(&self, key: &str, accepted: &str) -> Result<T, BoxedError> {
        whole(self.required(key, accepted)?, self.at(key), accepted)
    }

    /// A required id from `options`.
    fn choice<T: Copy>(&self, key: &str, options: &[(&str, T)]) -> Result<T, BoxedError> {
        match self.get(key) {
            Some(json) => choice(json, self.at(key), options),
            None => Err(self.missing(key, &ids(options))),
        }
    }

    /// A required array, each element read by `read`.
    fn list<T>(&self, key: &str, accepted: &str, read: Reader<T>) -> Result<Vec<T>, BoxedError> {
        list(self.required(key, accepted)?, self.at(key), accepted, read)
    }
}

/// Reads one value at a path.
type Reader<T> = fn(&Json<'_>, At<'_>) -> Result<T, BoxedError>;

/// A string.
fn string(json: &Json<'_>, at: At<'_>) -> Result<String, BoxedError> {
    match json {
        Json::String(s) => Ok(s.to_string()),
        other => Err(wrong(other, at, STRING)),
    }
}

/// A number.
fn number(json: &Json<'_>, at: At<'_>) -> Result<f64, BoxedError> {
    match json {
        Json::Number(n) => Ok(*n),
        other => Err(wrong(other, at, "a number")),
    }
}

/// `true` or `false`.
fn boolean(json: &Json<'_>, at: At<'_>) -> Result<bool, BoxedError> {
    match json {
        Json::Bool(b) => Ok(*b),
        other => Err(wrong(other, at, "true or false")),
    }
}

/// A whole number that fits `T` (`u8` or `u16`).
fn whole<T: TryFrom<u32>>(json: &Json<'_>, at: At<'_>, accepted: &str) -> Result<T, BoxedError> {
    if let Json::Number(n) = *json {
        if (0.0..=f64::from(u32::MAX)).contains(&n) && is_whole(n) {
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "a whole number from 0 to u32::MAX converts exactly"
            )]
            let n = n as u32;
            if let Ok(value) = T::try_from(n) {
                return Ok(value);
            }
        }
    }
    Err(wrong(json, at, accepted))
}

/// The ids of `options`, for a message: `one of a, b, c`.
fn ids<T>(options: &[(&str, T)]) -> String {
    let ids: Vec<&str> = options.iter().map(|(id, _)| *id).collect();
    format!("one of {}", ids.join(", "))
}

/// One of the ids in `options`.
fn choice<T: Copy>(json: &Json<'_>, at: At<'_>, options: &[(&str, T)]) -> Result<T, BoxedError> {
    if let Json::String(given) = json {
        if let Some((_, value)) = options.iter().find(|(id, _)| id == given) {
            return Ok(*value);
        }
    }
    Err(wrong(json, at, &ids(options)))
}

/// An array, each element read by `read` at its index.
fn list<T>(json: &Json<'_>, at: At<'_>, accepted: &str, read: Reader<T>) -> Result<Vec<T>, BoxedError> {
    let Json::Array(values) = json else { return Err(wrong(json, at, accepted)) };
    let path = at.path();
    super::super::decode::each(values, |i, v| read(v, At::Index(&path, i)))
}

/// The fields of a scale definition.
const DEFINITION: &[&str] = &["id", "title", "source", "sections", "items", "bands", "levels"];

/// Reads a scale definition from the object at `path` (e.g. `scale.definition`).
///
/// # Errors
/// [`Error::InvalidScale`] for the first field that is missing, unknown, repeated or not of
/// the accepted type.
pub(in crate::document) fn definition(json: &Json<'_>, path: &str) -> Result<ScaleDefinition, BoxedError> {
    let obj = Fields::new(json, At::Path(path), DEFINITION)?;
    Ok(ScaleDefinition {
        id: obj.text("id")?,
        title: obj.text("title")?,
        source: obj.text_or_empty("source")?,
        sections: sections(obj.required("sections", SECTIONS)?, obj.at("sections"))?,
        items: obj.list(
            "items",
            "an array of items {number, key, title, description, section, anchors, rule}",
            item,
        )?,
        bands: obj.list("bands", "an array of bands {id, title, min_total, max_total}", band)?,
        levels: match obj.optional("levels") {
            None => None,
            Some(v) => Some(choice(v, obj.at("levels"), &[("seqf_accreditation", LevelSet::SeqfAccreditation)])?),
        },
    })
}

/// What `sections` accepts.
const SECTIONS: &str = "\"seqf_stages\", or an array of sections {key, title}";

fn sections(json: &Json<'_>, at: At<'_>) -> Result<Sections, BoxedError> {
    match json {
        Json::String(id) if *id == "seqf_stages" => Ok(Sections::BuiltIn(BuiltInGrouping::SeqfStages)),
        Json::Array(_) => Ok(Sections::Listed(list(json, at, SECTIONS, section)?)),
        other => Err(wrong(other, at, SECTIONS)),
    }
}

fn section(json: &Json<'_>, at: At<'_>) -> Result<SectionDefinition, BoxedError> {
    let obj = Fields::new(json, at, &["key", "title"])?;
    Ok(SectionDefinition { key: obj.text("key")?, title: obj.text("title")? })
}

fn item(json: &Json<'_>, at: At<'_>) -> Result<ItemDefinition, BoxedError> {
    let obj = Fields::new(json, at, &["number", "key", "title", "description", "section", "anchors", "rule"])?;
    Ok(ItemDefinition {
        number: obj.whole("number", "a whole number: the item's position, from 1")?,
        key: obj.text("key")?,
        title: obj.text("title")?,
        description: obj.text_or_empty("description")?,
        section: obj.text("section")?,
        anchors: obj.list("anchors", ANCHORS, string)?,
        rule: rule(obj.required("rule", RULE)?, obj.at("rule"))?,
    })
}

/// What `rule` accepts.
const RULE: &str = "a rule {kind: rated, measured or checklist, and its fields}";

/// The kinds of rule, by the `kind` that names them.
#[derive(Debug, Clone, Copy)]
enum Kind {
    /// `rated`.
    Rated,
    /// `measured`.
    Measured,
    /// `checklist`.
    Checklist,
}

fn rule(json: &Json<'_>, at: At<'_>) -> Result<RuleDefinition, BoxedError> {
    let obj = Fields::open(json, at, || String::from(RULE))?;
    let kind =
        obj.choice("kind", &[("rated", Kind::Rated), ("measured", Kind::Measured), ("checklist", Kind::Checklist)])?;
    Ok(match kind {
        Kind::Rated => {
            obj.only(&["kind"])?;
            RuleDefinition::Rated {}
        }
        Kind::Measured => {
            obj.only(&["kind", "unit", "direction", "intervals"])?;
            RuleDefinition::Measured {
                unit: obj.choice(
                    "unit",
                    &[
                        ("percent", UnitId::Percent),
                        ("clients_per_specialist", UnitId::ClientsPerSpecialist),
                        ("days", UnitId::Days),
                        ("contacts_per_week", UnitId::ContactsPerWeek),
                        ("number", UnitId::Number),
                    ],
                )?,
                direction: obj.choice(
                    "direction",
                    &[
                        ("higher_is_better", DirectionId::HigherIsBetter),
                        ("lower_is_better", DirectionId::LowerIsBetter),
                    ],
                )?,
                intervals: obj.list("intervals", "an array of intervals {score, lower, upper, printed}", interval)?,
            }
        }
        Kind::Checklist => {
            obj.only(&["kind", "components", "scores"])?;
            RuleDefinition::Checklist {
                components: obj.list("components", "an array of components {key, description}", component)?,
                scores: obj.list("scores", "an array of scores, one per count of components from 0", |v, at| {
                    whole(v, at, SCORE)
                })?,
            }
        }
    })
}

fn interval(json: &Json<'_>, at: At<'_>) -> Result<IntervalDefinition, BoxedError> {
    let obj = Fields::new(json, at, &["score", "lower", "upper", "printed"])?;
    let end = |key: &str| obj.optional(key).map(|v| bound(v, obj.at(key))).transpose();
    Ok(IntervalDefinition {
        score: obj.whole("score", SCORE)?,
        lower: end("lower")?,
        upper: end("upper")?,
        printed: obj.text_or_empty("printed")?,
    })
}

fn bound(json: &Json<'_>, at: At<'_>) -> Result<BoundDefinition, BoxedError> {
    let obj = Fields::open(json, at, || String::from("an object with the fields value, inclusive; or null for none"))?;
    obj.only(&["value", "inclusive"])?;
    Ok(BoundDefinition {
        value: number(obj.required("value", "a number")?, obj.at("value"))?,
        inclusive: boolean(obj.required("inclusive", "true or false")?, obj.at("inclusive"))?,
    })
}

fn component(json: &Json<'_>, at: At<'_>) -> Result<ComponentDefinition, BoxedError> {
    let obj = Fields::new(json, at, &["key", "description"])?;
    Ok(ComponentDefinition { key: obj.text("key")?, description: obj.text_or_empty("description")? })
}

fn band(json: &Json<'_>, at: At<'_>) -> Result<BandDefinition, BoxedError> {
    let obj = Fields::new(json, at, &["id", "title", "min_total", "max_total"])?;
    let total = "a whole-number total from 0 to 65535";
    Ok(BandDefinition {
        id: obj.text("id")?,
        title: obj.text_or_empty("title")?,
        min_total: obj.whole("min_total", total)?,
        max_total: obj.whole("max_total", total)?,
    })
}

/// Reads a modification of IPS-25 from the object at `path` (e.g. `scale.modification`).
///
/// # Errors
/// [`Error::InvalidScale`] for the first field that is missing, unknown, repeated or not of
/// the accepted type.
pub(in crate::document) fn modification(json: &Json<'_>, path: &str) -> Result<Modification, BoxedError> {
    let obj = Fields::new(json, At::Path(path), &["id", "title", "base", "source", "items"])?;
    Ok(Modification {
        id: obj.text("id")?,
        title: obj.text("title")?,
        base: obj.text("base")?,
        source: obj.text_or_empty("source")?,
        items: obj.list(
            "items",
            "an array of modified items {number, description, rationale, delivery, rule, anchors, parameters}",
            item_modification,
        )?,
    })
}

fn item_modification(json: &Json<'_>, at: At<'_>) -> Result<ItemModification, BoxedError> {
    let obj =
        Fields::new(json, at, &["number", "description", "rationale", "delivery", "rule", "anchors", "parameters"])?;
    let parameters = "an array of parameters {kind, value}";
    Ok(ItemModification {
        number: obj.whole("number", "a whole-number IPS-25 item number")?,
        description: obj.text("description")?,
        rationale: obj.text("rationale")?,
        delivery: match obj.optional("delivery") {
            None => None,
            Some(v) => Some(choice(
                v,
                obj.at("delivery"),
                &[("discrete", Delivery::Discrete), ("networked", Delivery::Networked)],
            )?),
        },
        rule: obj.optional("rule").map(|v| rule(v, obj.at("rule"))).transpose()?,
        anchors: obj.optional("anchors").map(|v| list(v, obj.at("anchors"), ANCHORS, string)).transpose()?,
        parameters: match obj.get("parameters") {
            None => Vec::new(),
            Some(v) => list(v, obj.at("parameters"), parameters, parameter)?,
        },
    })
}

fn parameter(json: &Json<'_>, at: At<'_>) -> Result<Parameter, BoxedError> {
    let obj = Fields::new(json, at, &["kind", "value"])?;
    Ok(Parameter {
        kind: obj.choice(
            "kind",
            &[
                ("caseload_target", ParameterKind::CaseloadTarget),
                ("caseload_max", ParameterKind::CaseloadMax),
                ("in_work_support_max_months", ParameterKind::InWorkSupportMaxMonths),
            ],
        )?,
        value: number(obj.required("value", "a number")?, obj.at("value"))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modified;
    use alloc::vec;

    fn parse(text: &str) -> Json<'_> {
        super::super::super::json::parse_leaked(text).unwrap()
    }

    fn read_definition(text: &str) -> Result<ScaleDefinition, Error> {
        definition(&parse(text), "scale.definition").map_err(|e| *e)
    }

    fn read_modification(text: &str) -> Result<Modification, Error> {
        modification(&parse(text), "scale.modification").map_err(|e| *e)
    }

    fn bound(value: f64, inclusive: bool) -> Option<BoundDefinition> {
        Some(BoundDefinition { value, inclusive })
    }

    fn anchors() -> Vec<String> {
        (1..=5).map(|i| format!("anchor {i}")).collect()
    }

    fn item(number: u8, rule: RuleDefinition) -> ItemDefinition {
        ItemDefinition {
            number,
            key: format!("item_{number}"),
            title: format!("Item {number}"),
            description: String::from("what it asks"),
            section: String::from("one"),
            anchors: anchors(),
            rule,
        }
    }

    /// A definition that uses every kind of rule, unit and direction, both kinds of sections
    /// (listed here) and bounds present and absent.
    fn rich_definition() -> ScaleDefinition {
        let units =
            [UnitId::Percent, UnitId::ClientsPerSpecialist, UnitId::Days, UnitId::ContactsPerWeek, UnitId::Number];
        let mut items = vec![
            item(1, RuleDefinition::Rated {}),
            item(
                2,
                RuleDefinition::Checklist {
                    components: vec![
                        ComponentDefinition { key: "a".into(), description: "A".into() },
                        ComponentDefinition { key: "b".into(), description: String::new() },
                    ],
                    scores: vec![1, 3, 5],
                },
            ),
        ];
        for (i, unit) in units.into_iter().enumerate() {
            let direction = if i % 2 == 0 { DirectionId::HigherIsBetter } else { DirectionId::LowerIsBetter };
            let number = u8::try_from(i + 3).unwrap();
            items.push(item(
                number,
                RuleDefinition::Measured {
                    unit,
                    direction,
                    intervals: vec![
                        IntervalDefinition {
                            score: 1,
                            lower: None,
                            upper: bound(10.5, false),
                            printed: "under 10.5".into(),
                        },
                        IntervalDefinition { score: 5, lower: bound(10.5, true), upper: None, printed: String::new() },
                    ],
                },
            ));
        }
        ScaleDefinition {
            id: "local".into(),
            title: "Local scale".into(),
            source: "ours".into(),
            sections: Sections::Listed(vec![
                SectionDefinition { key: "one".into(), title: "One".into() },
                SectionDefinition { key: "two".into(), title: "Two".into() },
            ]),
            items,
            bands: vec![
                BandDefinition { id: "low".into(), title: "Low".into(), min_total: 7, max_total: 20 },
                BandDefinition { id: "high".into(), title: String::new(), min_total: 21, max_total: 35 },
            ],
            levels: None,
        }
    }

    fn rich_modification() -> Modification {
        let mut m = modified::trial();
        m.items.push(ItemModification {
            number: 6,
            description: "d".into(),
            rationale: "r".into(),
            delivery: Some(Delivery::Discrete),
            rule: Some(RuleDefinition::Checklist {
                components: vec![ComponentDefinition { key: "x".into(), description: String::new() }],
                scores: vec![1, 5],
            }),
            anchors: Some(anchors()),
            parameters: vec![],
        });
        m
    }

    /// Reads `value` written as JSON by its `Serialize` derive, by hand and through the
    /// `Deserialize` derive: all three agree.
    #[test]
    fn what_serde_writes_reads_back_as_serde_reads_it() {
        let mut definitions = vec![rich_definition()];
        let mut seqf = rich_definition();
        seqf.sections = Sections::BuiltIn(BuiltInGrouping::SeqfStages);
        seqf.levels = Some(LevelSet::SeqfAccreditation);
        definitions.push(seqf);
        for d in definitions {
            let text = serde_json::to_string(&d).unwrap();
            assert_eq!(read_definition(&text), Ok(d.clone()), "{text}");
            assert_eq!(serde_json::from_str::<ScaleDefinition>(&text).unwrap(), d);
        }
        for m in [modified::trial(), rich_modification()] {
            let text = serde_json::to_string(&m).unwrap();
            assert_eq!(read_modification(&text), Ok(m.clone()), "{text}");
            assert_eq!(serde_json::from_str::<Modification>(&text).unwrap(), m);
        }
    }

    /// Fields with defaults may be left out, and optional ones left out or `null`, as with serde.
    #[test]
    fn defaults_and_optional_fields_read_as_serde_reads_them() {
        let definition = r#"{"id": "x", "title": "X", "sections": "seqf_stages", "levels": null,
            "items": [{"number": 1, "key": "a", "title": "A", "section": "engagement", "anchors": ["1","2","3","4","5"],
                       "rule": {"kind": "measured", "unit": "days", "direction": "lower_is_better",
                                "intervals": [{"score": 5, "upper": {"value": 7, "inclusive": true}},
                                              {"score": 1, "lower": {"value": 7, "inclusive": false}, "upper": null}]}},
                      {"number": 2, "key": "b", "title": "B", "section": "engagement", "anchors": ["1","2","3","4","5"],
                       "rule": {"kind": "checklist", "components": [{"key": "c"}], "scores": [1, 5]}}],
            "bands": [{"id": "all", "min_total": 2, "max_total": 10}]}"#;
        let by_hand = read_definition(definition).unwrap();
        assert_eq!(by_hand, serde_json::from_str::<ScaleDefinition>(definition).unwrap());
        assert_eq!(by_hand.source, "");
        assert_eq!(by_hand.items[0].description, "");
        // A whole number written with a fraction reads as the integer, as the request's other
        // whole-number fields do (the former path through a `serde_json::Value` did the same).
        assert_eq!(read_definition(&definition.replace("[1, 5]", "[1.0, 5.0]")), Ok(by_hand));
        let modification = r#"{"id": "m", "title": "M", "base": "ips-25-uk",
            "items": [{"number": 1, "description": "d", "rationale": "r", "delivery": null, "rule": null,
                       "anchors": null},
                      {"number": 23, "description": "d", "rationale": "r",
                       "parameters": [{"kind": "in_work_support_max_months", "value": 12}]}]}"#;
        let by_hand = read_modification(modification).unwrap();
        assert_eq!(by_hand, serde_json::from_str::<Modification>(modification).unwrap());
        assert_eq!(by_hand.items[0].parameters, vec![]);
    }

    /// Each kind of fault: the path, and the message naming what was found and what is accepted.
    #[test]
    fn every_fault_names_its_path_what_was_found_and_what_is_accepted() {
        let item = r#"{"number": 1, "key": "a", "title": "A", "section": "s", "anchors": ["1","2","3","4","5"], "rule": RULE}"#;
        let with_rule = |rule: &str| {
            format!(
                r#"{{"id": "x", "title": "X", "sections": "seqf_stages", "bands": [], "items": [{}]}}"#,
                item.replace("RULE", rule)
            )
        };
        let cases: Vec<(String, &str, &str)> = vec![
            ("5".into(), "scale.definition", "the number 5; accepted: an object with the fields id, title, source"),
            (
                r#"{"id": "x", "title": "X", "sections": "seqf_stages", "items": []}"#.into(),
                "scale.definition.bands",
                "required field is missing; accepted: an array of bands",
            ),
            (
                r#"{"id": "x", "name": "X"}"#.into(),
                "scale.definition.name",
                "unknown field; accepted: id, title, source, sections, items, bands, levels",
            ),
            (
                r#"{"id": "x", "id": "y"}"#.into(),
                "scale.definition.id",
                "the field is given more than once; accepted: each field once",
            ),
            (r#"{"id": 7}"#.into(), "scale.definition.id", "the number 7; accepted: a string"),
            (
                r#"{"id": "x", "title": "X", "sections": "stages"}"#.into(),
                "scale.definition.sections",
                "the string \"stages\"; accepted: \"seqf_stages\", or an array of sections {key, title}",
            ),
            (
                r#"{"id": "x", "title": "X", "sections": [{"key": "a", "title": null}]}"#.into(),
                "scale.definition.sections[0].title",
                "null; accepted: a string",
            ),
            (
                with_rule(r#"{"kind": "rated"}"#).replace(r#"["1","2","3","4","5"]"#, r#""five anchors""#),
                "scale.definition.items[0].anchors",
                "the string \"five anchors\"; accepted: an array of five anchor texts (strings)",
            ),
            (
                with_rule(r#"{"kind": "rated"}"#).replace(r#""number": 1"#, r#""number": 1.5"#),
                "scale.definition.items[0].number",
                "the number 1.5; accepted: a whole number: the item's position, from 1",
            ),
            (
                with_rule(r#"{"kind": "rated"}"#).replace(r#""number": 1"#, r#""number": 256"#),
                "scale.definition.items[0].number",
                "the number 256; accepted: a whole number",
            ),
            (
                with_rule(r#"{"kind": "rated"}"#).replace(r#""number": 1"#, r#""number": -1"#),
                "scale.definition.items[0].number",
                "the number -1; accepted: a whole number",
            ),
            (
                with_rule(r#"{}"#),
                "scale.definition.items[0].rule.kind",
                "required field is missing; accepted: one of rated, measured, checklist",
            ),
            (
                with_rule(r#"{"kind": "composite"}"#),
                "scale.definition.items[0].rule.kind",
                "the string \"composite\"; accepted: one of rated, measured, checklist",
            ),
            (with_rule(r#"[]"#), "scale.definition.items[0].rule", "an array; accepted: a rule {kind"),
            (
                with_rule(r#"{"kind": "rated", "scores": [1]}"#),
                "scale.definition.items[0].rule.scores",
                "unknown field; accepted: kind",
            ),
            (
                with_rule(r#"{"kind": "measured", "unit": "percentage"}"#),
                "scale.definition.items[0].rule.unit",
                "the string \"percentage\"; accepted: one of percent, clients_per_specialist, days, contacts_per_week, number",
            ),
            (
                with_rule(r#"{"kind": "measured", "unit": "days", "direction": "up"}"#),
                "scale.definition.items[0].rule.direction",
                "accepted: one of higher_is_better, lower_is_better",
            ),
            (
                with_rule(
                    r#"{"kind": "measured", "unit": "days", "direction": "lower_is_better", "intervals": [{"score": 1, "lower": 0}]}"#,
                ),
                "scale.definition.items[0].rule.intervals[0].lower",
                "the number 0; accepted: an object with the fields value, inclusive; or null for none",
            ),
            (
                with_rule(
                    r#"{"kind": "measured", "unit": "days", "direction": "lower_is_better", "intervals": [{"score": 1, "upper": {"value": 1}}]}"#,
                ),
                "scale.definition.items[0].rule.intervals[0].upper.inclusive",
                "required field is missing; accepted: true or false",
            ),
            (
                with_rule(
                    r#"{"kind": "measured", "unit": "days", "direction": "lower_is_better", "intervals": [{"score": 1, "upper": {"value": "1", "inclusive": true}}]}"#,
                ),
                "scale.definition.items[0].rule.intervals[0].upper.value",
                "the string \"1\"; accepted: a number",
            ),
            (
                with_rule(r#"{"kind": "checklist", "components": [{"key": "a"}], "scores": [1, true]}"#),
                "scale.definition.items[0].rule.scores[1]",
                "true; accepted: a whole-number score from 1 to 5",
            ),
        ];
        for (text, field, problem) in cases {
            match read_definition(&text) {
                Err(Error::InvalidScale { field: f, problem: p }) => {
                    assert_eq!(f, field, "{text}");
                    assert!(p.starts_with(problem) || p.contains(problem), "{text}: {p}");
                }
                other => panic!("{text}: {other:?}"),
            }
        }
        let with_fields = |fields: &str| {
            format!(
                r#"{{"id": "m", "title": "M", "base": "ips-25-uk",
                    "items": [{{"number": 1, "description": "d", "rationale": "r", {fields}}}]}}"#
            )
        };
        let modification_cases = [
            (
                with_fields(r#""delivery": "both""#),
                "scale.modification.items[0].delivery",
                "the string \"both\"; accepted: one of discrete, networked",
            ),
            (
                with_fields(r#""parameters": null"#),
                "scale.modification.items[0].parameters",
                "null; accepted: an array of parameters {kind, value}",
            ),
            (
                with_fields(r#""parameters": [{"kind": "caseload", "value": 1}]"#),
                "scale.modification.items[0].parameters[0].kind",
                "the string \"caseload\"; accepted: one of caseload_target, caseload_max, in_work_support_max_months",
            ),
            (
                r#"{"id": "m", "title": "M", "base": "ips-25-uk", "items": [{"number": 1, "rationale": "r"}]}"#.into(),
                "scale.modification.items[0].description",
                "required field is missing; accepted: a string",
            ),
            (
                with_fields(r#""anchors": [1]"#),
                "scale.modification.items[0].anchors[0]",
                "the number 1; accepted: a string",
            ),
            (
                r#"{"id": "m", "title": "M", "base": "ips-25-uk", "items": {}}"#.into(),
                "scale.modification.items",
                "an object; accepted: an array of modified items {number, description, rationale, delivery, rule, anchors, \
                 parameters}",
            ),
        ];
        for (text, field, problem) in modification_cases {
            assert_eq!(
                read_modification(&text),
                Err(Error::InvalidScale { field: field.into(), problem: problem.into() }),
                "{text}"
            );
        }
    }
}
