import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { storeApiError } from "../../../lib/medusa"
import { isMedusaId, isReadableForm } from "../../../lib/request-guard"
import { completionNotice } from "../handle-checkout-request"
import { activeSession, isPublishableKey, isStripeReturn, providerName, readPaymentForm, readStripeReturn, stripeElementSetup } from "../payment"
import { confirmationMessage } from "../stripe-payment-element"
import { firstOpenStep, stepReachable, stepToShow } from "../steps"

const progress = (done: number) => ({ hasItems: true, address: done >= 1, delivery: done >= 2, payment: done >= 3 })

describe("stepToShow", () => {
  it("sends an empty cart to the cart, and a step without its prerequisites to the first missing one", () => {
    expect(stepToShow({ hasItems: false, address: true, delivery: true, payment: true }, "address")).toBe("cart")
    expect(stepToShow(progress(0), "review")).toBe("address")
    expect(stepToShow(progress(1), "payment")).toBe("delivery")
    expect(stepToShow(progress(2), "review")).toBe("payment")
    expect(stepToShow(progress(3), "review")).toBe("review")
    // Going back is always allowed.
    expect(stepToShow(progress(3), "address")).toBe("address")
  })

  it("opens the checkout at the first step not done", () => {
    expect(firstOpenStep(progress(0))).toBe("address")
    expect(firstOpenStep(progress(2))).toBe("payment")
    expect(firstOpenStep(progress(3))).toBe("review")
    expect(stepReachable(progress(1), "delivery")).toBe(true)
    expect(stepReachable(progress(1), "payment")).toBe(false)
  })
})

describe("payment", () => {
  const form = (value?: string) => {
    const data = new FormData()
    if (value !== undefined) data.set("provider_id", value)
    return data
  }
  it("names the system provider for shoppers in both languages", () => {
    expect(providerName("de", "pp_system_default")).toBe("Testzahlung (ohne echte Zahlung)")
    expect(providerName("en", "pp_system_default")).toBe("Test payment (no real charge)")
  })

  it("accepts only a provider that was offered", () => {
    expect(readPaymentForm(form("pp_system_default"), ["pp_system_default"])).toBe("pp_system_default")
    expect(readPaymentForm(form("pp_stripe_stripe"), ["pp_system_default"])).toBeNull()
    expect(readPaymentForm(form(), ["pp_system_default"])).toBeNull()
  })

  it("finds a usable session, not a cancelled or errored one", () => {
    expect(activeSession({ payment_sessions: [{ provider_id: "pp_system_default", status: "pending" }] })?.provider_id).toBe("pp_system_default")
    expect(activeSession({ payment_sessions: [{ provider_id: "pp_system_default", status: "canceled" }] })).toBeNull()
    expect(activeSession(null)).toBeNull()
  })
})

