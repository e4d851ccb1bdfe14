import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Which producer makes each product (through the producer ↔ product link); absent ids are unknown products. */
export async function producersOfProducts(container: MedusaContainer, productIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "producer.id"],
    filters: { id: [...new Set(productIds)] },
  })
  return new Map<string, string | null>(
    data.map((product: { id: string; producer?: { id: string } | null }) => [product.id, product.producer?.id ?? null])
  )
}

/** Which of the given ids name producers of the network (whatever their status). */
export async function existingProducerIds(container: MedusaContainer, producerIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["id"], filters: { id: [...new Set(producerIds)] } })
  return new Set<string>(data.map((producer: { id: string }) => producer.id))
}
