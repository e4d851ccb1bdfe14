import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { productReviewRequired } from "../../../workflows/product-review/review-setting"
import { changeRequestViews } from "../../utils/change-requests"
import type { AdminListChangeRequestsType } from "./validators"

/** Producers' changes in one status (waiting ones first come first), each with what it would change, and whether review is on. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListChangeRequestsType>, res: MedusaResponse) => {
  const { limit, offset, status } = req.validatedQuery
  const [requests, count] = await req.scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .listAndCountProductChangeRequests({ status }, { order: { created_at: status === "pending" ? "ASC" : "DESC", id: "ASC" }, take: limit, skip: offset })
  res.json({
    change_requests: await changeRequestViews(req.scope, requests as any[]),
    count,
    limit,
    offset,
    review_required: await productReviewRequired(req.scope),
  })
}
