import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitProducerApplicationWorkflow } from "../../../workflows/onboarding/submit-producer-application"
import type { StoreSubmitApplicationType } from "./validators"

/** A business applies to join the network. It is answered only with the application's id and status. */
export const POST = async (req: MedusaRequest<StoreSubmitApplicationType>, res: MedusaResponse) => {
  const { result } = await submitProducerApplicationWorkflow(req.scope).run({ input: { ...req.validatedBody, phone: req.validatedBody.phone ?? null } })
  res.status(201).json({ application: { id: result.id, status: result.status } })
}
