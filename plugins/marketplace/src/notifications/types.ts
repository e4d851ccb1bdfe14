import type { OpeningHours } from "@genussnetz/producers/http"
import type { MailAddress, MailItem, MailLocale } from "@genussnetz/producers/mail"

export type { MailAddress, MailContent, MailItem, MailLocale } from "@genussnetz/producers/mail"

/** A part's shipping method: its name, price incl. VAT and way (pickup with hours and place, delivery, parcel). */
export type MailDelivery = {
  name: string
  amount: number
  kind: string | null
  pickup_hours: OpeningHours | null
  pickup_address: MailAddress | null
}

/** One producer's part of an order as the mails show it. */
/** A maker's component of a Genusspaket another producer packs. */
export type MailComponent = { bundle_title: string; title: string; variant_title: string | null; quantity: number; total: number }

export type PartMail = {
  id: string
  producer: { id: string; name: string; email: string | null }
  items: MailItem[]
  components: MailComponent[]
  deliveries: MailDelivery[]
}

/** An order as the mails show it: all its parts, the totals, and where the shopper can see it online. */
export type OrderMail = {
  id: string
  display_id: number | null
  email: string | null
  locale: MailLocale
  currency_code: string
  /** Incl. VAT (the shop's prices include it). */
  total: number
  tax_total: number
  shipping_address: MailAddress | null
  /** The order page on the storefront, in the order's language. */
  order_url: string
  parts: PartMail[]
}

/** What a producer's mail may know of an order: never the other parts. */
export type OrderForProducer = Pick<OrderMail, "id" | "display_id" | "currency_code" | "shipping_address">
