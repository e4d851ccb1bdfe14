import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { ProducerProductChangeType } from "../../producer-products/schemas"

/**
 * The change request the association decides on: 404 for none, 409 for one already decided (a
 * second click, a colleague faster). Reads only; nothing to undo.
 */
export const loadPendingChangeRequestStep = createStep("load-pending-change-request", async (input: { id: string }, { container }) => {
  const review = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const [request] = await review.listProductChangeRequests({ id: input.id })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Change request ${input.id} was not found`)
  if (request.status !== "pending") throw new MedusaError(MedusaError.Types.CONFLICT, `Change request ${input.id} is ${request.status} already`)
  return new StepResponse({
    id: request.id,
    product_id: request.product_id,
    producer_id: request.producer_id,
    proposed: request.proposed as ProducerProductChangeType,
  })
})
