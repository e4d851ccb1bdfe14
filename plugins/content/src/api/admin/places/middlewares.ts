import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreatePlace, AdminGetPlaceParams, AdminGetPlacesParams, AdminUpdatePlace } from "./validators"

const noFields = { defaults: [], isList: false }

/** The association's Genussorte (Medusa authenticates every /admin route before these). */
export const adminPlaceRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/places", middlewares: [validateAndTransformQuery(AdminGetPlacesParams, noFields)] },
  { method: ["POST"], matcher: "/admin/places", middlewares: [validateAndTransformBody(AdminCreatePlace)] },
  { method: ["GET"], matcher: "/admin/places/:id", middlewares: [validateAndTransformQuery(AdminGetPlaceParams, noFields)] },
  { method: ["POST"], matcher: "/admin/places/:id", middlewares: [validateAndTransformBody(AdminUpdatePlace)] },
]
