import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSupplyLinksWorkflow } from "../../../workflows/provenance/create-supply-links"
import { defaultAdminSupplyLinkFields } from "../../admin/supply-links/query-config"
import { actingProducer } from "@genussnetz/producers/ownership"
import type { ProducerDeclareSupplyLinkType } from "../validators"

/** The producer's supply links, as supplier and as customer, whatever their status (the shop shows only checked ones). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const producerId = actingProducer(req)
  const { data: supply_links } = await query.graph({
    entity: "supply_link",
    fields: defaultAdminSupplyLinkFields,
    filters: { $or: [{ supplier_id: producerId }, { customer_id: producerId }] },
  })
  res.json({ supply_links })
}

/** The producer declares a supplier of its own; the supplier then confirms. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerDeclareSupplyLinkType>, res: MedusaResponse) => {
  const { result } = await createSupplyLinksWorkflow(req.scope).run({
    input: { supply_links: [{ ...req.validatedBody, customer_id: actingProducer(req) }] },
  })
  res.status(201).json({ supply_link: result[0] })
}
