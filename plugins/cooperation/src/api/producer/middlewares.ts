import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { defineOwnershipRule } from "@genussnetz/producers/ownership"
import { COOPERATION_MODULE, type CooperationModuleService } from "../../modules/cooperation"
import {
  ProducerCreateCooperationPost,
  ProducerGetCooperationBoardParams,
  ProducerGetCooperationPostsParams,
  ProducerSetCooperationPostStatus,
  ProducerTakeUpOffer,
} from "./validators"

/** A producer's posts on the cooperation board are those it made; another's are "not found" on its routes. */
defineOwnershipRule("cooperation-posts", async (container, producerId, ids) => {
  const posts = await container.resolve<CooperationModuleService>(COOPERATION_MODULE).listCooperationPosts({ id: ids, producer_id: producerId }, { select: ["id"] })
  return new Set(posts.map(({ id }) => id))
})

const noFields = { defaults: [], isList: false }

export const producerCooperationRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/cooperation-posts", middlewares: [validateAndTransformQuery(ProducerGetCooperationPostsParams, noFields)] },
  { method: ["POST"], matcher: "/producer/cooperation-posts", middlewares: [validateAndTransformBody(ProducerCreateCooperationPost)] },
  { method: ["GET"], matcher: "/producer/cooperation-posts/:id", middlewares: [validateAndTransformQuery(ProducerGetCooperationPostsParams, noFields)] },
  { method: ["POST"], matcher: "/producer/cooperation-posts/:id", middlewares: [validateAndTransformBody(ProducerSetCooperationPostStatus)] },
  { method: ["POST"], matcher: "/producer/cooperation-posts/:id/take-up", middlewares: [validateAndTransformBody(ProducerTakeUpOffer)] },
  { method: ["GET"], matcher: "/producer/cooperation-board", middlewares: [validateAndTransformQuery(ProducerGetCooperationBoardParams, noFields)] },
  { method: ["GET"], matcher: "/producer/cooperation-materials", middlewares: [validateAndTransformQuery(ProducerGetCooperationPostsParams, noFields)] },
]
