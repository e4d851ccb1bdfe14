import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetPlaceParams, StoreGetPlacesParams } from "./validators"

const noFields = { defaults: [], isList: false }

export const storePlaceRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/places", middlewares: [validateAndTransformQuery(StoreGetPlacesParams, noFields)] },
  { method: ["GET"], matcher: "/store/places/:handle", middlewares: [validateAndTransformQuery(StoreGetPlaceParams, noFields)] },
]
