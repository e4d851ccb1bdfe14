import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OpeningHours } from "@genussnetz/producers/http"

/**
 * What a producer sees of an order: its part only — its items, its shipping method (and its
 * way: pickup with the pickup hours and place, delivery, parcel), where the goods go, its money
 * lines — never another producer's lines or the shopper's payment. The order mails are written
 * from the same view (notifications/load.ts).
 */
export async function orderPartViews(container: MedusaContainer, producerId: string, partIds: string[]) {
  if (!partIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: parts } = await query.graph({
    entity: "order_part",
    filters: { id: partIds, producer_id: producerId },
    fields: [
      "id",
      "order_id",
      "currency_code",
      "created_at",
      "entries.*",
      "order.display_id",
      // Asking for the order's total makes the Order Module compute its lines' totals.
      "order.total",
      "order.email",
      "order.items.id",
      "order.items.product_id",
      "order.items.title",
      "order.items.subtitle",
      "order.items.variant_title",
      "order.items.quantity",
      "order.items.unit_price",
      "order.items.total",
      "order.shipping_methods.name",
      "order.shipping_methods.amount",
      "order.shipping_methods.shipping_option_id",
      "order.shipping_address.first_name",
      "order.shipping_address.last_name",
      "order.shipping_address.address_1",
      "order.shipping_address.address_2",
      "order.shipping_address.postal_code",
      "order.shipping_address.city",
      "order.shipping_address.phone",
    ],
  })
  const { data: producers } = await query.graph({
    entity: "producer",
    filters: { id: producerId },
    fields: ["products.id", "shipping_profile.id"],
  })
  const ownProducts = new Set((producers[0]?.products ?? []).map((product: { id: string }) => product.id))
  const { data: ownOptions } = await query.graph({
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
  const ownOptionById = new Map(ownOptions.map((option: any) => [option.id as string, option]))
  return parts.map((part: any) => ({
    id: part.id,
    order_id: part.order_id,
    order_display_id: part.order?.display_id ?? null,
    created_at: part.created_at,
    currency_code: part.currency_code,
    email: part.order?.email ?? null,
    items: (part.order?.items ?? [])
      .filter((item: any) => ownProducts.has(item.product_id))
      .map(({ id, title, subtitle, variant_title, quantity, unit_price, total }: any) => ({ id, title, subtitle, variant_title, quantity, unit_price, total })),
    shipping_methods: (part.order?.shipping_methods ?? [])
      .filter((method: any) => ownOptionById.has(method.shipping_option_id))
      .map(({ name, amount, shipping_option_id }: any) => ({ name, amount, ...wayOfDelivery(ownOptionById.get(shipping_option_id)) })),
    shipping_address: part.order?.shipping_address ?? null,
    entries: (part.entries ?? []).map(({ id, kind, created_at, goods_total, goods_tax_total, shipping_total, shipping_tax_total, commission_rate, commission_total, payout_total }: any) => ({
      id, kind, created_at, goods_total, goods_tax_total, shipping_total, shipping_tax_total, commission_rate, commission_total, payout_total,
    })),
  }))
}

/** How a shipping option brings the goods: its type's code (pickup, delivery, parcel) and, for pickup, when and where. */
function wayOfDelivery(option: any) {
  const kind: string | null = option?.type?.code ?? null
  const address = option?.service_zone?.fulfillment_set?.location?.address
  return {
    kind,
    pickup_hours: kind === "pickup" && Array.isArray(option?.data?.pickup_hours) ? (option.data.pickup_hours as OpeningHours) : null,
    pickup_address: kind === "pickup" && address ? { address_1: address.address_1 ?? null, postal_code: address.postal_code ?? null, city: address.city ?? null } : null,
  }
}

export type OrderPartView = Awaited<ReturnType<typeof orderPartViews>>[number]
