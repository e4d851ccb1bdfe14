import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateEvent, AdminGetEventParams, AdminGetEventsParams, AdminUpdateEvent } from "./validators"

const noFields = { defaults: [], isList: false }

/** The association's events (Medusa authenticates every /admin route before these). */
export const adminEventRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/events", middlewares: [validateAndTransformQuery(AdminGetEventsParams, noFields)] },
  { method: ["POST"], matcher: "/admin/events", middlewares: [validateAndTransformBody(AdminCreateEvent)] },
  { method: ["GET"], matcher: "/admin/events/:id", middlewares: [validateAndTransformQuery(AdminGetEventParams, noFields)] },
  { method: ["POST"], matcher: "/admin/events/:id", middlewares: [validateAndTransformBody(AdminUpdateEvent)] },
]
