import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetStoriesParams, StoreGetStoryParams } from "./validators"

const noFields = { defaults: [], isList: false }

export const storeStoryRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/stories", middlewares: [validateAndTransformQuery(StoreGetStoriesParams, noFields)] },
  { method: ["GET"], matcher: "/store/stories/:handle", middlewares: [validateAndTransformQuery(StoreGetStoryParams, noFields)] },
]
