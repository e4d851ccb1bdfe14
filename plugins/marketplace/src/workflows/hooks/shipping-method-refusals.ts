import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { refusalOf, type ShippingOptionRule } from "../../fulfilment"
import { shippingContextOfCart } from "./shipping-options-context"

/**
 * A shipping method the cart cannot use is refused with the reason (chilled goods by parcel, an
 * address outside the delivery area, below the minimum order) instead of Medusa's "Shipping
 * Options are invalid for cart.", which follows from the same rules a step later.
 */
addShippingMethodToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const optionIds = (input.options ?? []).map((option) => option.id)
  if (!optionIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    filters: { id: optionIds },
    fields: ["id", "name", "rules.attribute", "rules.operator", "rules.value", "shipping_profile.name"],
  })
  const context = await shippingContextOfCart(container, cart.id)
  for (const option of options) {
    const refusal = refusalOf(
      { name: option.name, rules: option.rules as unknown as ShippingOptionRule[] },
      context,
      option.shipping_profile?.name ?? option.name
    )
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
  }
})
