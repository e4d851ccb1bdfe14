import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../modules/product-review/service"
import { approveChangeRequestWorkflow } from "../../../../../workflows/product-review/approve-change-request"
import { changeRequestViews } from "../../../../utils/change-requests"

/** Applies a producer's waiting change and approves it; 409 if it was decided already. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await approveChangeRequestWorkflow(req.scope).run({ input: { id: req.params.id } })
  const stored = await req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).listProductChangeRequests({ id: req.params.id })
  res.json({ change_request: (await changeRequestViews(req.scope, stored as any[]))[0] })
}
