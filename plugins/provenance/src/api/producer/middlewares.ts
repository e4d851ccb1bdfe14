import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  ProducerCreateClaim,
  ProducerCreateProductInput,
  ProducerDeclareSupplyLink,
  ProducerGetClaimsParams,
  ProducerGetSupplyLinksParams,
  ProducerGetMeatOriginParams,
  ProducerGetProductInputsParams,
  ProducerSetMeatOrigin,
  ProducerUpdateSupplyLinkStatus,
} from "./validators"
import { defineOwnershipRule, ensureOwnBodyRecord } from "@genussnetz/producers/ownership"
import { readUpload } from "@genussnetz/producers/photos"
import { producersOfProducts } from "@genussnetz/producers/workflows"
import { EVIDENCE_CONTENT_TYPES, EVIDENCE_MAX_BYTES } from "../../evidence/prepare-evidence"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Either end of a supply link may see it; what each end may then do (the supplier
 * confirms, either ends it) is the workflow's business and answers 403.
 */
defineOwnershipRule("supply-links", async (container: MedusaContainer, producerId: string, ids: string[]) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "supply_link",
    fields: ["id"],
    filters: { id: ids, $or: [{ supplier_id: producerId }, { customer_id: producerId }] },
  })
  return new Set<string>(data.map((link: { id: string }) => link.id))
})

/** A producer's claims are those it filed. */
defineOwnershipRule("claims", async (container: MedusaContainer, producerId: string, ids: string[]) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "claim", fields: ["id"], filters: { id: ids, producer_id: producerId } })
  return new Set<string>(data.map((claim: { id: string }) => claim.id))
})

/** A producer's product inputs are those of its own products. */
defineOwnershipRule("product-inputs", async (container: MedusaContainer, producerId: string, ids: string[]) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_input", fields: ["id", "product_id"], filters: { id: ids } })
  const producerOf = await producersOfProducts(container, [...new Set(data.map((input: { product_id: string }) => input.product_id))])
  return new Set<string>(data.filter((input: { product_id: string }) => producerOf.get(input.product_id) === producerId).map((input: { id: string }) => input.id))
})

/**
 * The provenance routes of a logged-in producer. Login and ownership of every
 * `/producer/<kind>/<id>` are checked before these by the producers plugin (`/producer*`).
 */
export const producerProvenanceRoutesMiddlewares: MiddlewareRoute[] = [
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
    method: ["GET"],
    matcher: "/producer/products/:id/inputs",
    middlewares: [validateAndTransformQuery(ProducerGetProductInputsParams, { defaults: [], isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/producer/claims",
    middlewares: [validateAndTransformQuery(ProducerGetClaimsParams, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/producer/claims",
    middlewares: [validateAndTransformBody(ProducerCreateClaim), ensureOwnBodyRecord("products", "product_id")],
  },
  {
    // The document is the body itself (its bytes, as the browser read the file), not JSON.
    method: ["POST"],
    matcher: "/producer/claims/:id/evidence",
    bodyParser: false,
    middlewares: [readUpload("evidence document", EVIDENCE_CONTENT_TYPES, EVIDENCE_MAX_BYTES)],
  },
  {
    method: ["POST"],
    matcher: "/producer/products/:id/meat-origin",
    middlewares: [validateAndTransformBody(ProducerSetMeatOrigin)],
  },
  {
    method: ["GET"],
    matcher: "/producer/products/:id/meat-origin",
    middlewares: [validateAndTransformQuery(ProducerGetMeatOriginParams, { defaults: [], isList: false })],
  },
]
