import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingProducer } from "@genussnetz/producers/ownership"
import { COOPERATION_MODULE, type CooperationModuleService } from "../../../modules/cooperation"
import { declareSalesOutletWorkflow } from "../../../workflows"
import type { ProducerDeclareSalesOutletType } from "../validators"

/** The outlets the producer declared beside genussnetz. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const outlets = await req.scope.resolve<CooperationModuleService>(COOPERATION_MODULE).listSalesOutlets({ producer_id: actingProducer(req) }, { order: { created_at: "ASC" } })
  res.json({ sales_outlets: outlets.map(({ id, name, kind, monthly_revenue }) => ({ id, name, kind, monthly_revenue })) })
}

/** The producer names another outlet with its monthly revenue. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerDeclareSalesOutletType>, res: MedusaResponse) => {
  const { result } = await declareSalesOutletWorkflow(req.scope).run({ input: { ...req.validatedBody, producer_id: actingProducer(req) } })
  res.status(201).json({ sales_outlet: { id: result.id, name: result.name, kind: result.kind, monthly_revenue: result.monthly_revenue } })
}
