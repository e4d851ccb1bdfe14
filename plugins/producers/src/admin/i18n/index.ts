/**
 * Texts of the plugin's admin extensions in the admin's languages (Medusa merges these into
 * its react-i18next resources; a user picks the language in the admin's profile). German is
 * the association's language; English is what Medusa falls back to for every other one.
 * Keys live under `genussnetz.` so they never meet Medusa's own.
 */
export default {
  de: {
    translation: {
      genussnetz: {
        productProducer: {
          heading: "Produzent",
          none: "Kein Produzent verknüpft.",
          choose: "Produzent wählen",
          noneOption: "Kein Produzent",
          save: "Speichern",
          saved: "Produzent gespeichert.",
          loadFailed: "Produzenten konnten nicht geladen werden.",
        },
      },
    },
  },
  en: {
    translation: {
      genussnetz: {
        productProducer: {
          heading: "Producer",
          none: "No producer linked.",
          choose: "Choose producer",
          noneOption: "No producer",
          save: "Save",
          saved: "Producer saved.",
          loadFailed: "Producers could not be loaded.",
        },
      },
    },
  },
}
