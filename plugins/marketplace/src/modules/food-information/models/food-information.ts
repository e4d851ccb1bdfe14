import { model } from "@medusajs/framework/utils"
import { DATE_MARKINGS } from "../vocabulary"

/**
 * The food information of one product that a distance sale must show before the purchase
 * (Reg. (EU) 1169/2011 Art. 14): the ingredients with the allergens emphasised, the allergens
 * the food contains, how to store and use it, which date the package carries, and its alcohol.
 * The name of the food is the product's title, the net quantity each variant's
 * (`metadata.net_quantity`), the responsible business the product's producer.
 */
const FoodInformation = model
  .define("food_information", {
    id: model.id({ prefix: "fdinf" }).primaryKey(),
    product_id: model.text(),
    // German lives on the entity; English through Medusa's Translation Module.
    ingredients: model.text().translatable().nullable(),
    // Annex II codes (ALLERGENS): named in a "contains" line even where there is no ingredients list.
    allergens: model.array().default([]),
    storage: model.text().translatable(),
    date_marking: model.enum([...DATE_MARKINGS]),
    alcohol_percent: model.float().nullable(),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])

export default FoodInformation
