import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FoodInformationModule from "../modules/food-information"

/**
 * A product's food information (`product.food_information`), found by its `product_id`, so
 * Medusa's own product routes answer with it (`fields=*food_information`).
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...FoodInformationModule.linkable.foodInformation.id, primaryKey: "product_id" },
  { readOnly: true, isList: false }
)
