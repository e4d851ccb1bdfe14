import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionSupplyLinkWorkflow } from "../../../../../workflows/provenance/transition-supply-link"
import type { AdminUpdateSupplyLinkStatusType } from "../../validators"

export const POST = async (req: MedusaRequest<AdminUpdateSupplyLinkStatusType>, res: MedusaResponse) => {
  const { result } = await transitionSupplyLinkWorkflow(req.scope).run({
    input: { id: req.params.id, to: req.validatedBody.status, note: req.validatedBody.note, actor: { type: "association" } },
  })
  res.json({ supply_link: result })
}
