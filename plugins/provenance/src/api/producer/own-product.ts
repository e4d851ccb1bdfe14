import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { producersOfProducts } from "../../workflows/provenance/product-producers"

/** The logged-in producer (actor type "producer"); its id is the producer's. */
export const actingProducer = (req: MedusaRequest) => (req as unknown as { auth_context: { actor_id: string } }).auth_context.actor_id

/** A producer touches only its own products: anyone else's is "not found". */
export async function assertOwnProduct(req: MedusaRequest, productId: string) {
  const producerOf = await producersOfProducts(req.scope, [productId])
  if (producerOf.get(productId) !== actingProducer(req)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id "${productId}" was not found`)
  }
}
