import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productReviewRequired } from "../../../workflows/product-review/review-setting"
import { setProductReviewSettingWorkflow } from "../../../workflows/product-review/set-product-review-setting"
import type { AdminSetProductReviewSettingType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ product_review: { required: await productReviewRequired(req.scope) } })
}

/** Turns the review on or off; what already waits stays for the association to decide. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetProductReviewSettingType>, res: MedusaResponse) => {
  await setProductReviewSettingWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ product_review: { required: await productReviewRequired(req.scope) } })
}
