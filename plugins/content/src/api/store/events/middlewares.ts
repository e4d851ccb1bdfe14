import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetEventFeedParams, StoreGetEventParams, StoreGetEventsParams } from "./validators"

const noFields = { defaults: [], isList: false }

export const storeEventRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/events", middlewares: [validateAndTransformQuery(StoreGetEventsParams, noFields)] },
  { method: ["GET"], matcher: "/store/events.ics", middlewares: [validateAndTransformQuery(StoreGetEventFeedParams, noFields)] },
  { method: ["GET"], matcher: "/store/events/:handle", middlewares: [validateAndTransformQuery(StoreGetEventParams, noFields)] },
  { method: ["GET"], matcher: "/store/events/:handle/ical", middlewares: [validateAndTransformQuery(StoreGetEventFeedParams, noFields)] },
]
