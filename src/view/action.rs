//! The names the page's elements carry for what they do (`data-action`)
//! and for the evidence they open (`data-field`): one enum each, written by
//! the code that draws and read by the code that listens.

macro_rules! keyed {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|a| a.key() == key)
            }
        }
    };
}

keyed! {
    /// What a button, mark or field of the page does.
    Action {
        Lang => "lang",
        Numerals => "numerals",
        Evidence => "evidence",
        Open => "open",
        CloseDialog => "close-dialog",
        RemoveFacet => "remove-facet",
        RemoveFrom => "remove-from",
        RemoveTo => "remove-to",
        RemoveQuery => "remove-query",
        RemovePair => "remove-pair",
        ClearAll => "clear-all",
        ExportCsv => "export-csv",
        ExportJson => "export-json",
        ExportSpreadsheet => "export-spreadsheet",
        TogglePanel => "toggle-panel",
        /// The filter sheet's "show N meetings": closes it and moves to the cards.
        ShowResults => "show-results",
        /// The skip link: past the controls to the cards.
        Skip => "skip",
        More => "more",
        /// A link to this view: the page's own, or in an embed the standalone page's.
        CopyLink => "copy-link",
        Print => "print",
        Sort => "sort",
        From => "from",
        To => "to",
        /// A map mark or a matrix name: toggles that facet value.
        Facet => "facet",
        /// A matrix cell: two people's meetings together.
        Pair => "pair",
    }
}

keyed! {
    /// The fields whose evidence a card opens: the keys of `Meeting::evidence`.
    Evidence {
        Participants => "participants",
        Date => "date",
        Place => "place",
        Occasion => "occasion",
        Agencies => "agencies",
        Quotes => "quotes",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_reads_back_and_no_two_share_one() {
        for a in Action::ALL {
            assert_eq!(Action::from_key(a.key()), Some(*a));
        }
        for e in Evidence::ALL {
            assert_eq!(Evidence::from_key(e.key()), Some(*e));
        }
        let mut keys: Vec<&str> = Action::ALL.iter().map(|a| a.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Action::ALL.len());
        assert_eq!(Action::from_key("drop table"), None);
    }
}
