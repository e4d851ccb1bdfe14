import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewClaimWorkflow } from "../../../../../workflows/provenance/review-claim"
import type { AdminReviewClaimType } from "../../validators"

export const POST = async (req: MedusaRequest<AdminReviewClaimType>, res: MedusaResponse) => {
  const { result } = await reviewClaimWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status },
  })
  res.json({ claim: result })
}
