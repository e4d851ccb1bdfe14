import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  listShippingOptionsForCartWithPricingWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { cartShippingContext } from "../../fulfilment"

/** The cart's facts per producer (goods value, chilled goods) and its postal code, for the option rules. */
export async function shippingContextOfCart(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    filters: { id: cartId },
    fields: [
      "shipping_address.postal_code",
      "items.quantity",
      "items.unit_price",
      "items.product.metadata",
      "items.product.shipping_profile.id",
    ],
  })
  return cartShippingContext((carts[0] ?? {}) as Parameters<typeof cartShippingContext>[0])
}

// Both listings feed the same rules: the Store API's `GET /store/shipping-options` and the one
// that adding a shipping method and refreshing a cart run (Medusa's docs ask for both).
listShippingOptionsForCartWorkflow.hooks.setShippingOptionsContext(async ({ cart }, { container }) => {
  return new StepResponse(await shippingContextOfCart(container, cart.id))
})
listShippingOptionsForCartWithPricingWorkflow.hooks.setShippingOptionsContext(async ({ cart }, { container }) => {
  return new StepResponse(await shippingContextOfCart(container, cart.id))
})
