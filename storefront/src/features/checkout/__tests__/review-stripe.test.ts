import { experimental_AstroContainer as AstroContainer } from "astro/container"
import { describe, expect, it } from "vitest"
import type { CheckoutState } from "../data"
import ReviewStep from "../ReviewStep.astro"

const state = {
  cart: { id: "cart_1", email: "erika@example.org", currency_code: "eur", item_total: 10, shipping_total: 0, total: 10, shipping_address: {}, shipping_methods: [] },
  groups: [],
  progress: { hasItems: true, address: true, delivery: true, payment: true },
} as unknown as CheckoutState
const stripe = { publishableKey: "pk_test_51Habc", clientSecret: "pi_3Qabc_secret_xyz", intentId: "pi_3Qabc" }

const render = async (props: Record<string, unknown>) => (await AstroContainer.create()).renderToString(ReviewStep, { props: { locale: "de", state, ...props } })

describe("the checkout's last step with Stripe", () => {
  it("puts Stripe's Payment Element, with the session's client secret and a return to this step, above the order button", async () => {
    const html = await render({ stripe })
    expect(html).toContain("<stripe-payment-element")
    expect(html).toContain('data-client-secret="pi_3Qabc_secret_xyz"')
    expect(html).toContain('data-publishable-key="pk_test_51Habc"')
    expect(html).toMatch(/data-return-url="https?:\/\/[^"]+\/kasse\/pruefen"/)
    expect(html).toMatch(/data-stripe-mount[\s\S]*Zahlungspflichtig bestellen/)
  })

  it("without Stripe keeps the plain order form and no script", async () => {
    const html = await render({ stripe: null })
    expect(html).not.toContain("<stripe-payment-element")
    expect(html).not.toContain("data-client-secret")
    expect(html).not.toContain("<script")
    expect(html).toContain("Zahlungspflichtig bestellen")
  })
})
