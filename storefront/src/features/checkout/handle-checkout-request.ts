import type { AstroGlobal } from "astro"
import { checkoutPath, pathTo, type CheckoutStep, type Locale } from "../../lib/i18n"
import { StoreApiError } from "../../lib/medusa"
import { isReadableForm } from "../../lib/request-guard"
import { attachCart, loadCustomer } from "../account/data"
import { readSession } from "../account/session"
import { CART_COOKIE } from "../cart/data"
import { addressValuesOf, readAddressForm, type AddressError, type AddressField, type AddressValues } from "./address"
import { completeCart, listPaymentProviders, loadCheckout, saveAddress, saveDelivery, startPayment, type CheckoutState } from "./data"
import { readDeliveryForm } from "./delivery"
import { readCheckoutNotice, type CheckoutNotice } from "./notices"
import { config } from "../../lib/config"
import { activeSession, isStripeReturn, readPaymentForm, readStripeReturn, stripeElementSetup, type StripeElementSetup } from "./payment"
import { orderPath } from "./order"
import { firstOpenStep, stepToShow } from "./steps"

/** Everything a checkout step's page shows. */
export type CheckoutView = {
  step: CheckoutStep
  state: CheckoutState
  notice: CheckoutNotice | null
  address: { values: AddressValues; errors: Partial<Record<AddressField, AddressError>> }
  /** Delivery groups (their keys) the last post left without a choice. */
  deliveryMissing: string[]
  providers: string[]
  selectedProvider: string | null
  paymentMissing: boolean
  /** Stripe's Payment Element on the last step, when the cart pays with Stripe (payment.ts). */
  stripe: StripeElementSetup | null
}

/** The notice for a completion Medusa refused: sold out (400), try again (409), or something else. */
export function completionNotice(error: unknown): CheckoutNotice {
  if (!(error instanceof StoreApiError)) return "fehler"
  if (error.code === "insufficient_inventory" || (error.status === 400 && /stock|inventory|lager/i.test(error.message))) return "lager"
  // 409: the cart's lock was busy; 503: the backend's checkout queue was full (nothing changed in either).
  if (error.status === 409 || error.status === 503) return "nochmal"
  return "fehler"
}

/**
 * A checkout step's page: GET shows the step, POST saves it and redirects to the next
 * (post/redirect/get), or shows the step again with what was wrong (422), or sends the shopper
 * back with a notice when Medusa refused. A step asked for before its prerequisites leads to
 * the first missing one; no cart (or an empty one) leads to the cart. `step` null: `/kasse`.
 */
export async function handleCheckoutRequest(Astro: AstroGlobal, locale: Locale, step: CheckoutStep | null): Promise<Response | CheckoutView> {
  const isPost = Astro.request.method === "POST"
  const status = isPost ? 303 : 302
  Astro.response.headers.set("x-robots-tag", "noindex")
  const cartId = Astro.cookies.get(CART_COOKIE)?.value
  // A logged-in customer's cart is filed under its account before anything else (Medusa's
  // POST /store/carts/:id/customer; again with the same customer it changes nothing), so the
  // e-mail the address step saves cannot make it a guest's, and the order lands in the account.
  const customerToken = readSession(Astro)
  if (customerToken && cartId) await attachCart(cartId, customerToken).catch(() => false)
  const sendBack = (notice: CheckoutNotice, to: CheckoutStep) => Astro.redirect(`${checkoutPath(locale, to)}?hinweis=${notice}`, 303)
  const placeOrder = async (id: string) => {
    try {
      const completion = await completeCart(id, customerToken)
      if (completion.type === "cart") return sendBack("zahlung", "review")
      Astro.cookies.delete(CART_COOKIE, { path: "/" })
      return Astro.redirect(orderPath(locale, completion.orderId, completion.accessToken), 303)
    } catch (error) {
      return sendBack(completionNotice(error), "review")
    }
  }
  const state = await loadCheckout(locale, cartId)
  // Back from Stripe after its webhook already placed the order (the cart is completed):
  // completing it again answers that order, so the shopper still lands on it.
  if (!state && cartId && step === "review" && !isPost && isStripeReturn(Astro.url)) return placeOrder(cartId)
  if (!state || !state.progress.hasItems) return Astro.redirect(pathTo(locale, "cart"), status)
  const target = step ? stepToShow(state.progress, step) : firstOpenStep(state.progress)
  if (target === "cart") return Astro.redirect(pathTo(locale, "cart"), status)
  if (!step || target !== step) return Astro.redirect(checkoutPath(locale, target), status)

  const { cart } = state
  const view: CheckoutView = {
    step,
    state,
    notice: isPost ? null : readCheckoutNotice(Astro.url),
    address: { values: addressValuesOf(cart), errors: {} },
    deliveryMissing: [],
    providers: [],
    selectedProvider: null,
    paymentMissing: false,
    stripe: null,
  }
  const { values } = view.address
  if (step === "address" && !isPost && customerToken && (!values.email || !values.first_name || !values.last_name)) {
    // A customer's address step before it was saved: the account's name and e-mail to start with.
    const customer = await loadCustomer(customerToken).catch(() => null)
    if (customer) {
      view.address.values = {
        ...values,
        email: values.email || customer.email,
        first_name: values.first_name || (customer.first_name ?? ""),
        last_name: values.last_name || (customer.last_name ?? ""),
      }
    }
  }
  if (step === "payment") {
    view.providers = await listPaymentProviders(cart.region_id!)
    view.selectedProvider = activeSession(cart.payment_collection as never)?.provider_id ?? view.providers[0] ?? null
  }
  if (step === "review") {
    view.stripe = stripeElementSetup(cart.payment_collection as never, config.stripePublishableKey)
    // Stripe sends the shopper back here after confirming (the Payment Element's return_url):
    // the order is placed now, server-side, as the order button does without Stripe.
    const stripeReturn = isPost ? null : readStripeReturn(Astro.url, view.stripe)
    if (stripeReturn === "complete") return placeOrder(cart.id)
    if (stripeReturn === "retry") return sendBack("zahlung", "payment")
  }
  if (!isPost) return view

  let form: FormData
  try {
    // A clone: the 400 page (a rewrite) needs the request's body unread.
    form = await Astro.request.clone().formData()
  } catch {
    return Astro.rewrite("/400")
  }
  if (!isReadableForm(form)) return Astro.rewrite("/400")
  try {
    if (step === "address") {
      const read = readAddressForm(form)
      if (!read.ok) {
        Astro.response.status = 422
        return { ...view, address: { values: read.values, errors: read.errors } }
      }
      await saveAddress(cart.id, read.values, locale)
      return Astro.redirect(checkoutPath(locale, "delivery"), 303)
    }
    if (step === "delivery") {
      const read = readDeliveryForm(form, state.groups)
      if (!read.ok) {
        Astro.response.status = 422
        return { ...view, deliveryMissing: read.missing }
      }
      await saveDelivery(cart.id, read.optionIds)
      return Astro.redirect(checkoutPath(locale, "payment"), 303)
    }
    if (step === "payment") {
      const provider = readPaymentForm(form, view.providers)
      if (!provider) {
        Astro.response.status = 422
        return { ...view, paymentMissing: true }
      }
      await startPayment(cart.id, provider)
      return Astro.redirect(checkoutPath(locale, "review"), 303)
    }
  } catch {
    return sendBack("fehler", step)
  }
  // The review: place the order.
  return placeOrder(cart.id)
}
