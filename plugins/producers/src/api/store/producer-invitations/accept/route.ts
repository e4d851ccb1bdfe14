import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptProducerInvitationWorkflow } from "../../../../workflows/onboarding/accept-producer-invitation"
import type { StoreAcceptInvitationType } from "../validators"

/** The invited person sets a password: the login exists from now on and is on the team; log in with it at /auth/producer/emailpass. */
export const POST = async (req: MedusaRequest<StoreAcceptInvitationType>, res: MedusaResponse) => {
  const { result } = await acceptProducerInvitationWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ member: result })
}
