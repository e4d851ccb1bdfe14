import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"

/**
 * A producer the association paused (a holiday, a bad harvest) keeps its products in the shop
 * but takes no orders; one that left sells nothing. Its goods are refused with the producer's
 * name when they are put in a cart. A cart that holds them from before is still completed:
 * refusing there could leave a shopper charged without an order (a card payment is captured
 * before its webhook completes the cart); the producer cancels such a part, which pays it back.
 */
async function refuseGoodsOfProducersNotSelling(container: MedusaContainer, variantIds: string[]) {
  if (!variantIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.producer.name", "product.producer.status"],
    filters: { id: [...new Set(variantIds)] },
  })
  const resting = [
    ...new Set(
      variants
        .map((variant: any) => variant.product?.producer)
        .filter((producer: any) => producer && producer.status !== "active")
        .map((producer: any) => producer.name as string)
    ),
  ]
  if (resting.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${resting.join(", ")} ${resting.length > 1 ? "take" : "takes"} no orders at the moment. Nothing was added or ordered.`)
  }
}

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await refuseGoodsOfProducersNotSelling(
    container,
    (input.items ?? []).map((item: { variant_id?: string | null }) => item.variant_id).filter((id): id is string => !!id)
  )
})
