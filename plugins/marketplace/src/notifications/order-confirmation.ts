import { addressLines, type Block, money, renderMail } from "@genussnetz/producers/mail"
import { deliveryBlocks } from "./delivery"
import { TEXTS } from "./texts"
import type { MailContent, OrderMail } from "./types"

/** The order's number as the shopper knows it (Medusa's display id), else its id. */
export const orderNumber = (order: Pick<OrderMail, "id" | "display_id">) => String(order.display_id ?? order.id)

/** The shopper's name from the shipping address ("" when it has none). */
export const shopperName = (order: Pick<OrderMail, "shipping_address">) => [order.shipping_address?.first_name, order.shipping_address?.last_name].filter(Boolean).join(" ")

/**
 * The shopper's one confirmation of an order from several producers: per producer its items with
 * quantities and prices incl. VAT, its way of delivery (pickup with hours and place, delivery,
 * parcel) and its price; the order's total and VAT; the shipping address; the order page.
 */
export function orderConfirmationMail(order: OrderMail): MailContent {
  const { locale, currency_code: currency } = order
  const texts = TEXTS[locale]
  const number = orderNumber(order)
  // A part holding only components of a Genusspaket is in the packer's box: the shopper sees the box.
  const parts = order.parts.filter((part) => part.items.length > 0)
  const needsAddress = parts.some((part) => part.deliveries.some((delivery) => delivery.kind !== "pickup"))
  const blocks: Block[] = [
    { kind: "paragraph", text: texts.greeting(shopperName(order)) },
    { kind: "paragraph", text: texts.confirmation.intro(number, parts.length) },
    ...parts.flatMap((part): Block[] => [
      { kind: "heading", text: part.producer.name },
      { kind: "items", items: part.items, currency },
      ...deliveryBlocks(locale, currency, part.deliveries),
    ]),
    { kind: "heading", text: texts.summary },
    {
      kind: "rows",
      rows: [
        [texts.total, money(locale, order.total, currency)],
        [texts.taxIncluded, money(locale, order.tax_total, currency)],
      ],
    },
    ...(needsAddress && order.shipping_address ? [{ kind: "lines", title: texts.shippingAddress, lines: addressLines(order.shipping_address) } as Block] : []),
    { kind: "paragraph", text: texts.confirmation.statusNote },
    { kind: "link", label: texts.orderPage, href: order.order_url },
  ]
  return renderMail({ locale, subject: texts.confirmation.subject(number), blocks })
}
