import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upsertMeatOriginsWorkflow } from "../../../../../workflows/provenance/upsert-meat-origins"
import type { ProducerSetMeatOriginType } from "../../../validators"

/** Sets the origin a meat product's label must state (rules per species). */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerSetMeatOriginType>, res: MedusaResponse) => {
  const { result } = await upsertMeatOriginsWorkflow(req.scope).run({
    input: { meat_origins: [{ ...req.validatedBody, product_id: req.params.id }] },
  })
  res.json({ meat_origin: result[0] })
}
