import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"
import {
  cancelOrderPartWorkflow,
  deliverOrderPartWorkflow,
  fulfilOrderPartWorkflow,
  refundOrderPartWorkflow,
  shipOrderPartWorkflow,
} from "../../workflows"
import type { OrderPartAction } from "../../workflows/order-parts/transitions"
import { orderPartViews } from "./order-part-view"
import { OrderPartActionBody, RefundOrderPartBody, ShipOrderPartBody } from "./validators"

/** Each part action's workflow and the body it takes. */
const ACTIONS = {
  fulfil: { workflow: fulfilOrderPartWorkflow, body: OrderPartActionBody },
  ship: { workflow: shipOrderPartWorkflow, body: ShipOrderPartBody },
  deliver: { workflow: deliverOrderPartWorkflow, body: OrderPartActionBody },
  cancel: { workflow: cancelOrderPartWorkflow, body: OrderPartActionBody },
  refund: { workflow: refundOrderPartWorkflow, body: RefundOrderPartBody },
} as const

/**
 * The route of one part action, the same for the producer (its own parts: the ownership rule
 * answers 404 for others' before this runs) and for the association. Answers the part as its
 * producer sees it afterwards.
 */
export function orderPartActionRoute(action: OrderPartAction) {
  return async (req: AuthenticatedMedusaRequest<Record<string, unknown>>, res: MedusaResponse) => {
    const id = req.params.id
    await (ACTIONS[action].workflow(req.scope) as any).run({
      input: { ...req.validatedBody, id, actor_id: req.auth_context.actor_id },
    })
    const { producer_id } = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).retrieveOrderPart(id, { select: ["producer_id"] })
    const [orderPart] = await orderPartViews(req.scope, producer_id, [id])
    res.json({ order_part: orderPart })
  }
}

/** The body validators of every part action under `base` (`/producer/order-parts` or `/admin/order-parts`). */
export const orderPartActionMiddlewares = (base: string): MiddlewareRoute[] =>
  (Object.keys(ACTIONS) as OrderPartAction[]).map((action) => ({
    method: ["POST"],
    matcher: `${base}/:id/${action}`,
    middlewares: [validateAndTransformBody(ACTIONS[action].body)],
  }))
