import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetTourParams, StoreGetToursParams } from "./validators"

const noFields = { defaults: [], isList: false }

export const storeTourRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/tours", middlewares: [validateAndTransformQuery(StoreGetToursParams, noFields)] },
  { method: ["GET"], matcher: "/store/tours/:handle", middlewares: [validateAndTransformQuery(StoreGetTourParams, noFields)] },
  { method: ["GET"], matcher: "/store/tours/:handle/gpx", middlewares: [validateAndTransformQuery(StoreGetTourParams, noFields)] },
]
