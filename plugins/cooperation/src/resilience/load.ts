import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE, type LedgerModuleService } from "@genussnetz/marketplace/modules/ledger"
import type { ProducerCraft, ProducerStatus } from "@genussnetz/producers/modules/producer"
import { inRegion, PROVENANCE_MODULE, type ProvenanceModuleService } from "@genussnetz/provenance/modules/provenance"
import { buildNetwork, type Network } from "./network"

export type NetworkBusiness = {
  id: string
  handle: string
  name: string
  craft: ProducerCraft
  status: ProducerStatus
  town: string
  district: string
  latitude: number
  longitude: number
  in_region: boolean
}
export type NetworkProduct = { id: string; title: string; handle: string; producer_id: string }

/** The network with the businesses and the shop's products it is about. */
export type NetworkSnapshot = { network: Network; businesses: Map<string, NetworkBusiness>; products: NetworkProduct[] }

/**
 * Reads the network as it stands: the provenance module's live links and inputs, every producer
 * with its place (and whether it lies in the provenance region), and the published products with
 * their makers. Drafts are left out: nothing is sold of them, so nothing of them is at risk.
 */
export async function loadNetworkSnapshot(scope: MedusaContainer): Promise<NetworkSnapshot> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const provenance = scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const region = provenance.getRegion()
  const [{ links, inputs }, { data: producers }, { data: products }] = await Promise.all([
    provenance.listLiveNetwork(),
    query.graph({ entity: "producer", fields: ["id", "handle", "name", "craft", "status", "town", "district", "latitude", "longitude"] }),
    query.graph({ entity: "product", fields: ["id", "title", "handle", "producer.id"], filters: { status: "published" } }),
  ])
  const businesses = new Map<string, NetworkBusiness>(
    producers.map((producer: any) => [
      producer.id,
      { ...producer, latitude: Number(producer.latitude), longitude: Number(producer.longitude), in_region: inRegion({ latitude: Number(producer.latitude), longitude: Number(producer.longitude) }, region) },
    ])
  )
  return {
    network: buildNetwork({ links, inputs, producers: [...businesses.values()] }),
    businesses,
    products: products
      .filter((product: any) => product.producer?.id)
      .map((product: any) => ({ id: product.id, title: product.title, handle: product.handle, producer_id: product.producer.id })),
  }
}

/** How many days of sales the monthly figures are averaged over (the "last 90 days"). */
export const SALES_WINDOW_DAYS = 90

/** One line of a placed order as the money figures read it: what the shopper paid for a product. */
export type PaidLine = { order_id: string; product_id: string; amount: number }

/**
 * What shoppers paid line by line for orders placed from `since` until `until` (unit price ×
 * quantity, VAT included, before any promotion), without cancelled orders and without the parts
 * of orders a producer cancelled (a line is its product's producer's part). One order, when named.
 */
export async function paidLines(scope: MedusaContainer, { since, until, orderId }: { since?: Date; until?: Date; orderId?: string }): Promise<PaidLine[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    // Unit price × quantity as stored (the quantity is the item's detail): asking for `total` would
    // make the Order Module compute every order's totals, seconds for a season's orders; the shop's
    // prices include VAT, so this is what the shopper paid for the line before any promotion.
    fields: ["id", "status", "items.product_id", "items.unit_price", "items.detail.quantity"],
    filters: {
      ...(orderId ? { id: orderId } : {}),
      ...(since || until ? { created_at: { ...(since ? { $gte: since } : {}), ...(until ? { $lt: until } : {}) } } : {}),
    },
  })
  const placed = orders.filter((order: any) => order.status !== "canceled")
  const productIds = [...new Set(placed.flatMap((order: any) => (order.items ?? []).map((item: any) => item?.product_id).filter(Boolean)))]
  const ledger = scope.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [canceledParts, { data: products }] = placed.length
    ? await Promise.all([
        ledger.listOrderParts({ order_id: placed.map((order: any) => order.id), status: "canceled" }, { select: ["order_id", "producer_id"], take: null }),
        query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: productIds }, withDeleted: true }),
      ])
    : [[], { data: [] }]
  const producerOf = new Map<string, string>(products.map((product: any) => [product.id, product.producer?.id]))
  const canceled = new Set(canceledParts.map((part) => `${part.order_id}\u0000${part.producer_id}`))
  return placed.flatMap((order: any) =>
    (order.items ?? [])
      .filter((item: any) => item?.product_id && !canceled.has(`${order.id}\u0000${producerOf.get(item.product_id)}`))
      .map((item: any) => ({ order_id: order.id, product_id: item.product_id, amount: Number(item.unit_price ?? 0) * Number(item.detail?.quantity ?? 0) }))
  )
}

/** What shoppers paid per product in the last 90 days (see paidLines); averaged to a month by `monthly`. */
export async function salesByProduct(scope: MedusaContainer, now = new Date()): Promise<Map<string, number>> {
  const lines = await paidLines(scope, { since: new Date(now.getTime() - SALES_WINDOW_DAYS * 86_400_000) })
  const sales = new Map<string, number>()
  for (const line of lines) sales.set(line.product_id, (sales.get(line.product_id) ?? 0) + line.amount)
  return sales
}

/** A 90-day sum as a month's average, in cents-rounded euros. */
export const monthly = (ninetyDays: number) => Math.round(((ninetyDays * 30) / SALES_WINDOW_DAYS) * 100) / 100
