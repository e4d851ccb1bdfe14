import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refuse } from "./selling-setup"

/**
 * A pack size may be taken off its own product (404 for another product's), never the last one:
 * a product is sold in at least one size. Reads only; nothing to undo.
 */
export const checkPackSizeRemovalStep = createStep(
  "check-pack-size-removal",
  async (input: { product_id: string; variant_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { id: input.product_id } })
    const variants = ((data[0]?.variants ?? []) as { id: string }[]).map((variant) => variant.id)
    if (!variants.includes(input.variant_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pack size with id "${input.variant_id}" was found on this product`)
    }
    if (variants.length === 1) refuse("A product is sold in at least one pack size: add another before removing this one, or take the product offline")
    return new StepResponse([input.variant_id])
  }
)
