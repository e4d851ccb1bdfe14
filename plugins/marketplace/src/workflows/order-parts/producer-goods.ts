import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * What of a shopper's order is a producer's: the lines of its products and the shipping methods
 * of its shipping options (one per way it delivers), each option with its way ("pickup",
 * "delivery", "parcel") and the stock location it ships from.
 */
export async function producerGoods(container: MedusaContainer, producerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({
    entity: "producer",
    filters: { id: producerId },
    fields: ["products.id", "shipping_profile.id"],
  })
  const { data: options } = await query.graph({
    entity: "shipping_option",
    filters: { shipping_profile_id: producers[0]?.shipping_profile?.id ?? "none" },
    fields: ["id", "type.code", "service_zone.fulfillment_set.location.id"],
  })
  return {
    productIds: new Set<string>((producers[0]?.products ?? []).map((product: { id: string }) => product.id)),
    options: new Map<string, { kind: string | null; location_id: string | null }>(
      options.map((option: any) => [option.id, { kind: option.type?.code ?? null, location_id: option.service_zone?.fulfillment_set?.location?.id ?? null }])
    ),
  }
}
