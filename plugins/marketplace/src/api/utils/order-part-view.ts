import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refundableOfPart, remainingOfPart } from "../../modules/ledger"
import { bundleComponentsOf, bundlePieces, componentsOf } from "../../workflows/bundles/bundle-components"
import { producerGoods } from "../../workflows/order-parts/producer-goods"

/** The fields of a ledger entry a producer sees. */
const ENTRY_FIELDS = [
  "id",
  "kind",
  "created_at",
  "goods_total",
  "goods_tax_total",
  "shipping_total",
  "shipping_tax_total",
  "commission_rate",
  "commission_total",
  "payout_total",
] as const

/**
 * What a producer sees of an order: its part only — where it stands, its items, its shipping
 * method (and its way: pickup with the pickup hours and place, delivery, parcel), where the goods
 * go, its money lines and what of it can still be refunded — never another producer's lines or
 * the shopper's payment. A Genusspaket's line shows what goes into it (for the host, who packs
 * it); a maker's component of a Genusspaket shows as a component with its share of the line. The order mails are written from the same view (notifications/load.ts).
 */
export async function orderPartViews(container: MedusaContainer, producerId: string, partIds: string[]) {
  if (!partIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: parts } = await query.graph({
    entity: "order_part",
    filters: { id: partIds, producer_id: producerId },
    fields: ["id", "order_id", "currency_code", "status", "created_at", "entries.*"],
  })
  const { data: orders } = await query.graph({
    entity: "order",
    filters: { id: [...new Set(parts.map((part: any) => part.order_id as string))] },
    fields: [
      "id",
      "display_id",
      // Asking for the order's total makes the Order Module compute its lines' totals.
      "total",
      "email",
      // Not single item fields: the Order Module fills an item's quantity in from its details
      // only when it loads the whole item.
      "items.*",
      "items.total",
      "items.tax_total",
      "shipping_methods.name",
      "shipping_methods.amount",
      "shipping_methods.shipping_option_id",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "shipping_address.address_1",
      "shipping_address.address_2",
      "shipping_address.postal_code",
      "shipping_address.city",
      "shipping_address.phone",
    ],
  })
  const orderOf = new Map<string, any>(orders.map((order: any) => [order.id, order]))
  const [{ productIds: ownProducts, options: ownOptions }, bundles] = await Promise.all([
    producerGoods(container, producerId),
    bundleComponentsOf(
      container,
      orders.flatMap((order: any) => (order.items ?? []).map((item: any) => item?.variant_id)).filter(Boolean)
    ),
  ])
  return parts.map((part: any) => {
    const order = orderOf.get(part.order_id)
    return {
      id: part.id,
      order_id: part.order_id,
      order_display_id: order?.display_id ?? null,
      created_at: part.created_at,
      currency_code: part.currency_code,
      status: part.status,
      email: order?.email ?? null,
      items: (order?.items ?? [])
        .filter((item: any) => ownProducts.has(item.product_id))
        .map(({ id, title, subtitle, variant_title, variant_id, quantity, unit_price, total }: any) => ({
          id,
          title,
          subtitle,
          variant_title,
          quantity,
          unit_price,
          total,
          ...(bundles.has(variant_id)
            ? {
                bundle_contents: bundles.get(variant_id)!.map((component) => ({
                  title: component.product_title,
                  variant_title: component.variant_title,
                  quantity: Number(quantity) * component.quantity,
                  producer_id: component.producer_id,
                })),
              }
            : {}),
        })),
      components: componentsOf(bundlePieces(order?.items ?? [], bundles), producerId),
      shipping_methods: (order?.shipping_methods ?? [])
        .filter((method: any) => ownOptions.has(method.shipping_option_id))
        .map(({ name, amount, shipping_option_id }: any) => {
          const { kind, pickup_hours, pickup_address } = ownOptions.get(shipping_option_id)!
          return { name, amount, kind, pickup_hours, pickup_address }
        }),
      shipping_address: order?.shipping_address ?? null,
      entries: (part.entries ?? []).map((entry: any) => Object.fromEntries(ENTRY_FIELDS.map((field) => [field, entry[field]]))),
      refundable: refundableOfPart(remainingOfPart(part.entries ?? [])),
    }
  })
}

export type OrderPartView = Awaited<ReturnType<typeof orderPartViews>>[number]
