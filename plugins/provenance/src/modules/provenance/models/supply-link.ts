import { model } from "@medusajs/framework/utils"
import { PROCESSING_STEPS, SUPPLY_LINK_STATUSES } from "../provenance-vocabulary"
import ProductInput from "./product-input"

/**
 * A supplier delivers a material to a customer, who processes it in one step.
 * Declared by the customer, confirmed by the supplier, verified by the association.
 * Both ends are producers of the producers module, named by id (read-only links in
 * links/ let Query follow them as `supplier` and `customer`).
 */
const SupplyLink = model
  .define("supply_link", {
    id: model.id({ prefix: "slink" }).primaryKey(),
    supplier_id: model.text(),
    customer_id: model.text(),
    material: model.text().translatable(),
    step: model.enum([...PROCESSING_STEPS]),
    volume_per_year: model.float().nullable(),
    volume_unit: model.text().nullable(),
    since: model.dateTime().nullable(),
    until: model.dateTime().nullable(),
    status: model.enum([...SUPPLY_LINK_STATUSES]).default("declared"),
    status_changed_at: model.dateTime().nullable(),
    status_note: model.text().nullable(),
    inputs: model.hasMany(() => ProductInput, { mappedBy: "supply_link" }),
  })
  .indexes([
    { on: ["supplier_id"] },
    { on: ["customer_id"] },
    { on: ["status"] },
    { on: ["supplier_id", "customer_id", "material"], unique: true, where: "deleted_at IS NULL" },
  ])

export default SupplyLink
