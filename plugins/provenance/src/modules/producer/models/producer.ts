import { model } from "@medusajs/framework/utils"
import { PRODUCER_CRAFTS, type OpeningHours } from "../crafts"
import Claim from "./claim"
import SupplyLink from "./supply-link"

/**
 * A business of the regional network: farm, mill, bakery, butchery, brewery, …
 * Supply links between producers and claims about them hang off this model;
 * products belong to a producer through a module link.
 */
const Producer = model
  .define("producer", {
    id: model.id({ prefix: "pdcr" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    craft: model.enum([...PRODUCER_CRAFTS]),
    // German lives on the entity; English and other locales through Medusa's Translation Module.
    tagline: model.text().translatable().nullable(),
    story: model.text().translatable(),
    town: model.text().searchable(),
    district: model.text(),
    postal_code: model.text().nullable(),
    latitude: model.float(),
    longitude: model.float(),
    website: model.text().nullable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    opening_hours: model.json<OpeningHours>().nullable(),
    farm_shop: model.boolean().default(false),
    pickup: model.boolean().default(false),
    supplies: model.hasMany(() => SupplyLink, { mappedBy: "supplier" }),
    receives: model.hasMany(() => SupplyLink, { mappedBy: "customer" }),
    claims: model.hasMany(() => Claim, { mappedBy: "producer" }),
  })
  .indexes([{ on: ["craft"] }, { on: ["town"] }])

export default Producer
export type { OpeningHours }
