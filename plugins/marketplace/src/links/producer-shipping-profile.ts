import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import ProducerModule from "@genussnetz/producers/modules/producer"

/**
 * Each producer ships its goods under a shipping profile of its own, so Medusa's checkout asks
 * for one shipping method per producer in the cart (`producer.shipping_profile`).
 */
export default defineLink(
  { linkable: ProducerModule.linkable.producer, isList: false },
  { linkable: FulfillmentModule.linkable.shippingProfile, isList: false }
)
