import { model } from "@medusajs/framework/utils"

/**
 * One maker's share of a Genusspaket: a product variant of another producer that goes into the
 * bundle `quantity` times, and the share of the bundle's price that is that maker's revenue.
 * The bundle's variant reserves the same inventory item (Medusa's inventory kit, written by the
 * same workflow), so the bundle and the component sold on its own draw on one stock.
 */
const BundleComponent = model
  .define("bundle_component", {
    id: model.id({ prefix: "bcomp" }).primaryKey(),
    /** The Genusspaket's variant (the inventory kit). */
    bundle_variant_id: model.text(),
    /** The component: a variant of one maker's own product. */
    variant_id: model.text(),
    /** How many of the component one Genusspaket holds (the kit's required quantity). */
    quantity: model.number(),
    /** The maker's share of the bundle's price, 0 < share ≤ 1; a bundle's shares add up to 1. */
    share: model.bigNumber(),
    /** Where it is listed in the bundle (0 first), as the association put it together. */
    position: model.number().default(0),
  })
  .indexes([
    { on: ["bundle_variant_id", "variant_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["variant_id"] },
  ])

export default BundleComponent
