/**
 * Texts of the provenance plugin's admin extensions in the admin's languages (Medusa merges
 * these into its react-i18next resources; a user picks the language in the admin's profile).
 * German is the association's language; English is what Medusa falls back to for every other
 * one. Keys live under `genussnetz.` so they never meet Medusa's own.
 */
const steps = {
  de: {
    grow: "Anbau", raise: "Aufzucht", harvest: "Ernte", press: "Pressen", mill: "Mahlen", malt: "Mälzen", slaughter: "Schlachten",
    cut: "Zerlegen", cure: "Pökeln", smoke: "Räuchern", bake: "Backen", brew: "Brauen", distill: "Brennen", cheese_make: "Käsen",
    churn: "Buttern", ferment: "Gären", extract_honey: "Honig schleudern", cook: "Kochen", preserve: "Einmachen",
  },
  en: {
    grow: "growing", raise: "raising", harvest: "harvest", press: "pressing", mill: "milling", malt: "malting", slaughter: "slaughter",
    cut: "cutting", cure: "curing", smoke: "smoking", bake: "baking", brew: "brewing", distill: "distilling", cheese_make: "cheesemaking",
    churn: "churning", ferment: "fermenting", extract_honey: "honey extraction", cook: "cooking", preserve: "preserving",
  },
}

export default {
  de: {
    translation: {
      genussnetz: {
        provenance: {
          menu: "Herkunft prüfen",
          links: {
            heading: "Lieferbeziehungen prüfen",
            intro: "Vom Lieferanten bestätigt, warten auf die Prüfung durch den Verband ({{count}}).",
            supplier: "Lieferant",
            material: "Material",
            customer: "Abnehmer",
            accept: "Prüfen",
          },
          claims: {
            heading: "Nachweise prüfen",
            intro: "Von Betrieben angegeben, noch ungeprüft ({{count}}).",
            producer: "Betrieb",
            claim: "Nachweis",
            issuer: "Aussteller",
            evidence: "Beleg",
            download: "Beleg herunterladen ({{type}}, {{size}})",
            picture: "Bild",
            noDocument: "kein Dokument",
            link: "Link des Betriebs",
            accept: "Bestätigen",
          },
          reject: "Ablehnen",
          steps: steps.de,
        },
        chain: {
          heading: "Herkunftskette",
          figures: "{{depth}} Stufen · {{km}} km · {{regional}} % regional",
          proven: " · {{proven}} % belegt",
          noInputs: "Keine Zutaten angegeben.",
          claims: "Nachweise",
          linkStatus: { declared: "angegeben", confirmed: "bestätigt", verified: "geprüft", rejected: "abgelehnt", expired: "abgelaufen" },
          claimState: { valid: "gültig", pending: "ungeprüft", expired: "abgelaufen", not_yet_valid: "noch nicht gültig" },
        },
      },
    },
  },
  en: {
    translation: {
      genussnetz: {
        provenance: {
          menu: "Check provenance",
          links: {
            heading: "Check supply links",
            intro: "Confirmed by the supplier, waiting for the association's check ({{count}}).",
            supplier: "Supplier",
            material: "Material",
            customer: "Customer",
            accept: "Verify",
          },
          claims: {
            heading: "Check claims",
            intro: "Filed by businesses, not yet checked ({{count}}).",
            producer: "Business",
            claim: "Claim",
            issuer: "Issuer",
            evidence: "Evidence",
            download: "Download evidence ({{type}}, {{size}})",
            picture: "picture",
            noDocument: "no document",
            link: "The business's link",
            accept: "Verify",
          },
          reject: "Reject",
          steps: steps.en,
        },
        chain: {
          heading: "Provenance chain",
          figures: "{{depth}} steps · {{km}} km · {{regional}} % regional",
          proven: " · {{proven}} % proven",
          noInputs: "No ingredients declared.",
          claims: "Claims",
          linkStatus: { declared: "declared", confirmed: "confirmed", verified: "verified", rejected: "rejected", expired: "expired" },
          claimState: { valid: "valid", pending: "unchecked", expired: "expired", not_yet_valid: "not yet valid" },
        },
      },
    },
  },
}
