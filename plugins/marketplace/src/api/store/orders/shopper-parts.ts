import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { orderPartViews } from "../../utils/order-part-view"
import { StoreOrderParts, type StoreOrderPartType, type StoreOrderPartsType } from "./responses"

const cents = (value: number) => Math.round(value * 100) / 100

/** Goods and shipping of a ledger entry (gross, as the shopper paid or got back). */
const moneyOf = (entry: { goods_total: unknown; shipping_total: unknown }) => Number(entry.goods_total) + Number(entry.shipping_total)

/**
 * The shopper's view of an order's parts: the producer-facing part view (one call per part,
 * as the order mails read it) narrowed to what the shopper may see, with the producer's name
 * and the parcel's tracking added. What the part view knows of the association's books is
 * read only to say what was charged and what was given back; no commission, payout or entry
 * leaves here. The answer is parsed with the route's contract, so a field added to the part
 * view never reaches the shopper by accident.
 */
export async function shopperOrderParts(container: MedusaContainer, orderId: string, locale?: string): Promise<StoreOrderPartsType> {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const parts = await ledger.listOrderParts({ order_id: orderId }, { select: ["id", "producer_id", "fulfillment_id"] })
  if (!parts.length) return { order_parts: [] }
  const fulfillmentIds = parts.map((part) => part.fulfillment_id).filter((id): id is string => Boolean(id))
  const [views, { data: producers }, { data: fulfillments }] = await Promise.all([
    Promise.all(parts.map((part) => orderPartViews(container, part.producer_id, [part.id]))),
    query.graph(
      { entity: "producer", filters: { id: [...new Set(parts.map((part) => part.producer_id))] }, fields: ["id", "handle", "name"] },
      locale ? { locale } : undefined
    ),
    fulfillmentIds.length
      ? query.graph({ entity: "fulfillment", filters: { id: fulfillmentIds }, fields: ["id", "labels.tracking_number", "labels.tracking_url"] })
      : Promise.resolve({ data: [] as any[] }),
  ])
  const producerOf = new Map<string, { handle: string; name: string }>(producers.map((p: any) => [p.id, { handle: p.handle, name: p.name }]))
  const trackingOf = new Map<string, StoreOrderPartType["tracking"]>(
    fulfillments.map((f: any) => [
      f.id,
      (f.labels ?? [])
        .filter((label: any) => label?.tracking_number)
        .map((label: any) => ({ number: String(label.tracking_number), url: label.tracking_url || null })),
    ])
  )
  const all = views.flat()
  const moneyOfView = (view: (typeof all)[number]) => {
    const entries = view.entries as { kind: string; goods_total: unknown; shipping_total: unknown }[]
    const sum = (kind: string) => entries.filter((entry) => entry.kind === kind).reduce((total, entry) => total + moneyOf(entry), 0)
    // Refund entries are negative: what went back is their opposite.
    // A void (the payment failed after the order was placed) takes back what was charged.
    return { charged: sum("sale") + sum("void"), refunded: -sum("refund") }
  }
  // A maker whose part only supplies a Genusspaket's component sends nothing itself: the shopper
  // gets the packer's box, and pays and is refunded the box. Its money is told with the packer's
  // part (the one whose box holds the maker's goods), not as a part of its own.
  const supplyOnly = (view: (typeof all)[number]) => !view.items.length && view.components.length > 0
  const shown = all.filter((view) => !supplyOnly(view))
  const money = new Map(shown.map((view) => [view.id, moneyOfView(view)]))
  for (const supplier of all.filter(supplyOnly)) {
    const producerId = parts.find((p) => p.id === supplier.id)!.producer_id
    const packer = shown.find((view) => view.items.some((item: any) => (item.bundle_contents ?? []).some((content: any) => content.producer_id === producerId)))
    if (!packer) continue
    const own = money.get(packer.id)!
    const supplied = moneyOfView(supplier)
    money.set(packer.id, { charged: own.charged + supplied.charged, refunded: own.refunded + supplied.refunded })
  }
  const answer = shown.map((view): StoreOrderPartType => {
    const part = parts.find((p) => p.id === view.id)!
    const { charged, refunded } = money.get(view.id)!
    return {
      id: view.id,
      status: view.status,
      producer: producerOf.get(part.producer_id) ?? null,
      shipping_methods: view.shipping_methods.map((method: any) => ({
        name: String(method.name ?? ""),
        kind: method.kind ?? null,
        amount: Number(method.amount ?? 0),
        pickup_hours: method.pickup_hours ?? null,
        pickup_address: method.pickup_address ?? null,
      })),
      tracking: part.fulfillment_id ? (trackingOf.get(part.fulfillment_id) ?? []) : [],
      items: view.items.map((item: any) => ({
        id: item.id,
        title: String(item.title ?? ""),
        variant_title: item.variant_title ?? null,
        quantity: Number(item.quantity),
        total: Number(item.total),
      })),
      currency_code: view.currency_code,
      charged_total: cents(charged),
      refunded_total: cents(refunded) || 0,
    }
  })
  answer.sort((a, b) => (a.producer?.name ?? "").localeCompare(b.producer?.name ?? "", "de"))
  return StoreOrderParts.parse({ order_parts: answer })
}
