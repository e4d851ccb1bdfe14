import { describe, expect, it } from "vitest"
import { OrderPartEvents } from "../../order-part-events"
import { escapeHtml, hoursLines, html, mailLocale, money } from "@genussnetz/producers/mail"
import { orderPageUrl } from "../format"
import { orderConfirmationMail } from "../order-confirmation"
import { partStatusMail } from "../part-status"
import { producerOrderMail } from "../producer-order"
import type { OrderMail, PartMail } from "../types"

const HOURS = [
  { day: 6 as const, opens: "08:00", closes: "12:00" },
  { day: 1 as const, opens: "14:00", closes: "18:00" },
  { day: 1 as const, opens: "08:00", closes: "12:00" },
]

const bakery: PartMail = {
  id: "opart_1",
  producer: { id: "pdcr_1", name: "Bäckerei Müller & Söhne", email: "kontakt@baeckerei.example" },
  items: [{ title: "Bamberger Hörnla", variant_title: "6 Stück", quantity: 2, unit_price: 3.2, total: 6.4 }],
  components: [],
  deliveries: [{ name: "Abholung im Hofladen", amount: 0, kind: "pickup", pickup_hours: HOURS, pickup_address: { address_1: "Hauptstraße 3", postal_code: "96047", city: "Bamberg" } }],
}
const brewery: PartMail = {
  id: "opart_2",
  producer: { id: "pdcr_2", name: "Brauerei Zwo", email: null },
  items: [{ title: "Rauchbier <script>alert(1)</script>", variant_title: null, quantity: 3, unit_price: 2.5, total: 7.5 }],
  components: [],
  deliveries: [{ name: "Paketversand", amount: 6.9, kind: "parcel", pickup_hours: null, pickup_address: null }],
}
const order = (locale: "de" | "en" = "de"): OrderMail => ({
  id: "order_01ABC",
  display_id: 42,
  email: "erika@example.org",
  locale,
  currency_code: "eur",
  total: 20.8,
  tax_total: 1.36,
  shipping_address: { first_name: "Erika", last_name: "O'Brien", address_1: "Grüner Markt 1", postal_code: "96047", city: "Bamberg" },
  order_url: orderPageUrl(locale, "order_01ABC", "t0ken"),
  parts: [bakery, brewery],
})

describe("order mails", () => {
  it("confirms an order of several producers in one German mail: items, ways of delivery, pickup hours, total, order page", () => {
    const mail = orderConfirmationMail(order())
    expect(mail.subject).toBe("Ihre Bestellbestätigung Nr. 42 – genussnetz")
    for (const text of [mail.text, mail.html]) {
      expect(text).toContain("Erika")
      expect(text).toContain("Bäckerei Müller")
      expect(text).toContain("Bamberger Hörnla – 6 Stück")
      expect(text).toContain("Brauerei Zwo")
      expect(text).toContain("Abholung")
      expect(text).toContain("Montag 08:00–12:00, 14:00–18:00")
      expect(text).toContain("Samstag 08:00–12:00")
      expect(text).toContain("Paketversand")
      expect(text).toContain(money("de", 6.9, "eur"))
      expect(text).toContain(money("de", 20.8, "eur"))
      expect(text).toContain("http://localhost:8000/bestellung/order_01ABC")
    }
    expect(mail.text).toContain("Gesamtsumme (inkl. MwSt.): 20,80\u00a0€")
    expect(mail.html).toMatch(/^<!DOCTYPE html>\n<html lang="de">/)
  })

  it("writes the confirmation in English for an order placed in English", () => {
    const mail = orderConfirmationMail(order("en"))
    expect(mail.subject).toBe("Your order confirmation no. 42 – genussnetz")
    expect(mail.text).toContain("Pickup hours")
    expect(mail.text).toContain("Monday 08:00–12:00, 14:00–18:00")
    expect(mail.text).toContain("€20.80")
    expect(mail.text).toContain("http://localhost:8000/en/order/order_01ABC")
    expect(mail.html).toContain('<html lang="en">')
  })

  it("escapes every value people write in the HTML part, and leaves the text part as written", () => {
    const mail = orderConfirmationMail(order())
    expect(mail.html).not.toContain("<script>")
    expect(mail.html).toContain("Rauchbier &lt;script&gt;alert(1)&lt;/script&gt;")
    expect(mail.html).toContain("Bäckerei Müller &amp; Söhne")
    expect(mail.html).toContain("O&#39;Brien")
    expect(mail.text).toContain("Rauchbier <script>alert(1)</script>")
  })

  it("gives a producer its own part only, with the address where it delivers or sends, the shopper's name where picked up", () => {
    const { parts, ...rest } = order()
    const forBakery = producerOrderMail(rest, parts[0])
    expect(forBakery.subject).toBe("Neue Bestellung Nr. 42 bei genussnetz – 2 Artikel")
    expect(forBakery.text).toContain("Bamberger Hörnla")
    expect(forBakery.text).toContain("Abholzeiten")
    expect(forBakery.text).toContain("Abholung durch: Erika O'Brien")
    expect(forBakery.text).not.toContain("Grüner Markt")
    const forBrewery = producerOrderMail(rest, parts[1])
    expect(forBrewery.text).toContain("Lieferadresse:\n  Erika O'Brien\n  Grüner Markt 1\n  96047 Bamberg")
    for (const mail of [forBakery, forBrewery]) expect(mail.text + mail.html).not.toContain(mail === forBakery ? "Rauchbier" : "Hörnla")
  })

  it("tells the shopper a part is ready for pickup, with the producer, its hours and place", () => {
    const mail = partStatusMail(OrderPartEvents.READY_FOR_PICKUP, order(), bakery)
    expect(mail.subject).toBe("Bestellung Nr. 42: Ihre Ware von Bäckerei Müller & Söhne liegt zur Abholung bereit")
    expect(mail.text).toContain("Montag 08:00–12:00, 14:00–18:00")
    expect(mail.text).toContain("Hauptstraße 3")
    expect(mail.html).toContain("Bäckerei Müller &amp; Söhne")
    expect(mail.text).not.toContain("Rauchbier")
  })

  it("has a mail for every part event, in both languages", () => {
    for (const event of Object.values(OrderPartEvents)) {
      for (const locale of ["de", "en"] as const) {
        const mail = partStatusMail(event, order(locale), brewery, 7.5)
        expect(mail.subject).toContain("Brauerei Zwo")
        expect(mail.text).toContain(locale === "de" ? "Ihre Ware von Brauerei Zwo" : "Your goods from Brauerei Zwo")
      }
    }
    expect(partStatusMail(OrderPartEvents.REFUNDED, order(), brewery, 7.5).text).toContain("Erstattet werden 7,50\u00a0€")
    // A payment that failed after the order: not the producer's cancellation, and nothing to refund.
    const voided = partStatusMail(OrderPartEvents.VOIDED, order(), brewery)
    expect(voided.subject).toContain("Ihre Zahlung ist fehlgeschlagen")
    expect(voided.text).toContain("Sie schulden nichts")
    expect(voided.text).not.toContain("zurück")
  })
})

