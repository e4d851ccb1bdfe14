/**
 * Texts of the search plugin's admin page in the admin's languages (Medusa merges these into
 * its react-i18next resources). German is the association's language; English is what Medusa
 * falls back to for every other one. Keys live under `genussnetz.` so they never meet Medusa's.
 */
export default {
  de: {
    translation: {
      genussnetz: {
        synonyms: {
          menu: "Suchbegriffe",
          heading: "Suchbegriffe: Synonyme",
          intro:
            "Wörter, die Kundinnen und Kunden für dasselbe verwenden. Eine Suche nach einem Begriff findet auch die anderen der Gruppe — wirksam in der nächsten Suche, ohne den Index neu aufzubauen.",
          terms: "Begriffe",
          termsHint: "Mit Komma trennen, z. B. Brötchen, Semmel, Weckla",
          note: "Notiz",
          add: "Gruppe hinzufügen",
          save: "Speichern",
          cancel: "Abbrechen",
          edit: "Bearbeiten",
          remove: "Entfernen",
          saved: "Gespeichert.",
          removed: "Entfernt.",
          empty: "Noch keine Synonyme.",
          filter: "Begriff suchen",
          count: "{{count}} Gruppen",
        },
      },
    },
  },
  en: {
    translation: {
      genussnetz: {
        synonyms: {
          menu: "Search terms",
          heading: "Search terms: synonyms",
          intro:
            "Words shoppers use for the same thing. A search for one term also finds the others of its group — effective in the next search, without rebuilding the index.",
          terms: "Terms",
          termsHint: "Separate with commas, e.g. Brötchen, Semmel, Weckla",
          note: "Note",
          add: "Add group",
          save: "Save",
          cancel: "Cancel",
          edit: "Edit",
          remove: "Remove",
          saved: "Saved.",
          removed: "Removed.",
          empty: "No synonyms yet.",
          filter: "Find a term",
          count: "{{count}} groups",
        },
      },
    },
  },
}
