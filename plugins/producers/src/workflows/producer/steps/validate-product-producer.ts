import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertProducerExists } from "../product-producer-link"

export const validateProductProducerStepId = "validate-product-producer"

export type SetProductProducerInput = { product_id: string; producer_id: string | null }

async function currentProducerOf(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: productId } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id ${productId} was not found`)
  }
  return (data[0] as { producer?: { id: string } | null }).producer?.id ?? null
}

/**
 * Checks the product (404) and the new producer (400) exist and answers the product's current
 * producer, which the workflow dismisses. It only reads, so there is nothing to compensate.
 */
export const validateProductProducerStep = createStep(
  validateProductProducerStepId,
  async (input: SetProductProducerInput, { container }) => {
    const current = await currentProducerOf(container, input.product_id)
    if (input.producer_id !== null) {
      await assertProducerExists(container, input.producer_id)
    }
    return new StepResponse({ current_producer_id: current })
  }
)
