import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeSalesOutletWorkflow } from "../../../../workflows"

/** The producer takes an outlet of its own off its list. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeSalesOutletWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "sales_outlet", deleted: true })
}
