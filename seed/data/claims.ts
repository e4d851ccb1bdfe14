/**
 * Claims in the seeded network. The claim types and the PGI name are real; the holders,
 * issuers' certificate details and dates are invented. `review` is what the association
 * decided; claims whose validity ended stay in the data and show as expired.
 *
 * Validity is given in months from the day the seed runs (seed/dates.ts), so which claims
 * are valid and which expired does not change with the calendar.
 */
import { monthEnd, monthStart, type SeedDate } from "../dates"

type Text = { de: string; en: string }

export type SeedClaim = {
  producer: string
  /** Template slug of one of the producer's products, for a product claim. */
  product?: string
  type: "eu_organic" | "bioland" | "naturland" | "demeter" | "regional_verified" | "craft_slaughter" | "pgi" | "pdo" | "animal_welfare"
  label: Text
  issuer: string
  control_body_code?: string
  valid_from: SeedDate
  valid_until?: SeedDate
  review: "verified" | "pending" | "rejected"
}

const regional = (producer: string, review: SeedClaim["review"] = "verified", valid_until = monthEnd(12)): SeedClaim => ({
  producer,
  type: "regional_verified",
  label: { de: "Regional geprüft – Genussregion Oberfranken", en: "Regionally verified – Genussregion Oberfranken" },
  issuer: "Genussregion Oberfranken e. V.",
  valid_from: monthStart(-23),
  valid_until,
  review,
})

export const CLAIMS: SeedClaim[] = [
  { producer: "hof-dornhuber", type: "eu_organic", label: { de: "Bio nach EU-Öko-Verordnung", en: "Organic (EU regulation)" }, issuer: "Öko-Kontrollstelle", control_body_code: "DE-ÖKO-006", valid_from: monthStart(-21), valid_until: monthEnd(2), review: "verified" },
  { producer: "hof-dornhuber", type: "bioland", label: { de: "Bioland", en: "Bioland" }, issuer: "Bioland e. V.", valid_from: monthStart(-21), valid_until: monthEnd(2), review: "verified" },
  { producer: "kirschenhof-leupold", type: "eu_organic", label: { de: "Bio nach EU-Öko-Verordnung", en: "Organic (EU regulation)" }, issuer: "Öko-Kontrollstelle", control_body_code: "DE-ÖKO-022", valid_from: monthStart(-43), valid_until: monthEnd(-20), review: "verified" },
  { producer: "milchhof-seuberth", type: "naturland", label: { de: "Naturland", en: "Naturland" }, issuer: "Naturland e. V.", valid_from: monthStart(-29), valid_until: monthEnd(6), review: "verified" },
  { producer: "talmuehle-wagenknecht", type: "demeter", label: { de: "Demeter", en: "Demeter" }, issuer: "Demeter e. V.", valid_from: monthStart(-11), review: "pending" },
  { producer: "schlachthof-rothenbach", type: "craft_slaughter", label: { de: "Handwerkliche Schlachtung", en: "Craft slaughter" }, issuer: "Genussregion Oberfranken e. V.", valid_from: monthStart(-23), valid_until: monthEnd(12), review: "verified" },
  { producer: "schlachtstaette-forkel", type: "craft_slaughter", label: { de: "Handwerkliche Schlachtung", en: "Craft slaughter" }, issuer: "Genussregion Oberfranken e. V.", valid_from: monthStart(-59), valid_until: monthEnd(-24), review: "verified" },
  { producer: "weidehof-kraus", type: "animal_welfare", label: { de: "Tierwohl: Stroh und Auslauf", en: "Animal welfare: straw and outdoor access" }, issuer: "Tierwohl-Prüfstelle", valid_from: monthStart(-18), valid_until: monthEnd(5), review: "verified" },
  { producer: "teichwirtschaft-aischgrund-roth", product: "karpfen-kuechenfertig", type: "pgi", label: { de: "g.g.A. Fränkischer Karpfen", en: "PGI Fränkischer Karpfen (Franconian carp)" }, issuer: "Kontrollstelle für g.g.A.-Erzeugnisse", valid_from: monthStart(-15), valid_until: monthEnd(-4), review: "verified" },
  { producer: "brauerei-kellerhals", product: "rauchbier-maerzen", type: "regional_verified", label: { de: "Regional geprüft – Zutaten aus Oberfranken", en: "Regionally verified – ingredients from Upper Franconia" }, issuer: "Genussregion Oberfranken e. V.", valid_from: monthStart(-23), valid_until: monthEnd(12), review: "pending" },
  regional("baeckerei-schwarzmann"),
  regional("metzgerei-wunder"),
  regional("brauhaus-zwingel"),
  regional("kaeserei-wiesenfeld"),
  regional("gasthaus-zur-linde"),
  regional("landbaeckerei-ochs", "verified", monthEnd(-12)),
  regional("imkerei-summer", "pending"),
  regional("brennerei-obstgarten-fuchs", "rejected"),
]

/** Species of each meat product, by template slug (Reg. (EU) 1337/2013, (EC) 1760/2000). */
export const MEAT_SPECIES_BY_TEMPLATE: Record<string, "pig" | "beef" | "poultry"> = {
  "bratwurst-grob": "pig",
  stadtwurst: "pig",
  presssack: "pig",
  leberkaes: "pig",
  "schinken-geraeuchert": "pig",
  "blaue-zipfel": "pig",
  "schweineschulter-schaeufele": "pig",
  schweinebauch: "pig",
  rinderbraten: "beef",
  "suppenfleisch-rind": "beef",
  suppenhuhn: "poultry",
  "schaeufele-im-glas": "pig",
  "sauerbraten-im-glas": "beef",
  bratwurstgulasch: "pig",
}
