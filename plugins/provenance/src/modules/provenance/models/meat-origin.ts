import { model } from "@medusajs/framework/utils"
import { MEAT_SPECIES } from "../provenance-vocabulary"

/**
 * The origin a meat product's label must state: for pig, sheep, goat and poultry
 * "reared in" and "slaughtered in" (Reg. (EU) 1337/2013); for beef also "born in", the
 * slaughterhouse's approval number and the reference number (Reg. (EC) 1760/2000).
 * Which fields a species needs is enforced by the validators, not the table.
 */
const MeatOrigin = model
  .define("meat_origin", {
    id: model.id({ prefix: "morig" }).primaryKey(),
    product_id: model.text(),
    species: model.enum([...MEAT_SPECIES]),
    born_in: model.text().nullable(),
    reared_in: model.text(),
    slaughtered_in: model.text(),
    slaughterhouse_approval_number: model.text().nullable(),
    reference_number: model.text().nullable(),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])

export default MeatOrigin