describe("Stripe's Payment Element", () => {
  const KEY = "pk_test_51Habc"
  const intent = { id: "pi_3Qabc", client_secret: "pi_3Qabc_secret_xyz" }
  const collection = (provider_id: string, data: Record<string, unknown> | null = intent, status = "pending") => ({ payment_sessions: [{ provider_id, status, data }] })

  it("names Stripe for shoppers", () => {
    expect(providerName("de", "pp_stripe_stripe")).toBe("Karte, Wallet oder Lastschrift (Stripe)")
    expect(providerName("en", "pp_stripe_stripe")).toBe("Card, wallet or direct debit (Stripe)")
  })

  it("is set up only for a Stripe session with its intent's client secret and a publishable key", () => {
    expect(stripeElementSetup(collection("pp_stripe_stripe"), KEY)).toEqual({ publishableKey: KEY, clientSecret: intent.client_secret, intentId: intent.id })
    // Without the storefront's key, or with the system provider, the checkout stays as before.
    expect(stripeElementSetup(collection("pp_stripe_stripe"), "")).toBeNull()
    expect(stripeElementSetup(collection("pp_system_default", {}), KEY)).toBeNull()
    // A secret key is never put on a page.
    expect(stripeElementSetup(collection("pp_stripe_stripe"), "sk_test_51Habc")).toBeNull()
    // A session without an intent (Stripe was unreachable) or with another intent's secret.
    expect(stripeElementSetup(collection("pp_stripe_stripe", null), KEY)).toBeNull()
    expect(stripeElementSetup(collection("pp_stripe_stripe", { id: "pi_3Qabc", client_secret: "pi_other_secret_xyz" }), KEY)).toBeNull()
    expect(stripeElementSetup(collection("pp_stripe_stripe", intent, "canceled"), KEY)).toBeNull()
    expect(isPublishableKey("pk_live_51Habc")).toBe(true)
    expect(isPublishableKey("pk_test_")).toBe(false)
  })

  it("reads Stripe's return: complete on succeeded or processing for the cart's intent, retry otherwise", () => {
    const back = (query: string) => new URL(`https://shop.example/kasse/pruefen?${query}`)
    const setup = { intentId: intent.id }
    expect(readStripeReturn(back(""), setup)).toBeNull()
    expect(readStripeReturn(back("hinweis=zahlung"), setup)).toBeNull()
    expect(readStripeReturn(back(`payment_intent=${intent.id}&payment_intent_client_secret=x&redirect_status=succeeded`), setup)).toBe("complete")
    // SEPA Direct Debit settles days later: the order is placed while Stripe processes it.
    expect(readStripeReturn(back(`payment_intent=${intent.id}&redirect_status=processing`), setup)).toBe("complete")
    expect(readStripeReturn(back(`payment_intent=${intent.id}&redirect_status=failed`), setup)).toBe("retry")
    expect(readStripeReturn(back(`payment_intent=pi_other&redirect_status=succeeded`), setup)).toBe("retry")
    expect(readStripeReturn(back(`payment_intent=${intent.id}&redirect_status=succeeded`), null)).toBe("retry")
    // Without a session left (the webhook placed the order first), a return is still known as one.
    expect(isStripeReturn(back(`payment_intent=${intent.id}&redirect_status=succeeded`))).toBe(true)
    expect(isStripeReturn(back("hinweis=zahlung"))).toBe(false)
  })

  it("shows a declined card's reason, and a general message for anything else", () => {
    const template = "Die Zahlung wurde nicht bestätigt: {reason} Es wurde nichts bestellt."
    expect(confirmationMessage(template, { type: "card_error", message: "Ihre Karte wurde abgelehnt." }, "x")).toBe(
      "Die Zahlung wurde nicht bestätigt: Ihre Karte wurde abgelehnt. Es wurde nichts bestellt."
    )
    expect(confirmationMessage(template, { type: "validation_error", message: "IBAN fehlt" }, "x")).toBe("Die Zahlung wurde nicht bestätigt: IBAN fehlt. Es wurde nichts bestellt.")
    expect(confirmationMessage(template, { type: "api_error", message: "internal" }, "später")).toBe("später")
  })
})

describe("completionNotice", () => {
  it("tells sold out (400), try again (409) and anything else apart", () => {
    expect(completionNotice(storeApiError(400, "Bad Request", { type: "not_allowed", message: "Not enough stock left for Landbrot. Nothing was ordered or charged." }))).toBe("lager")
    expect(completionNotice(storeApiError(400, "Bad Request", { type: "not_allowed", code: "insufficient_inventory", message: "x" }))).toBe("lager")
    expect(completionNotice(storeApiError(409, "Conflict", { message: "Please try again." }))).toBe("nochmal")
    expect(completionNotice(storeApiError(503, "Service Unavailable", { message: "The checkout is busy. Nothing was ordered or charged." }))).toBe("nochmal")
    expect(completionNotice(storeApiError(400, "Bad Request", { type: "invalid_data", message: "Shipping methods are missing" }))).toBe("fehler")
    expect(completionNotice(new FetchError("down", "Bad Gateway", 502))).toBe("fehler")
    expect(completionNotice(new Error("boom"))).toBe("fehler")
  })
})

describe("request guards for the checkout", () => {
  it("reads a form only without control characters or broken encodings", () => {
    const form = (value: string) => {
      const data = new FormData()
      data.set("city", value)
      return data
    }
    expect(isReadableForm(form("Bamberg"))).toBe(true)
    expect(isReadableForm(form("Bam\u0000berg"))).toBe(false)
    // A textarea's line breaks are text (a producer's description, an applicant's few sentences).
    expect(isReadableForm(form("Zeile eins\r\nZeile zwei"))).toBe(true)
    expect(isReadableForm(form("Bam\u001bberg"))).toBe(false)
    expect(isReadableForm(form("Bam\ufffdberg"))).toBe(false)
    const file = new FormData()
    file.set("city", new Blob(["x"]), "x.txt")
    expect(isReadableForm(file)).toBe(false)
  })

  it("lets only Medusa-shaped ids through", () => {
    expect(isMedusaId("order_01M8VD7DA45Y86H3RZ8ZNQZ8Q9")).toBe(true)
    for (const id of ["", "order_1/../x", "order 1", "order_1%00", "x".repeat(81), undefined]) expect(isMedusaId(id), String(id)).toBe(false)
  })
})
