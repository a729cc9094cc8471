//! The built-in scales, by id: the one list of them. It sits above the scales it lists
//! (`ips25`) and below the modules that read a user's scale (`definition`, `modified`),
//! which may not take a built-in id.

use crate::error::Error;
use crate::ips25;
use crate::scale::Scale;

/// Every scale built into the library.
pub static BUILT_IN: &[&Scale<'static>] = &[&ips25::SCALE];

/// The ids of the built-in scales, for messages.
pub const BUILT_IN_IDS: &str = "ips-25-uk";

/// The id of the built-in modified-IPS trial configuration (seed `004`, Table 1): not a
/// scale of its own but a modification of `ips-25-uk`, built by `modified::trial`.
pub const MODIFIED_TRIAL_ID: &str = "ips-25-uk-modified-trial";

/// Whether `id` is a built-in scale's.
pub(crate) fn is_built_in(id: &str) -> bool {
    BUILT_IN.iter().any(|s| s.id == id)
}

impl Scale<'static> {
    /// The built-in scale with this id.
    ///
    /// # Errors
    /// [`Error::UnknownScale`].
    pub fn by_id(id: &str) -> Result<&'static Self, Error> {
        BUILT_IN
            .iter()
            .copied()
            .find(|s| s.id == id)
            .ok_or_else(|| Error::UnknownScale { scale: alloc::string::String::from(id), accepted: BUILT_IN_IDS })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    #[test]
    fn the_message_lists_every_built_in_id_and_each_is_found() {
        let ids: Vec<&str> = BUILT_IN.iter().map(|s| s.id).collect();
        assert_eq!(ids.join(", "), BUILT_IN_IDS);
        for id in ids {
            assert_eq!(Scale::by_id(id).map(|s| s.id), Ok(id));
            assert!(is_built_in(id));
        }
        assert!(matches!(Scale::by_id(MODIFIED_TRIAL_ID), Err(Error::UnknownScale { .. })));
        assert!(!is_built_in(MODIFIED_TRIAL_ID));
    }
}
