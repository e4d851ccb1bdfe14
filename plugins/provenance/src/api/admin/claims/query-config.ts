/** What the review desk shows of a claim unless it asks for less. */
export const defaultAdminClaimFields = [
  "id",
  "type",
  "label",
  "issuer",
  "control_body_code",
  "evidence_url",
  // Whether a document waits for the desk (downloaded by GET /admin/claims/:id/evidence).
  "evidence_file",
  "valid_from",
  "valid_until",
  "status",
  "product_id",
  "producer.id",
  "producer.name",
]

/** What an admin may ask for: the claim's own columns and its producer's name and handle. */
export const allowedAdminClaimFields = [
  ...defaultAdminClaimFields,
  "status_changed_at",
  "created_at",
  "updated_at",
  "producer_id",
  "producer.handle",
]

export const sortableAdminClaimFields = ["created_at", "updated_at", "status_changed_at", "valid_from", "valid_until", "status", "type"] as const

export const listAdminClaimQueryConfig = {
  defaults: defaultAdminClaimFields,
  allowed: allowedAdminClaimFields,
  isList: true,
  defaultLimit: 50,
}
