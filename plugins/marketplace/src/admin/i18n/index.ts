/**
 * Texts of the marketplace plugin's admin page in the admin's languages (Medusa merges these
 * into its react-i18next resources; a user picks the language in the admin's profile). German
 * is the association's language; English is what Medusa falls back to for every other one.
 * Keys live under `genussnetz.` so they never meet Medusa's own.
 */
export default {
  de: {
    translation: {
      genussnetz: {
        bundles: {
          menu: "Genusspakete",
          heading: "Genusspakete",
          intro:
            "Pakete mit Waren mehrerer Betriebe, gepackt und versandt von einem von ihnen. Jeder Betrieb erhält seinen Anteil am Preis.",
          count: "{{count}} Genusspakete",
          empty: "Noch keine Genusspakete.",
          title: "Titel",
          packedBy: "Packt",
          status: "Status",
          contents: "Inhalt",
          statuses: {
            draft: "Entwurf",
            proposed: "Vorgeschlagen",
            published: "Veröffentlicht",
            rejected: "Abgelehnt",
          },
          create: {
            heading: "Neues Genusspaket",
            title: "Titel",
            handle: "Handle (Adresse im Shop)",
            handleHint: "Kleinbuchstaben, Ziffern und Bindestriche, z. B. genusspaket-brotzeit",
            description: "Beschreibung",
            price: "Preis in € inkl. MwSt.",
            priceHint: "z. B. 19,90",
            search: "Ware suchen",
            searchHint: "Titel eines Produkts, z. B. Bauernbrot",
            searching: "Suche …",
            noResults: "Keine passende Ware eines Betriebs gefunden.",
            add: "{{variant}} hinzufügen",
            components: "Bestandteile",
            noComponents: "Noch keine Bestandteile: Ware suchen und hinzufügen (mindestens zwei Betriebe).",
            quantity: "Menge",
            share: "Anteil in %",
            shareSum: "Summe der Anteile: {{sum}} %",
            remove: "Entfernen",
            packer: "Packender Betrieb",
            packerHint: "Einer der Betriebe, deren Ware im Paket ist",
            save: "Genusspaket anlegen",
            saved: "Genusspaket „{{title}}“ angelegt.",
            refused: "Das Genusspaket wurde nicht angelegt:",
          },
        },
      },
    },
  },
  en: {
    translation: {
      genussnetz: {
        bundles: {
          menu: "Genusspakete",
          heading: "Genusspakete (bundles)",
          intro: "Boxes of several producers' goods, packed and sent by one of them. Each producer receives its share of the price.",
          count: "{{count}} Genusspakete",
          empty: "No Genusspakete yet.",
          title: "Title",
          packedBy: "Packed by",
          status: "Status",
          contents: "Contents",
          statuses: {
            draft: "Draft",
            proposed: "Proposed",
            published: "Published",
            rejected: "Rejected",
          },
          create: {
            heading: "New Genusspaket",
            title: "Title",
            handle: "Handle (address in the shop)",
            handleHint: "Lowercase letters, digits and hyphens, e.g. genusspaket-brotzeit",
            description: "Description",
            price: "Price in € incl. VAT",
            priceHint: "e.g. 19.90",
            search: "Find goods",
            searchHint: "A product's title, e.g. Bauernbrot",
            searching: "Searching …",
            noResults: "No matching goods of a producer found.",
            add: "Add {{variant}}",
            components: "Components",
            noComponents: "No components yet: find goods and add them (at least two producers).",
            quantity: "Quantity",
            share: "Share in %",
            shareSum: "Shares add up to {{sum}} %",
            remove: "Remove",
            packer: "Packed by",
            packerHint: "One of the producers whose goods are in the box",
            save: "Create Genusspaket",
            saved: "Genusspaket “{{title}}” created.",
            refused: "The Genusspaket was not created:",
          },
        },
      },
    },
  },
}
