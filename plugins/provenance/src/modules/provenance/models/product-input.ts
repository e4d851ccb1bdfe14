import { model } from "@medusajs/framework/utils"
import SupplyLink from "./supply-link"

/**
 * What goes into a product: through a supply link (which carries supplier, step and
 * status), either another product of the supplier (Mehl → Brot) or the link's raw
 * material, with an optional share by weight. Products are Medusa's (ids of the
 * Product Module), as Medusa's own modules refer to each other's records.
 */
const ProductInput = model
  .define("product_input", {
    id: model.id({ prefix: "pinput" }).primaryKey(),
    product_id: model.text(),
    input_product_id: model.text().nullable(),
    supply_link: model.belongsTo(() => SupplyLink, { mappedBy: "inputs" }),
    /** Share of the product's weight, 0 < share ≤ 1; unknown shares split what is left. */
    share: model.float().nullable(),
  })
  .indexes([
    { on: ["product_id"] },
    { on: ["input_product_id"] },
    { on: ["product_id", "supply_link_id", "input_product_id"], unique: true, where: "deleted_at IS NULL" },
  ])

export default ProductInput
