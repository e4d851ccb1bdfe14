import { addressLines, hoursLines, money, type Block, type MailLocale } from "@genussnetz/producers/mail"
import type { MailDelivery } from "./types"
import { TEXTS } from "./texts"

/** How a part reaches the shopper, as blocks: the way and its price, and for pickup the hours and the place. */
export function deliveryBlocks(locale: MailLocale, currency: string, deliveries: MailDelivery[]): Block[] {
  const texts = TEXTS[locale]
  return deliveries.flatMap((delivery): Block[] => {
    const way = texts.ways[delivery.kind as keyof typeof texts.ways] ?? delivery.name
    const price = delivery.amount > 0 ? money(locale, delivery.amount, currency) : texts.free
    return [
      { kind: "rows", rows: [[way, price]] },
      ...(delivery.pickup_hours?.length ? [{ kind: "lines", title: texts.pickupHours, lines: hoursLines(locale, delivery.pickup_hours) } as Block] : []),
      ...(delivery.pickup_address ? [{ kind: "lines", title: texts.pickupPlace, lines: addressLines(delivery.pickup_address) } as Block] : []),
    ]
  })
}
