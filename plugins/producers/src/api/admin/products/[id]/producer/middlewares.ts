import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateProductAdditionalData, AdminGetProductProducerParams, AdminSetProductProducer } from "./validators"

export const adminProductProducerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/products/:id/producer",
    middlewares: [validateAndTransformQuery(AdminGetProductProducerParams, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/products/:id/producer",
    middlewares: [validateAndTransformBody(AdminSetProductProducer)],
  },
  // Medusa's own product creation: `additional_data.producer_id` is checked for its form
  // here (400), for its existence in the productsCreated hook, which links it.
  {
    method: ["POST"],
    matcher: "/admin/products",
    additionalDataValidator: AdminCreateProductAdditionalData,
  },
]
