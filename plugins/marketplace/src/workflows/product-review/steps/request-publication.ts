import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

/**
 * A new product the producer wants published while the association requires review: made as a
 * draft, its publication waits in a change request. Compensation removes the request.
 */
export const requestPublicationStep = createStep(
  "request-publication",
  async (input: { product_id: string; producer_id: string }, { container }) => {
    const review = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const created = await review.createProductChangeRequests({ ...input, proposed: { status: "published" } })
    return new StepResponse(created.id, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).deleteProductChangeRequests(id)
  }
)
