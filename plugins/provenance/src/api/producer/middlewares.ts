import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  ProducerCreateClaim,
  ProducerCreateProductInput,
  ProducerDeclareSupplyLink,
  ProducerGetSupplyLinksParams,
  ProducerSetMeatOrigin,
  ProducerUpdateSupplyLinkStatus,
} from "./validators"

/** Routes for logged-in producers (actor type "producer", logins set up by the association). */
export const producerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer*",
    middlewares: [authenticate("producer", ["bearer", "session"])],
  },
  {
    method: ["GET"],
    matcher: "/producer/supply-links",
    middlewares: [validateAndTransformQuery(ProducerGetSupplyLinksParams, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/producer/supply-links",
    middlewares: [validateAndTransformBody(ProducerDeclareSupplyLink)],
  },
  {
    method: ["POST"],
    matcher: "/producer/supply-links/:id/status",
    middlewares: [validateAndTransformBody(ProducerUpdateSupplyLinkStatus)],
  },
  {
    method: ["POST"],
    matcher: "/producer/product-inputs",
    middlewares: [validateAndTransformBody(ProducerCreateProductInput)],
  },
  {
    method: ["POST"],
    matcher: "/producer/claims",
    middlewares: [validateAndTransformBody(ProducerCreateClaim)],
  },
  {
    method: ["POST"],
    matcher: "/producer/products/:id/meat-origin",
    middlewares: [validateAndTransformBody(ProducerSetMeatOrigin)],
  },
]
