import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSubmitApplication } from "./validators"

export const storeProducerApplicationRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/producer-applications", middlewares: [validateAndTransformBody(StoreSubmitApplication)] },
]
