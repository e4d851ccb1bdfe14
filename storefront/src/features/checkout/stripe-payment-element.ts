/**
 * The browser side of StripePaymentElement.astro: loads Stripe.js from js.stripe.com (Stripe
 * requires it served from there), mounts the Payment Element with the session's client
 * secret, and on "Zahlungspflichtig bestellen" confirms the payment with Stripe, which then
 * sends the shopper to the return URL (the checkout's last step places the order). Only the
 * few calls used here are typed; see https://docs.stripe.com/js.
 */

const STRIPE_JS = "https://js.stripe.com/v3/"

type StripeError = { type?: string; message?: string }
type PaymentElement = { mount(target: Element): void; on(event: "ready", handler: () => void): void }
type Elements = { create(type: "payment", options?: Record<string, unknown>): PaymentElement }
type StripeJs = {
  elements(options: { clientSecret: string; locale?: string }): Elements
  confirmPayment(options: { elements: Elements; confirmParams: { return_url: string } }): Promise<{ error?: StripeError }>
}
type StripeFactory = (publishableKey: string) => StripeJs

/** The shopper's message for an error Stripe answered a confirmation with. */
export function confirmationMessage(template: string, error: StripeError, fallback: string): string {
  // Card and validation errors carry a message meant for the shopper; anything else does not.
  if ((error.type === "card_error" || error.type === "validation_error") && error.message) {
    return template.replace("{reason}", error.message.endsWith(".") ? error.message : `${error.message}.`)
  }
  return fallback
}

let loading: Promise<StripeFactory> | undefined
function loadStripe(): Promise<StripeFactory> {
  const existing = (window as unknown as { Stripe?: StripeFactory }).Stripe
  if (existing) return Promise.resolve(existing)
  loading ??= new Promise<StripeFactory>((resolve, reject) => {
    const script = document.createElement("script")
    script.src = STRIPE_JS
    script.async = true
    script.onload = () => {
      const factory = (window as unknown as { Stripe?: StripeFactory }).Stripe
      if (factory) resolve(factory)
      else reject(new Error("Stripe.js loaded without window.Stripe"))
    }
    script.onerror = () => reject(new Error(`${STRIPE_JS} could not be loaded`))
    document.head.append(script)
  })
  return loading
}

export async function mountStripePaymentElement(host: HTMLElement) {
  const { publishableKey = "", clientSecret = "", returnUrl = "", locale = "de", unavailable = "", declined = "" } = host.dataset
  const form = host.querySelector("form")
  const mount = host.querySelector("[data-stripe-mount]")
  const errorBox = host.querySelector<HTMLElement>("[data-stripe-error]")
  const button = form?.querySelector<HTMLButtonElement>("button[type=submit]")
  if (!form || !mount || !errorBox || !button) return
  const showError = (message: string) => {
    errorBox.textContent = message
    errorBox.hidden = false
  }
  // Until Stripe is mounted, the button must not post an unpaid order.
  button.disabled = true

  let stripe: StripeJs
  let elements: Elements
  try {
    stripe = (await loadStripe())(publishableKey)
    elements = stripe.elements({ clientSecret, locale })
    const element = elements.create("payment", { layout: "tabs" })
    mount.replaceChildren()
    element.on("ready", () => (button.disabled = false))
    element.mount(mount)
  } catch (error) {
    console.warn("Stripe's Payment Element could not start.", error)
    showError(unavailable)
    return
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault()
    errorBox.hidden = true
    button.disabled = true
    // On success Stripe navigates to returnUrl; we only get here with an error.
    const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl } })
    if (error) showError(confirmationMessage(declined, error, unavailable))
    button.disabled = false
  })
}
