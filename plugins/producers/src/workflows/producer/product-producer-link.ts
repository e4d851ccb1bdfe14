import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"

/** One row of the producer ↔ product link (links/producer-product.ts), as Medusa's Link writes it. */
export function productProducerLink(producerId: string, productId: string) {
  return {
    [PRODUCER_MODULE]: { producer_id: producerId },
    [Modules.PRODUCT]: { product_id: productId },
  }
}

/**
 * Fails with INVALID_DATA (400) unless the producer exists, so a workflow refuses a product
 * for an unknown producer before it links anything.
 */
export async function assertProducerExists(container: MedusaContainer, producerId: unknown) {
  if (typeof producerId !== "string" || !producerId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "producer_id must be a producer's id")
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["id"], filters: { id: producerId } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Producer with id ${producerId} does not exist (producer_id)`)
  }
  return producerId
}
