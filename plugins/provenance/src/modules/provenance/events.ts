/** Events the provenance workflows emit (payload `{ id }` of the entity). */
export const ClaimEvents = {
  /** The association verified or rejected a claim. */
  REVIEWED: "claim.reviewed",
} as const
