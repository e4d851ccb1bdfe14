import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { loadOpenInvitation } from "../../../../workflows/onboarding/steps/load-open-invitation"
import { INVITATION_TOKEN } from "../validators"

/** What an invitation link opens, for the page where the invited person sets a password: the address, the role, the producer. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  if (!INVITATION_TOKEN.test(req.params.token)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation link is unknown or was used already")
  }
  const { invitation, producer } = await loadOpenInvitation(req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE), req.params.token)
  res.json({ invitation: { email: invitation.email, role: invitation.role, expires_at: invitation.expires_at, producer: { name: producer.name } } })
}
