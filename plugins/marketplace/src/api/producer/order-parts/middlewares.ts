import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { defineOwnershipRule } from "@genussnetz/producers/ownership"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { orderPartActionMiddlewares } from "../../utils/order-part-actions"
import { ProducerGetOrderPartParams, ProducerGetOrderPartsParams } from "./validators"

/** A producer's order parts are its own; anyone else's answers 404 before the route runs. */
defineOwnershipRule("order-parts", async (container: MedusaContainer, producerId: string, ids: string[]) => {
  const parts = await container.resolve<LedgerModuleService>(LEDGER_MODULE).listOrderParts({ id: ids, producer_id: producerId }, { select: ["id"] })
  return new Set(parts.map((part) => part.id))
})

export const producerOrderPartRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/order-parts", middlewares: [validateAndTransformQuery(ProducerGetOrderPartsParams, { defaults: [], isList: false })] },
  { method: ["GET"], matcher: "/producer/order-parts/:id", middlewares: [validateAndTransformQuery(ProducerGetOrderPartParams, { defaults: [], isList: false })] },
  ...orderPartActionMiddlewares("/producer/order-parts"),
]
