import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, deleteProductVariantsWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkPackSizeRemovalStep } from "./steps/check-pack-size-removal"

/**
 * A producer takes a pack size off its product (Medusa deletes the variant softly: orders keep
 * their lines). Under the product's lock, so two removals at once cannot take the last one.
 */
export const removePackSizeWorkflow = createWorkflow("remove-pack-size", (input: { product_id: string; variant_id: string }) => {
  const key = transform({ input }, ({ input }) => `pack-sizes-${input.product_id}`)
  acquireLockStep({ key, timeout: 15, ttl: 60 })
  const ids = checkPackSizeRemovalStep(input)
  deleteProductVariantsWorkflow.runAsStep({ input: transform({ ids }, ({ ids }) => ({ ids })) })
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.variant_id })))
})
