import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteProducerMemberWorkflow } from "../../../workflows/onboarding/invite-producer-member"
import { actingProducer } from "../ownership"
import type { ProducerInviteMemberType } from "../validators"

/** The owner invites a person to the team; the one-time link goes to them by mail. */
export const POST = async (req: MedusaRequest<ProducerInviteMemberType>, res: MedusaResponse) => {
  const { result } = await inviteProducerMemberWorkflow(req.scope).run({ input: { ...req.validatedBody, producer_id: actingProducer(req) } })
  res.status(201).json({ invitation: result })
}
