import { OrderPartEvents, type OrderPartEventName } from "../order-part-events"
import { type Block, money, renderMail } from "@genussnetz/producers/mail"
import { orderNumber, shopperName } from "./order-confirmation"
import { deliveryBlocks } from "./delivery"
import { TEXTS } from "./texts"
import type { MailContent, OrderMail, PartMail } from "./types"

const HEADLINE = {
  [OrderPartEvents.FULFILLED]: "fulfilled",
  [OrderPartEvents.READY_FOR_PICKUP]: "ready_for_pickup",
  [OrderPartEvents.SHIPPED]: "shipped",
  [OrderPartEvents.DELIVERED]: "delivered",
  [OrderPartEvents.CANCELED]: "canceled",
  [OrderPartEvents.REFUNDED]: "refunded",
  [OrderPartEvents.VOIDED]: "voided",
} as const satisfies Record<OrderPartEventName, string>

/**
 * The shopper's mail when one producer's part of the order changes: what happened, the part's
 * items; for pickup the hours and the place, for a refund the amount, for a cancellation what it
 * means for the rest of the order; and the order page.
 */
export function partStatusMail(event: OrderPartEventName, order: OrderMail, part: PartMail, refunded?: number): MailContent {
  const { locale, currency_code: currency } = order
  const texts = TEXTS[locale]
  const headline = texts.status[HEADLINE[event]](part.producer.name)
  const details: Block[] =
    event === OrderPartEvents.READY_FOR_PICKUP
      ? deliveryBlocks(locale, currency, part.deliveries.filter((delivery) => delivery.kind === "pickup"))
      : event === OrderPartEvents.CANCELED
        ? [{ kind: "paragraph", text: texts.status.canceledNote }]
        : event === OrderPartEvents.VOIDED
          ? [{ kind: "paragraph", text: texts.status.voidedNote }]
        : event === OrderPartEvents.REFUNDED && refunded !== undefined
          ? [{ kind: "paragraph", text: texts.status.refundedAmount(money(locale, refunded, currency)) }]
          : []
  const blocks: Block[] = [
    { kind: "paragraph", text: texts.greeting(shopperName(order)) },
    { kind: "heading", text: headline },
    ...details,
    { kind: "heading", text: texts.status.itemsOf(part.producer.name) },
    { kind: "items", items: part.items, currency },
    { kind: "link", label: texts.orderPage, href: order.order_url },
  ]
  return renderMail({ locale, subject: texts.status.subject(orderNumber(order), headline), blocks })
}
