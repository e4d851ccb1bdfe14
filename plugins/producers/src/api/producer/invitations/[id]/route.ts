import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"

/** The owner withdraws an invitation that was not used yet: its link stops working. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE).softDeleteProducerInvitations(req.params.id)
  res.json({ id: req.params.id, object: "producer_invitation", deleted: true })
}
