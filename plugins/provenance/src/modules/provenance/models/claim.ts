import { model } from "@medusajs/framework/utils"
import { CLAIM_STATUSES, CLAIM_TYPES } from "../provenance-vocabulary"

/**
 * A statement about a producer or one of its products (organic, PGI, craft slaughter, …),
 * with its evidence and validity. Shown as valid only while verified and not expired.
 */
const Claim = model
  .define("claim", {
    id: model.id({ prefix: "claim" }).primaryKey(),
    /** The producer (producers module) the claim is by; a read-only link follows it as `producer`. */
    producer_id: model.text(),
    /** Set when the claim is about one product of the producer rather than the business. */
    product_id: model.text().nullable(),
    type: model.enum([...CLAIM_TYPES]),
    label: model.text().translatable(),
    /** EU organic: the control body's code, e.g. DE-ÖKO-006. */
    control_body_code: model.text().nullable(),
    issuer: model.text(),
    evidence_url: model.text().nullable(),
    /**
     * A document the producer uploaded as evidence, for the association's eyes only (a private
     * file of the File Module): `{ file_id, content_type, bytes, uploaded_at }`. Never public.
     */
    evidence_file: model.json().nullable(),
    valid_from: model.dateTime(),
    valid_until: model.dateTime().nullable(),
    status: model.enum([...CLAIM_STATUSES]).default("pending"),
    status_changed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["producer_id"] }, { on: ["product_id"] }, { on: ["status"] }])

export default Claim
