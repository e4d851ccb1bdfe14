import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeProducerMemberWorkflow } from "../../../../workflows/onboarding/remove-producer-member"
import { actingProducer } from "../../ownership"

/** The owner takes a person off the team (never the last owner); their login stops acting for the producer at once. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await removeProducerMemberWorkflow(req.scope).run({ input: { producer_id: actingProducer(req), member_id: req.params.id } })
  res.json({ id: req.params.id, object: "producer_member", deleted: true })
}
