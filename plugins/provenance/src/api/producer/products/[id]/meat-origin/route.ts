import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { upsertMeatOriginsWorkflow } from "../../../../../workflows/provenance/upsert-meat-origins"
import type { ProducerSetMeatOriginType } from "../../../validators"

/** The origin its label states, or null while none is set (the portal's form reads it). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "meat_origin",
    fields: ["species", "born_in", "reared_in", "slaughtered_in", "slaughterhouse_approval_number", "reference_number"],
    filters: { product_id: req.params.id },
  })
  res.json({ meat_origin: data[0] ?? null })
}

/** Sets the origin a meat product's label must state (rules per species). */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerSetMeatOriginType>, res: MedusaResponse) => {
  const { result } = await upsertMeatOriginsWorkflow(req.scope).run({
    input: { meat_origins: [{ ...req.validatedBody, product_id: req.params.id }] },
  })
  res.json({ meat_origin: result[0] })
}
