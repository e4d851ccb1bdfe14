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
import { ensureOwnBodyRecord, ensureOwnPathRecord } from "./ownership"

/**
 * Routes for logged-in producers (actor type "producer", logins set up by the association).
 * Medusa runs wildcard matchers before a route's own entries, so every `/producer/<kind>/<id>`
 * is checked for ownership before its validators and handler see it.
 */
export const producerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer*",
    middlewares: [authenticate("producer", ["bearer", "session"]), ensureOwnPathRecord],
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
    middlewares: [validateAndTransformBody(ProducerCreateProductInput), ensureOwnBodyRecord("products", "product_id")],
  },
  {
    method: ["POST"],
    matcher: "/producer/claims",
    middlewares: [validateAndTransformBody(ProducerCreateClaim), ensureOwnBodyRecord("products", "product_id")],
  },
  {
    method: ["POST"],
    matcher: "/producer/products/:id/meat-origin",
    middlewares: [validateAndTransformBody(ProducerSetMeatOrigin)],
  },
]
