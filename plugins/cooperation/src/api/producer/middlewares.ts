import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { defineOwnershipRule } from "@genussnetz/producers/ownership"
import { COOPERATION_MODULE, type CooperationModuleService } from "../../modules/cooperation"
import {
  ProducerCreateCooperationPost,
  ProducerDeclareSalesOutlet,
  ProducerGetCooperationBoardParams,
  ProducerNoQueryParams,
  ProducerSetCooperationPostStatus,
  ProducerTakeUpOffer,
} from "./validators"

/** A producer's posts on the cooperation board are those it made; another's are "not found" on its routes. */
defineOwnershipRule("cooperation-posts", async (container, producerId, ids) => {
  const posts = await container.resolve<CooperationModuleService>(COOPERATION_MODULE).listCooperationPosts({ id: ids, producer_id: producerId }, { select: ["id"] })
  return new Set(posts.map(({ id }) => id))
})

/** A producer's declared outlets are its own. */
defineOwnershipRule("sales-outlets", async (container, producerId, ids) => {
  const outlets = await container.resolve<CooperationModuleService>(COOPERATION_MODULE).listSalesOutlets({ id: ids, producer_id: producerId }, { select: ["id"] })
  return new Set(outlets.map(({ id }) => id))
})

const noFields = { defaults: [], isList: false }

export const producerCooperationRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/cooperation-posts", middlewares: [validateAndTransformQuery(ProducerNoQueryParams, noFields)] },
  { method: ["POST"], matcher: "/producer/cooperation-posts", middlewares: [validateAndTransformBody(ProducerCreateCooperationPost)] },
  { method: ["GET"], matcher: "/producer/cooperation-posts/:id", middlewares: [validateAndTransformQuery(ProducerNoQueryParams, noFields)] },
  { method: ["POST"], matcher: "/producer/cooperation-posts/:id", middlewares: [validateAndTransformBody(ProducerSetCooperationPostStatus)] },
  { method: ["POST"], matcher: "/producer/cooperation-posts/:id/take-up", middlewares: [validateAndTransformBody(ProducerTakeUpOffer)] },
  { method: ["GET"], matcher: "/producer/cooperation-board", middlewares: [validateAndTransformQuery(ProducerGetCooperationBoardParams, noFields)] },
  { method: ["GET"], matcher: "/producer/cooperation-materials", middlewares: [validateAndTransformQuery(ProducerNoQueryParams, noFields)] },
  { method: ["GET"], matcher: "/producer/dependencies", middlewares: [validateAndTransformQuery(ProducerNoQueryParams, noFields)] },
  { method: ["GET"], matcher: "/producer/sales-outlets", middlewares: [validateAndTransformQuery(ProducerNoQueryParams, noFields)] },
  { method: ["POST"], matcher: "/producer/sales-outlets", middlewares: [validateAndTransformBody(ProducerDeclareSalesOutlet)] },
]
