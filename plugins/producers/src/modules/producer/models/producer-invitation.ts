import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../vocabulary"

/**
 * An invitation to join a producer's team: a one-time link mailed to `email`. Only the SHA-256 of
 * the link's token is kept, so the table alone opens nothing. It expires, and it is used once
 * (`accepted_at`); the owner or the association can withdraw it (soft delete).
 */
const ProducerInvitation = model
  .define("producer_invitation", {
    id: model.id({ prefix: "pinv" }).primaryKey(),
    producer_id: model.text(),
    email: model.text(),
    role: model.enum([...MEMBER_ROLES]),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    /** "de" or "en": the language of the mail and of the page the link opens. */
    locale: model.text().default("de"),
  })
  .indexes([{ on: ["producer_id"] }])

export default ProducerInvitation
