import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveProducerApplicationWorkflow } from "../../../../../workflows/onboarding/approve-producer-application"
import type { AdminApproveApplicationType } from "../../validators"

/** The association approves: the business becomes a producer and its applicant is invited as owner. */
export const POST = async (req: MedusaRequest<AdminApproveApplicationType>, res: MedusaResponse) => {
  const { result } = await approveProducerApplicationWorkflow(req.scope).run({ input: { ...req.validatedBody, application_id: req.params.id } })
  res.json(result)
}
