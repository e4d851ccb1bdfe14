import type { AstroGlobal } from "astro"
import { pathTo, type Locale } from "../../lib/i18n"
import { postedForm, privatePage } from "../../lib/posted-form"
import { CART_COOKIE } from "../cart/data"
import { attachCart, listOrders, loadCustomer, logIn, registerCustomer, type Customer, type OrderSummary } from "./data"
import { readLoginForm, readRegisterForm, type AccountFieldError, type LoginField, type RegisterField } from "./forms"
import { readAccountNotice, type AccountNotice } from "./notices"
import { endSession, readSession, startSession } from "./session"

/** The login page: the e-mail typed (never the password), what was wrong, a notice. */
export type LoginView = {
  values: { email: string }
  errors: Partial<Record<LoginField, AccountFieldError>>
  /** E-mail and password matched no account (said without telling which of the two). */
  failed: boolean
  notice: AccountNotice | null
}

export type RegisterView = {
  values: { first_name: string; last_name: string; email: string }
  errors: Partial<Record<RegisterField, AccountFieldError>>
  /** The address has an account already. */
  exists: boolean
  notice: AccountNotice | null
}

export type AccountView = { customer: Customer; orders: OrderSummary[]; notice: AccountNotice | null }

/** After a login: the cart filled as a guest becomes the customer's (best effort: checkout tries again). */
async function takeOverCart(Astro: AstroGlobal, token: string) {
  const cartId = Astro.cookies.get(CART_COOKIE)?.value
  if (cartId) await attachCart(cartId, token).catch(() => false)
}

/**
 * `/konto/anmelden`: GET shows the form (a customer already logged in goes to the account);
 * POST logs in and redirects to the account (post/redirect/get), or shows the form again with
 * 422 — the e-mail kept, the password never.
 */
export async function handleLogin(Astro: AstroGlobal, locale: Locale): Promise<Response | LoginView> {
  privatePage(Astro)
  const isPost = Astro.request.method === "POST"
  if (readSession(Astro)) return Astro.redirect(pathTo(locale, "account"), isPost ? 303 : 302)
  const view: LoginView = { values: { email: "" }, errors: {}, failed: false, notice: isPost ? null : readAccountNotice(Astro.url) }
  if (!isPost) return view
  const form = await postedForm(Astro)
  if (form instanceof Response) return form
  const read = readLoginForm(form)
  if (!read.ok) {
    Astro.response.status = 422
    return { ...view, values: { email: read.values.email }, errors: read.errors }
  }
  let token: string | null
  try {
    token = await logIn(read.values.email, read.values.password)
  } catch {
    Astro.response.status = 503
    return { ...view, values: { email: read.values.email }, notice: "fehler" }
  }
  if (!token || !startSession(Astro, token)) {
    Astro.response.status = 422
    return { ...view, values: { email: read.values.email }, failed: true }
  }
  await takeOverCart(Astro, token)
  return Astro.redirect(`${pathTo(locale, "account")}?hinweis=angemeldet`, 303)
}

/**
 * `/konto/registrieren`: GET shows the form; POST makes the account, logs it in and redirects
 * to it, or shows the form again with 422 (an address that has an account already is said so).
 */
export async function handleRegister(Astro: AstroGlobal, locale: Locale): Promise<Response | RegisterView> {
  privatePage(Astro)
  const isPost = Astro.request.method === "POST"
  if (readSession(Astro)) return Astro.redirect(pathTo(locale, "account"), isPost ? 303 : 302)
  const view: RegisterView = { values: { first_name: "", last_name: "", email: "" }, errors: {}, exists: false, notice: isPost ? null : readAccountNotice(Astro.url) }
  if (!isPost) return view
  const form = await postedForm(Astro)
  if (form instanceof Response) return form
  const read = readRegisterForm(form)
  if (!read.ok) {
    Astro.response.status = 422
    return { ...view, values: read.values, errors: read.errors }
  }
  const shown = { first_name: read.values.first_name, last_name: read.values.last_name, email: read.values.email }
  const registration = await registerCustomer(read.values).catch(() => null)
  if (!registration) {
    Astro.response.status = 503
    return { ...view, values: shown, notice: "fehler" }
  }
  if (!registration.ok || !startSession(Astro, registration.token)) {
    Astro.response.status = 422
    return { ...view, values: shown, exists: true }
  }
  await takeOverCart(Astro, registration.token)
  return Astro.redirect(`${pathTo(locale, "account")}?hinweis=willkommen`, 303)
}

/**
 * `/konto/abmelden`: POST forgets the login and the cart (on a shared computer, the next person
 * must not order with the customer's cart and address), then shows the login page with a
 * notice. A GET changes nothing: it leads to the account.
 */
export function handleLogout(Astro: AstroGlobal, locale: Locale): Response {
  privatePage(Astro)
  if (Astro.request.method !== "POST") return Astro.redirect(pathTo(locale, "account"), 302)
  endSession(Astro)
  Astro.cookies.delete(CART_COOKIE, { path: "/" })
  return Astro.redirect(`${pathTo(locale, "accountLogin")}?hinweis=abgemeldet`, 303)
}

/**
 * `/konto`: the logged-in customer and its orders; without a login (or with one the backend no
 * longer accepts) the login page.
 */
export async function handleAccount(Astro: AstroGlobal, locale: Locale): Promise<Response | AccountView> {
  privatePage(Astro)
  const token = readSession(Astro)
  if (!token) return Astro.redirect(pathTo(locale, "accountLogin"), 302)
  const customer = await loadCustomer(token)
  if (!customer) {
    endSession(Astro)
    return Astro.redirect(`${pathTo(locale, "accountLogin")}?hinweis=abgelaufen`, 302)
  }
  return { customer, orders: await listOrders(token, locale), notice: readAccountNotice(Astro.url) }
}
