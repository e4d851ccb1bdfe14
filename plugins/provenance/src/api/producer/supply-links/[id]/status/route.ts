import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionSupplyLinkWorkflow } from "../../../../../workflows/provenance/transition-supply-link"
import { actingProducer } from "@genussnetz/producers/ownership"
import type { ProducerUpdateSupplyLinkStatusType } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<ProducerUpdateSupplyLinkStatusType>, res: MedusaResponse) => {
  const { result } = await transitionSupplyLinkWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      to: req.validatedBody.status,
      note: req.validatedBody.note,
      actor: { type: "producer", producer_id: actingProducer(req) },
    },
  })
  res.json({ supply_link: result })
}
