import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

/** Records the association's decision on a pending request; compensation makes it pending again. */
export const decideChangeRequestStep = createStep(
  "decide-change-request",
  async (input: { id: string; status: "approved" | "rejected"; reason?: string | null }, { container }) => {
    const review = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    await review.updateProductChangeRequests({ id: input.id, status: input.status, reason: input.reason ?? null, decided_at: new Date() })
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).updateProductChangeRequests({ id, status: "pending", reason: null, decided_at: null })
  }
)
