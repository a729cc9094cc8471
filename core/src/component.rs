//! The components a checklist item lists, or the phases of service item 3 counts: shared by
//! the evidence that names them, the rules that count them and the items that list them.

/// A checklist component (or a phase of service) an item lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Component<'s> {
    /// Stable id, e.g. `"pros_and_cons"`.
    pub key: &'s str,
    /// What the component is, in our words.
    pub description: &'s str,
}

impl Component<'static> {
    /// Builds components from `(key, description)` pairs, in order (at compile time).
    #[must_use]
    #[expect(clippy::indexing_slicing, reason = "i < N for both arrays; evaluated in const context only")]
    pub const fn from_pairs<const N: usize>(pairs: [(&'static str, &'static str); N]) -> [Self; N] {
        let mut out = [Self { key: "", description: "" }; N];
        let mut i = 0;
        while i < N {
            out[i] = Self { key: pairs[i].0, description: pairs[i].1 };
            i += 1;
        }
        out
    }
}
