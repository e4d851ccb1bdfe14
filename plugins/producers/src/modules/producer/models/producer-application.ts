import { model } from "@medusajs/framework/utils"
import { APPLICATION_STATUSES, PRODUCER_CRAFTS } from "../vocabulary"

/**
 * A business asking to join the network, from the public application form. The association
 * approves it (which creates the producer and invites the applicant as its owner) or rejects it
 * with a reason the applicant is told.
 */
const ProducerApplication = model
  .define("producer_application", {
    id: model.id({ prefix: "papl" }).primaryKey(),
    business_name: model.text(),
    craft: model.enum([...PRODUCER_CRAFTS]),
    town: model.text(),
    postal_code: model.text(),
    contact_name: model.text(),
    email: model.text(),
    phone: model.text().nullable(),
    /** What the business makes and how; the first draft of its public story. */
    about: model.text(),
    /** The language the applicant wrote in, for the mails it gets: "de" or "en". */
    locale: model.text().default("de"),
    status: model.enum([...APPLICATION_STATUSES]).default("pending"),
    /** Told to the applicant with a rejection. */
    rejection_reason: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    /** The producer an approval created. */
    producer_id: model.text().nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["email"] }])

export default ProducerApplication
