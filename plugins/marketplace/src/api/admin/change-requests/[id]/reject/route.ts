import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../modules/product-review/service"
import { rejectChangeRequestWorkflow } from "../../../../../workflows/product-review/reject-change-request"
import { changeRequestViews } from "../../../../utils/change-requests"
import type { AdminRejectChangeRequestType } from "../../validators"

/** Turns a producer's waiting change down with a reason it sees in its portal; 409 if it was decided already. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRejectChangeRequestType>, res: MedusaResponse) => {
  await rejectChangeRequestWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason } })
  const stored = await req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).listProductChangeRequests({ id: req.params.id })
  res.json({ change_request: (await changeRequestViews(req.scope, stored as any[]))[0] })
}
