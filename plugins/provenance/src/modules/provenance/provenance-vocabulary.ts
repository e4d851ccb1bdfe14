/**
 * The vocabulary of provenance, one list each, shared by the data models, the validators,
 * the chain figures and the EPCIS export.
 */

/** The processing step that happens at the customer of a supply link. */
export const PROCESSING_STEPS = [
  "grow",
  "raise",
  "harvest",
  "press",
  "mill",
  "malt",
  "slaughter",
  "cut",
  "cure",
  "smoke",
  "bake",
  "brew",
  "distill",
  "cheese_make",
  "churn",
  "ferment",
  "extract_honey",
  "cook",
  "preserve",
] as const
export type ProcessingStep = (typeof PROCESSING_STEPS)[number]

/**
 * declared by the customer → confirmed by the supplier → verified by the association.
 * Only confirmed and verified links count as proven.
 */
export const SUPPLY_LINK_STATUSES = ["declared", "confirmed", "verified", "rejected", "expired"] as const
export type SupplyLinkStatus = (typeof SUPPLY_LINK_STATUSES)[number]
export const PROVEN_STATUSES: readonly SupplyLinkStatus[] = ["confirmed", "verified"]
/**
 * The links shoppers see (the product chain, its EPCIS export, a producer's network): checked
 * by the supplier or the association. A declared link is the customer's word alone; a rejected
 * one is no relationship; one ended by hand keeps no trace of whether it was ever checked (a
 * declared link may be ended too). A checked link past its `until` still shows, as expired.
 * The ends of a link and the association see every status. The same set as PROVEN_STATUSES
 * by design: the shop shows what is proven, and nothing else.
 */
export const PUBLIC_LINK_STATUSES: readonly SupplyLinkStatus[] = PROVEN_STATUSES

/** Who may move a supply link from one status to the next. */
export const SUPPLY_LINK_TRANSITIONS: Record<
  SupplyLinkStatus,
  Partial<Record<SupplyLinkStatus, readonly ("supplier" | "customer" | "association")[]>>
> = {
  declared: { confirmed: ["supplier"], rejected: ["supplier", "association"], expired: ["customer", "association"] },
  confirmed: { verified: ["association"], rejected: ["association"], expired: ["customer", "supplier", "association"] },
  verified: { rejected: ["association"], expired: ["customer", "supplier", "association"] },
  rejected: {},
  expired: {},
}

export const CLAIM_TYPES = [
  "eu_organic",
  "bioland",
  "naturland",
  "demeter",
  "regional_verified",
  "craft_slaughter",
  "pgi",
  "pdo",
  "animal_welfare",
] as const
export type ClaimType = (typeof CLAIM_TYPES)[number]

/** pending: claimed by the producer; verified or rejected by the association. */
export const CLAIM_STATUSES = ["pending", "verified", "rejected"] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]
/** The claims shoppers see: what the association verified. The claimant and the association see every status. */
export const PUBLIC_CLAIM_STATUSES: readonly ClaimStatus[] = ["verified"]

export const MEAT_SPECIES = ["pig", "sheep", "goat", "poultry", "beef"] as const
export type MeatSpecies = (typeof MEAT_SPECIES)[number]
