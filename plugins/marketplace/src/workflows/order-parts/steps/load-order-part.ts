import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { remainingOfPart, type OrderPartStatus, type PartSale } from "../../../modules/ledger"
import { producerGoods } from "../producer-goods"

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
  location_id: string | null
  /** The part's lines in Medusa's order. */
  items: { id: string; quantity: number }[]
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
      "shipping_methods.shipping_option_id",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
  })
  const goods = await producerGoods(container, part.producer_id)
  const method = (order?.shipping_methods ?? []).find((m: any) => goods.options.has(m.shipping_option_id))
  const option = method ? goods.options.get(method.shipping_option_id) : undefined
  const payment = (order?.payment_collections ?? []).flatMap((collection: any) => collection.payments ?? []).find((p: any) => !p.canceled_at)
  const sale = (part.entries ?? []).find((entry: any) => entry.kind === "sale")
  const state: OrderPartState = {
    id: part.id,
    order_id: part.order_id,
    producer_id: part.producer_id,
    status: part.status,
    fulfillment_id: part.fulfillment_id ?? null,
    kind: option?.kind ?? null,
    shipping_option_id: method?.shipping_option_id ?? null,
    location_id: option?.location_id ?? null,
    items: (order?.items ?? [])
      .filter((item: any) => goods.productIds.has(item.product_id))
      .map((item: any) => ({ id: item.id, quantity: Number(item.quantity) })),
    payment: payment
      ? { id: payment.id, amount: Number(payment.amount), captured: sum(payment.captures), refunded: sum(payment.refunds) }
      : null,
    remaining: remainingOfPart(part.entries ?? []),
    sale_rate: Number(sale?.commission_rate ?? 0),
  }
  return new StepResponse(state)
})
