import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { loadOrderMail, orderConfirmationMail, producerOrderMail, sendMails, type OutgoingMail } from "../notifications"

/**
 * When an order is placed: the shopper's one confirmation with all producers' parts, and each
 * producer's "new order" mail with its own part. Each mail has its idempotency key, so the same
 * event delivered twice sends nothing more.
 */
export default async function orderPlacedMails({ event, container }: SubscriberArgs<{ id: string }>) {
  const order = await loadOrderMail(container, event.data.id)
  if (!order) return
  const mails: OutgoingMail[] = []
  if (order.email) {
    mails.push({
      to: order.email,
      template: "order-confirmation",
      idempotency_key: `order-confirmation:${order.id}`,
      content: orderConfirmationMail(order),
      resource_type: "order",
      resource_id: order.id,
      trigger_type: event.name,
    })
  }
  const { parts, ...orderWithoutParts } = order
  for (const part of parts) {
    // A producer without an e-mail address gets no mail; it finds the part in its order list
    // (GET /producer/order-parts), and the association reaches it by its other ways.
    if (!part.producer.email) continue
    mails.push({
      to: part.producer.email,
      template: "producer-new-order",
      idempotency_key: `producer-new-order:${part.id}`,
      content: producerOrderMail(orderWithoutParts, part),
      resource_type: "order_part",
      resource_id: part.id,
      trigger_type: event.name,
    })
  }
  await sendMails(container, mails)
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "genussnetz-order-placed-mails" },
}
