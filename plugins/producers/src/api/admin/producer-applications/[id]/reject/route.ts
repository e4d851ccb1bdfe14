import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectProducerApplicationWorkflow } from "../../../../../workflows/onboarding/reject-producer-application"
import type { AdminRejectApplicationType } from "../../validators"

/** The association turns an application down; the applicant gets the reason by mail. */
export const POST = async (req: MedusaRequest<AdminRejectApplicationType>, res: MedusaResponse) => {
  const { result } = await rejectProducerApplicationWorkflow(req.scope).run({ input: { application_id: req.params.id, reason: req.validatedBody.reason } })
  res.json({ producer_application: result })
}
