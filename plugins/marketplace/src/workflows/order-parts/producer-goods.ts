import type { OpeningHours } from "@genussnetz/producers/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * How one of a producer's shipping options brings the goods: its way ("pickup", "delivery",
 * "parcel") and, for pickup, when and where (its own place, or the weekly market's).
 */
export type WayOfDelivery = {
  kind: string | null
  pickup_hours: OpeningHours | null
  pickup_address: { address_1: string | null; postal_code: string | null; city: string | null } | null
}

function wayOfDelivery(option: any): WayOfDelivery {
  const kind: string | null = option?.type?.code ?? null
  // A weekly market's pickup is at the market, not at the producer's own place.
  const address = option?.data?.pickup_address ?? option?.service_zone?.fulfillment_set?.location?.address
  return {
    kind,
    pickup_hours: kind === "pickup" && Array.isArray(option?.data?.pickup_hours) ? (option.data.pickup_hours as OpeningHours) : null,
    pickup_address: kind === "pickup" && address ? { address_1: address.address_1 ?? null, postal_code: address.postal_code ?? null, city: address.city ?? null } : null,
  }
}

/**
 * What of a shopper's order is a producer's: the lines of its products and the shipping methods
 * of its shipping options (one per way it delivers), each option with its way of delivery.
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
    fields: [
      "id",
      "type.code",
      "data",
      "service_zone.fulfillment_set.location.address.address_1",
      "service_zone.fulfillment_set.location.address.postal_code",
      "service_zone.fulfillment_set.location.address.city",
    ],
  })
  return {
    productIds: new Set<string>((producers[0]?.products ?? []).map((product: { id: string }) => product.id)),
    options: new Map<string, WayOfDelivery>(options.map((option: any) => [option.id, wayOfDelivery(option)])),
  }
}
