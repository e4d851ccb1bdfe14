import type { MailLocale } from "./types"

/** Every phrase of the shopper's mails, German first. Producers' mails are German only (producer-order.ts). */
const DE = {
  greeting: (name: string) => (name ? `Guten Tag ${name},` : "Guten Tag,"),
  free: "kostenlos",
  ways: { pickup: "Abholung", delivery: "Lieferung durch den Erzeuger", parcel: "Paketversand" },
  pickupHours: "Abholzeiten",
  pickupPlace: "Abholort",
  shippingAddress: "Lieferadresse",
  summary: "Bestellübersicht",
  total: "Gesamtsumme (inkl. MwSt.)",
  taxIncluded: "darin enthaltene MwSt.",
  orderPage: "Ihre Bestellung online ansehen",
  confirmation: {
    subject: (number: string) => `Ihre Bestellbestätigung Nr. ${number} – genussnetz`,
    intro: (number: string, producers: number) =>
      producers === 1
        ? `vielen Dank für Ihre Bestellung Nr. ${number}. Der Erzeuger packt seine Ware selbst; wie sie zu Ihnen kommt, steht darunter.`
        : `vielen Dank für Ihre Bestellung Nr. ${number}. Sie kaufen bei ${producers} Erzeugern; jeder packt seine Ware selbst, und wie sie zu Ihnen kommt, steht bei jedem.`,
    statusNote: "Sobald sich bei einem Erzeuger etwas tut (bereit zur Abholung, verschickt …), schreiben wir Ihnen.",
  },
  status: {
    subject: (number: string, headline: string) => `Bestellung Nr. ${number}: ${headline}`,
    fulfilled: (producer: string) => `${producer} hat Ihre Ware gepackt`,
    ready_for_pickup: (producer: string) => `Ihre Ware von ${producer} liegt zur Abholung bereit`,
    shipped: (producer: string) => `Ihre Ware von ${producer} ist unterwegs`,
    delivered: (producer: string) => `Ihre Ware von ${producer} ist bei Ihnen angekommen`,
    canceled: (producer: string) => `${producer} hat Ihre Bestellung storniert`,
    refunded: (producer: string) => `${producer} erstattet Ihnen Geld`,
    refundedAmount: (amount: string) => `Erstattet werden ${amount}; das Geld geht auf dem Weg zurück, auf dem Sie bezahlt haben.`,
    canceledNote: "Dieser Teil Ihrer Bestellung wird nicht geliefert. Bereits bezahltes Geld erhalten Sie zurück; die Ware der anderen Erzeuger kommt wie bestellt.",
    voided: (producer: string) => `Ihre Zahlung ist fehlgeschlagen: Ihre Bestellung bei ${producer} ist storniert`,
    voidedNote: "Ihre Bank hat die Zahlung (z. B. die Lastschrift) nicht eingelöst. Die Bestellung wird deshalb nicht geliefert, und Sie schulden nichts. Sie können die Ware gern erneut bestellen.",
    itemsOf: (producer: string) => `Ihre Ware von ${producer}`,
  },
}

const EN: typeof DE = {
  greeting: (name: string) => (name ? `Dear ${name},` : "Hello,"),
  free: "free",
  ways: { pickup: "Pickup", delivery: "Delivery by the producer", parcel: "Parcel" },
  pickupHours: "Pickup hours",
  pickupPlace: "Pickup place",
  shippingAddress: "Shipping address",
  summary: "Order summary",
  total: "Total (incl. VAT)",
  taxIncluded: "of which VAT",
  orderPage: "See your order online",
  confirmation: {
    subject: (number: string) => `Your order confirmation no. ${number} – genussnetz`,
    intro: (number: string, producers: number) =>
      producers === 1
        ? `thank you for your order no. ${number}. The producer packs its goods itself; how they reach you is shown below.`
        : `thank you for your order no. ${number}. You are buying from ${producers} producers; each packs its own goods, and how they reach you is shown under each.`,
    statusNote: "Whenever something happens at one of the producers (ready for pickup, shipped …), we will write to you.",
  },
  status: {
    subject: (number: string, headline: string) => `Order no. ${number}: ${headline}`,
    fulfilled: (producer: string) => `${producer} has packed your goods`,
    ready_for_pickup: (producer: string) => `Your goods from ${producer} are ready for pickup`,
    shipped: (producer: string) => `Your goods from ${producer} are on their way`,
    delivered: (producer: string) => `Your goods from ${producer} have reached you`,
    canceled: (producer: string) => `${producer} has cancelled your order`,
    refunded: (producer: string) => `${producer} is refunding you`,
    refundedAmount: (amount: string) => `${amount} will be refunded, the same way you paid.`,
    canceledNote: "This part of your order will not be delivered. Money already paid will be returned; the other producers' goods come as ordered.",
    voided: (producer: string) => `Your payment failed: your order from ${producer} is cancelled`,
    voidedNote: "Your bank did not honour the payment (e.g. the direct debit). The order will therefore not be delivered, and you owe nothing. You are welcome to order the goods again.",
    itemsOf: (producer: string) => `Your goods from ${producer}`,
  },
}

export const TEXTS: Record<MailLocale, typeof DE> = { de: DE, en: EN }
