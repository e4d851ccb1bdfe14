import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createProducerLoginWorkflow } from "../../../../../workflows/producer-login/create-producer-login"
import type { AdminCreateProducerLoginType } from "../../validators"

/** The association gives a member business its login for the producer routes. */
export const POST = async (req: MedusaRequest<AdminCreateProducerLoginType>, res: MedusaResponse) => {
  const { result } = await createProducerLoginWorkflow(req.scope).run({
    input: { producer_id: req.params.id, ...req.validatedBody },
  })
  res.status(201).json({ login: result })
}
