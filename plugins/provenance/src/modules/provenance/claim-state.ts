import { PUBLIC_CLAIM_STATUSES } from "./provenance-vocabulary"

/** How a claim may be shown at a moment (pending only where unverified claims are shown; a rejected one never). */
export const CLAIM_STATES = ["valid", "pending", "expired", "not_yet_valid"] as const
export type ClaimState = (typeof CLAIM_STATES)[number]

type ClaimValidity = { status: string; valid_from: Date | string; valid_until: Date | string | null }

/**
 * How a claim is shown at a moment, or null where it is not shown. Shoppers see only what the
 * association verified, as valid, expired or not yet valid by its dates: a claim the producer
 * merely filed is its word alone. `includeUnverified` (the association's and the claimant's
 * own views) also shows a pending claim. A rejected claim is never shown.
 */
export function claimState(
  claim: ClaimValidity,
  now = new Date(),
  { includeUnverified = false }: { includeUnverified?: boolean } = {}
): ClaimState | null {
  if (claim.status === "rejected") return null
  if (!includeUnverified && !(PUBLIC_CLAIM_STATUSES as readonly string[]).includes(claim.status)) return null
  if (claim.valid_until && new Date(claim.valid_until) < now) return "expired"
  if (new Date(claim.valid_from) > now) return "not_yet_valid"
  return claim.status === "verified" ? "valid" : "pending"
}
