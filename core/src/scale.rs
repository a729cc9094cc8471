//! Fidelity scales: items, sections and total bands, as data. The built-in scales are
//! listed, and found by id ([`Scale::by_id`]), in `registry`, above the scales it lists.

use crate::item::{Item, Section};
use crate::score::Score;
use crate::source::Provenance;

/// The most items a scale may have; reviews store one slot per item without allocating.
pub const MAX_ITEMS: usize = 64;

/// A band of total scores, e.g. Good (100–114) on the IPS scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FidelityBand<'s> {
    /// Stable id, e.g. `"good"`.
    pub id: &'s str,
    /// Title as printed, e.g. `"Good IPS Fidelity"`.
    pub title: &'s str,
    /// Lowest total in the band.
    pub min_total: u16,
    /// Highest total in the band.
    pub max_total: u16,
}

impl FidelityBand<'_> {
    /// Whether `total` falls in the band.
    #[must_use]
    pub const fn contains(&self, total: u16) -> bool {
        total >= self.min_total && total <= self.max_total
    }
}

/// A fidelity scale: its items, sections, and the bands of its total.
#[derive(Clone, Copy, PartialEq)]
pub struct Scale<'s> {
    /// Stable id, e.g. `"ips-25-uk"`.
    pub id: &'s str,
    /// Title.
    pub title: &'s str,
    /// Where the scale is published.
    pub provenance: Provenance,
    /// Items in order; item `n` is at index `n - 1`.
    pub items: &'s [Item<'s>],
    /// Sections in order.
    pub sections: &'s [Section<'s>],
    /// Bands of the total, best first, covering every possible total once.
    pub bands: &'s [FidelityBand<'s>],
    /// Where the bands are printed.
    pub bands_provenance: Provenance,
}

/// Shows the id and title only: the items are long and always the same for an id.
impl core::fmt::Debug for Scale<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Scale").field("id", &self.id).field("title", &self.title).finish_non_exhaustive()
    }
}

impl<'s> Scale<'s> {
    /// The item with this number, if the scale has it.
    #[must_use]
    pub fn item(&self, number: u8) -> Option<&'s Item<'s>> {
        usize::from(number).checked_sub(1).and_then(|i| self.items.get(i))
    }

    /// The lowest possible total (every item at 1).
    #[must_use]
    pub fn min_total(&self) -> u16 {
        self.item_count() * u16::from(Score::MIN.get())
    }

    /// The highest possible total (every item at 5).
    #[must_use]
    pub fn max_total(&self) -> u16 {
        self.item_count() * u16::from(Score::MAX.get())
    }

    /// Number of items.
    #[must_use]
    pub fn item_count(&self) -> u16 {
        u16::try_from(self.items.len()).unwrap_or(u16::MAX)
    }

    /// The band a total falls in.
    #[must_use]
    pub fn band(&self, total: u16) -> Option<&'s FidelityBand<'s>> {
        self.bands.iter().find(|b| b.contains(total))
    }

    /// The band with this id.
    #[must_use]
    pub fn band_by_id(&self, id: &str) -> Option<&'s FidelityBand<'s>> {
        self.bands.iter().find(|b| b.id == id)
    }

    /// The items of a section, in order.
    pub fn section_items<'a>(&'a self, section: &'a Section<'a>) -> impl Iterator<Item = &'s Item<'s>> + 'a {
        let key = section.key;
        self.items.iter().filter(move |i| i.section.key == key)
    }
}
