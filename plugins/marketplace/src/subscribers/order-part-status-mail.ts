import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadOrderMail, partStatusMail, sendMails } from "../notifications"
import { OrderPartEvents, type OrderPartEventData, type OrderPartEventName } from "../order-part-events"

/**
 * When a producer's part of an order changes (packed, ready for pickup, shipped, handed over,
 * cancelled, refunded), the shopper gets one mail about it. Once per part and event — a refund
 * once per part and amount, as the event names no refund of its own.
 */
export default async function orderPartStatusMail({ event, container }: SubscriberArgs<OrderPartEventData>) {
  const { id, order_id, amount } = event.data
  const order = await loadOrderMail(container, order_id)
  const part = order?.parts.find((candidate) => candidate.id === id)
  if (!order?.email || !part) return
  const name = event.name as OrderPartEventName
  await sendMails(container, [
    {
      to: order.email,
      template: `order-part-status:${name}`,
      idempotency_key: `${name}:${id}${name === OrderPartEvents.REFUNDED ? `:${amount ?? ""}` : ""}`,
      content: partStatusMail(name, order, part, amount),
      resource_type: "order_part",
      resource_id: id,
      trigger_type: name,
    },
  ])
}

export const config: SubscriberConfig = {
  event: Object.values(OrderPartEvents),
  context: { subscriberId: "genussnetz-order-part-status-mail" },
}