describe("mail helpers", () => {
  it("reads an order's locale: English for any English tag, German otherwise", () => {
    expect([mailLocale("en-GB"), mailLocale("en"), mailLocale("de-DE"), mailLocale(null), mailLocale("fr-FR")]).toEqual(["en", "en", "de", "de", "de"])
  })

  it("escapes the five markup characters, and html`` escapes what it interpolates but not nested html``", () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    expect(html`<p>${"<b>"}${html`<i>${"&"}</i>`}${[1, "<"]}</p>`.value).toBe("<p>&lt;b&gt;<i>&amp;</i>1&lt;</p>")
  })

  it("lists pickup hours by weekday from Monday, several spans of a day on one line", () => {
    expect(hoursLines("de", HOURS)).toEqual(["Montag 08:00–12:00, 14:00–18:00", "Samstag 08:00–12:00"])
  })

  it("links the order page of the storefront named by STOREFRONT_URL", () => {
    const before = process.env.STOREFRONT_URL
    process.env.STOREFRONT_URL = "https://shop.example/"
    try {
      expect(orderPageUrl("de", "order_1", "a-b_c")).toBe("https://shop.example/bestellung/order_1?token=a-b_c")
      expect(orderPageUrl("en", "order_1", "a-b_c")).toBe("https://shop.example/en/order/order_1?token=a-b_c")
    } finally {
      if (before === undefined) delete process.env.STOREFRONT_URL
      else process.env.STOREFRONT_URL = before
    }
  })
})

describe("a Genusspaket's maker", () => {
  const dairy: PartMail = {
    id: "opart_3",
    producer: { id: "pdcr_3", name: "Sennerei <Alm>", email: "sennerei@example.org" },
    items: [],
    components: [{ bundle_title: "Genusspaket Frühstück", title: "Süßrahmbutter", variant_title: "250 g", quantity: 2, total: 7.12 }],
    deliveries: [],
  }

  it("gets its component and its share in its new-order mail, without a way of delivery of its own", () => {
    const mail = producerOrderMail(order(), dairy)
    expect(mail.text).toMatch(/2 × Süßrahmbutter – 250 g für Genusspaket Frühstück: 7,12\s€/)
    expect(mail.text).toContain("2 Artikel")
    expect(mail.text).not.toContain("Versandart")
    expect(mail.html).toContain("Sennerei &lt;Alm&gt;")
  })

  it("is not a part of its own in the shopper's confirmation: the shopper sees the packer's box", () => {
    const mail = orderConfirmationMail({ ...order(), parts: [bakery, brewery, dairy] })
    expect(mail.text).not.toContain("Sennerei")
    expect(mail.text).toContain("Brauerei Zwo")
  })
})
