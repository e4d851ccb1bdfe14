import { model } from "@medusajs/framework/utils"
import { PROCESSING_STEPS } from "@genussnetz/provenance/modules/provenance"
import { PRODUCER_CRAFTS } from "@genussnetz/producers/modules/producer"
import { DEFAULT_POST_RADIUS_KM, POST_KINDS, POST_STATUSES, QUANTITY_RHYTHMS, QUANTITY_UNITS } from "../vocabulary"

/**
 * A producer's post on the cooperation board: an offer (spare slaughter slots, oven time, a
 * mill's spare tonnage, surplus milk) or a need (200 kg rye a week from March, a maltster for a
 * small batch) — what, which step it serves, how much how often, when, and how far the producer
 * goes. Its place is its producer's. Producers are the producers module's, named by id.
 */
const CooperationPost = model
  .define("cooperation_post", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    producer_id: model.text(),
    kind: model.enum([...POST_KINDS]),
    /** As the network names it (a material of its supply links), e.g. "Roggen", "Schlachtung". */
    material: model.text(),
    /** A need may ask for a craft rather than a material it cannot name ("a maltster"). */
    craft: model.enum([...PRODUCER_CRAFTS]).nullable(),
    /** The processing step the goods go into at the customer (the supply link's step, once they agree). */
    step: model.enum([...PROCESSING_STEPS]),
    quantity: model.float(),
    unit: model.enum([...QUANTITY_UNITS]),
    rhythm: model.enum([...QUANTITY_RHYTHMS]).default("once"),
    available_from: model.dateTime(),
    available_until: model.dateTime(),
    radius_km: model.float().default(DEFAULT_POST_RADIUS_KM),
    note: model.text().nullable(),
    status: model.enum([...POST_STATUSES]).default("open"),
    /** The supply link a need became, once its producer took up an offer (see the agreement). */
    supply_link_id: model.text().nullable(),
    /** The offer a need was met by. */
    met_by_id: model.text().nullable(),
  })
  .indexes([
    { on: ["producer_id"] },
    { on: ["kind", "status", "available_until"] },
  ])

export default CooperationPost
