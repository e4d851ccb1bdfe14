import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, remainingOfPart, saleRateOfPart, type OrderPartStatus, type PartSale } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { bundleComponentsOf, bundlePieces, componentsOf } from "../../bundles/bundle-components"
import { producerGoods } from "../producer-goods"

/**
 * Another producer's part of the same order that holds components of this part's Genusspakete:
 * it follows this part (the host packs and sends the bundle), and when the bundle is cancelled
 * its share of the bundle goes back with it.
 */
export type CompanionPart = {
  id: string
  /** The part holds nothing but components of this part's bundles: its status follows this part's. */
  only_components: boolean
  /** Its share of this part's bundle lines, as charged. */
  bundle_share: number
  remaining: Omit<PartSale, "commission_rate">
  sale_rate: number
}

/** Everything a part action decides on, read at once. */
export type OrderPartState = {
  id: string
  order_id: string
  producer_id: string
  status: OrderPartStatus
  fulfillment_id: string | null
  /** The part's way of delivery: "pickup", "delivery" or "parcel" (null: an order without its method). */
  kind: string | null
  shipping_option_id: string | null
  /** The part's lines in Medusa's order. */
  items: { id: string; quantity: number }[]
  /** The part's components of Genusspakete in the order (its maker's share; the bundle's host packs it). */
  components: { line_item_id: string; bundle_title: string; title: string; variant_title: string; quantity: number; total: number }[]
  /** The part holds only components of Genusspakete another producer packs: it follows that part. */
  supply_only: boolean
  /** The parts holding components of this part's Genusspakete. */
  companions: CompanionPart[]
  /** The order's payment (the shopper pays once for all parts). */
  payment: { id: string; amount: number; captured: number; refunded: number } | null
  /** The part's money lines now (sale and refunds so far) and the rate its sale was taken at. */
  remaining: Omit<PartSale, "commission_rate">
  sale_rate: number
}

const sum = (rows: { amount: unknown }[] | undefined) => (rows ?? []).reduce((total, row) => total + Number(row.amount), 0)

/** Reads one order part with what of the order is its producer's, and the order's payment. */
export const loadOrderPartStep = createStep("load-order-part", async (input: { id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_part",
    filters: { id: input.id },
    fields: [
      "id",
      "order_id",
      "producer_id",
      "status",
      "fulfillment_id",
      "entries.*",
    ],
  })
  const part = data[0]
  if (!part) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order part with id "${input.id}" was found`)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    filters: { id: part.order_id },
    fields: [
      // Not "items.quantity" alone: the Order Module fills an item's quantity in from its details
      // only when it loads the whole item.
      "items.*",
      // Asking for the order's total makes the Order Module compute its lines' totals (a bundle's
      // line is split among its makers by them).
      "total",
      "items.total",
      "items.tax_total",
      "shipping_methods.shipping_option_id",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
  })
  const goods = await producerGoods(container, part.producer_id)
  const orderItems = (order?.items ?? []).filter(Boolean) as any[]
  const bundles = await bundleComponentsOf(container, orderItems.map((item) => item.variant_id).filter(Boolean))
  const pieces = bundlePieces(orderItems, bundles)
  const ownItems = orderItems.filter((item) => goods.productIds.has(item.product_id))
  const components = componentsOf(pieces, part.producer_id)
  const companions = await companionParts(
    container,
    part,
    // The others' pieces of the bundles this part packs.
    pieces.filter((piece) => ownItems.some((item) => item.id === piece.line_item_id) && piece.producer_id !== part.producer_id),
    orderItems
  )
  const method = (order?.shipping_methods ?? []).find((m: any) => goods.options.has(m.shipping_option_id))
  const option = method ? goods.options.get(method.shipping_option_id) : undefined
  const payment = (order?.payment_collections ?? []).flatMap((collection: any) => collection.payments ?? []).find((p: any) => !p.canceled_at)
  const state: OrderPartState = {
    id: part.id,
    order_id: part.order_id,
    producer_id: part.producer_id,
    status: part.status,
    fulfillment_id: part.fulfillment_id ?? null,
    kind: option?.kind ?? null,
    shipping_option_id: method?.shipping_option_id ?? null,
    items: ownItems.map((item) => ({ id: item.id, quantity: Number(item.quantity) })),
    components,
    supply_only: !ownItems.length && components.length > 0,
    companions,
    payment: payment
      ? { id: payment.id, amount: Number(payment.amount), captured: sum(payment.captures), refunded: sum(payment.refunds) }
      : null,
    remaining: remainingOfPart(part.entries ?? []),
    sale_rate: saleRateOfPart((part.entries ?? []) as any[]),
  }
  return new StepResponse(state)
})

/**
 * The parts of `part`'s order that hold components (`pieces`) of its Genusspakete, with their
 * share of them and whether they hold anything else of the order.
 */
async function companionParts(
  container: MedusaContainer,
  part: { order_id: string },
  pieces: { producer_id: string; total: number }[],
  orderItems: any[]
): Promise<CompanionPart[]> {
  const shares = new Map<string, number>()
  for (const piece of pieces) shares.set(piece.producer_id, (shares.get(piece.producer_id) ?? 0) + piece.total)
  if (!shares.size) return []
  const parts = await container
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listOrderParts({ order_id: part.order_id, producer_id: [...shares.keys()] }, { relations: ["entries"] })
  const { data: products } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    filters: { id: [...new Set(orderItems.map((item) => item.product_id).filter(Boolean))] },
    fields: ["id", "producer.id"],
  })
  const sellers = new Set(products.map((product: any) => product.producer?.id).filter(Boolean))
  return parts.map((companion) => ({
    id: companion.id,
    only_components: !sellers.has(companion.producer_id),
    bundle_share: Math.round((shares.get(companion.producer_id) ?? 0) * 100) / 100,
    remaining: remainingOfPart((companion.entries ?? []) as any[]),
    sale_rate: saleRateOfPart((companion.entries ?? []) as any[]),
  }))
}
