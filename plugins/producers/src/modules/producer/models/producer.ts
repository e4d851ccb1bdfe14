import { model } from "@medusajs/framework/utils"
import { PRODUCER_CRAFTS, PRODUCER_STATUSES, type OpeningHours, type ProducerPhoto } from "../vocabulary"

/**
 * A business of the regional network: farm, mill, bakery, butchery, brewery, … — the
 * marketplace's seller. Its products belong to it through a module link; its supply links
 * and claims live in the provenance module and name it by id.
 */
const Producer = model
  .define("producer", {
    id: model.id({ prefix: "pdcr" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    craft: model.enum([...PRODUCER_CRAFTS]),
    status: model.enum([...PRODUCER_STATUSES]).default("active"),
    // German lives on the entity; English and other locales through Medusa's Translation Module.
    tagline: model.text().translatable().nullable(),
    story: model.text().translatable(),
    town: model.text().searchable(),
    district: model.text(),
    // The postal address the law asks of the business responsible for its food (Reg. (EU) 1169/2011 Art. 9(1)(h)).
    street: model.text().nullable(),
    postal_code: model.text().nullable(),
    latitude: model.float(),
    longitude: model.float(),
    website: model.text().nullable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    opening_hours: model.json<OpeningHours>().nullable(),
    farm_shop: model.boolean().default(false),
    pickup: model.boolean().default(false),
    /**
     * The business's own photos (farm, shop, workshop), first shown first: each re-encoded in the
     * sizes the shop's srcset offers (`{ id, width, height, sizes: [{ width, height, url, file_id }] }`).
     */
    photos: model.json<ProducerPhoto[]>().nullable(),
  })
  .indexes([{ on: ["craft"] }, { on: ["town"] }, { on: ["status"] }])

export default Producer
export type { OpeningHours, ProducerPhoto }
