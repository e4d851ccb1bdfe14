import { addressLines, type Block, money, renderMail } from "@genussnetz/producers/mail"
import { orderNumber, shopperName } from "./order-confirmation"
import { deliveryBlocks } from "./delivery"
import type { MailContent, OrderForProducer, PartMail } from "./types"

/**
 * A producer's "new order" mail: its own part only — its items, how they go to the shopper, and
 * the shipping address when it delivers or sends them (for pickup, the shopper's name to hand
 * them to). It is given the order without its other parts, so it cannot show another producer's
 * lines. German only: the association's producers work in German.
 */
export function producerOrderMail(order: OrderForProducer, part: PartMail): MailContent {
  const currency = order.currency_code
  const number = orderNumber(order)
  const goods = part.items.reduce((sum, item) => sum + item.total, 0)
  const pickupOnly = part.deliveries.length > 0 && part.deliveries.every((delivery) => delivery.kind === "pickup")
  const count = [...part.items, ...part.components].reduce((sum, item) => sum + item.quantity, 0)
  const hasOwnItems = part.items.length > 0
  const blocks: Block[] = [
    { kind: "paragraph", text: `Guten Tag ${part.producer.name},` },
    { kind: "paragraph", text: `über genussnetz ist eine neue Bestellung bei Ihnen eingegangen: Bestellung Nr. ${number}, ${count} Artikel. Bitte stellen Sie die Ware zusammen.` },
    ...(hasOwnItems
      ? ([
          { kind: "heading", text: "Ihre Artikel" },
          { kind: "items", items: part.items, currency },
          { kind: "rows", rows: [["Warenwert (inkl. MwSt.)", money("de", goods, currency)]] },
        ] as Block[])
      : []),
    ...(part.components.length
      ? ([
          {
            kind: "lines",
            title: "Ihr Anteil an Genusspaketen (ein anderer Betrieb packt und versendet sie)",
            lines: part.components.map(
              (component) =>
                `${component.quantity} × ${component.title}${component.variant_title ? ` – ${component.variant_title}` : ""} für ${component.bundle_title}: ${money("de", component.total, currency)}`
            ),
          },
        ] as Block[])
      : []),
    ...(hasOwnItems
      ? ([
          { kind: "heading", text: "Versandart" },
          ...deliveryBlocks("de", currency, part.deliveries),
          pickupOnly
            ? { kind: "paragraph", text: `Abholung durch: ${shopperName(order) || "(ohne Namen)"}` }
            : { kind: "lines", title: "Lieferadresse", lines: addressLines(order.shipping_address) },
        ] as Block[])
      : []),
  ]
  return renderMail({ locale: "de", subject: `Neue Bestellung Nr. ${number} bei genussnetz – ${count} Artikel`, blocks })
}
