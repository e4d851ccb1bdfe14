import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateStoresWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PRODUCT_REVIEW_SETTING } from "./review-setting"

/**
 * The association turns the review of producers' changes on or off (the store's metadata, its
 * other keys kept). Turning it off does not apply what waits: the association still decides those.
 */
export const setProductReviewSettingWorkflow = createWorkflow("set-product-review-setting", (input: { required: boolean }) => {
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["id", "metadata"] })
  updateStoresWorkflow.runAsStep({
    input: transform({ input, stores }, ({ input, stores }) => ({
      selector: { id: stores[0].id },
      update: { metadata: { ...(stores[0].metadata ?? {}), [PRODUCT_REVIEW_SETTING]: input.required } },
    })),
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ required: input.required })))
})
