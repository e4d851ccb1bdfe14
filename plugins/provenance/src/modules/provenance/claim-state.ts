/** How a claim may be shown at a moment (a rejected one is never shown). */
export const CLAIM_STATES = ["valid", "pending", "expired", "not_yet_valid"] as const
export type ClaimState = (typeof CLAIM_STATES)[number]

type ClaimValidity = { status: string; valid_from: Date | string; valid_until: Date | string | null }

/** Valid only while verified and inside its validity. */
export function claimState(claim: ClaimValidity, now = new Date()): ClaimState | null {
  if (claim.status === "rejected") return null
  if (claim.valid_until && new Date(claim.valid_until) < now) return "expired"
  if (new Date(claim.valid_from) > now) return "not_yet_valid"
  return claim.status === "verified" ? "valid" : "pending"
}
