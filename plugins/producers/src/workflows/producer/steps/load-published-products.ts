import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The ids of a producer's products the shop shows (published). Reads only; nothing to undo. */
export const loadPublishedProductsStep = createStep("load-published-products", async (input: { producer_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["products.id", "products.status"], filters: { id: input.producer_id } })
  const products = ((data[0]?.products ?? []) as { id: string; status: string }[]).filter((product) => product.status === "published")
  return new StepResponse(products.map((product) => product.id))
})
