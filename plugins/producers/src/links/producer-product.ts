import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

/**
 * A producer offers many products; each product is made by one producer
 * (the last processing step of its chain). Query a product with `producer.*`,
 * a producer with `products.*`.
 */
export default defineLink(
  { linkable: ProducerModule.linkable.producer, isList: false },
  { linkable: ProductModule.linkable.product, isList: true }
)
