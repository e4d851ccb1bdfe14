import type { AstroGlobal } from "astro"
import { pathTo, type Locale } from "../../lib/i18n"
import { isHandle } from "../../lib/request-guard"
import { addToCart, CART_COOKIE, CART_COOKIE_MAX_AGE, isStockRefusal, loadCartView, setQuantity } from "./data"
import { readCartNotice, type CartNotice } from "./notices"

/** Medusa's ids (prefix, underscore, ULID); anything else is not sent to the backend. */
const ID = /^[A-Za-z0-9_]{1,80}$/
/** At most this many of one thing in one line: a food shop, not a wholesaler. */
const MAX_QUANTITY = 99

/** A quantity from a form: a whole number from 0 to 99, or null. */
export function readQuantity(value: FormDataEntryValue | null): number | null {
  if (typeof value !== "string" || value.trim() === "") return null
  const quantity = Number(value)
  return Number.isInteger(quantity) && quantity >= 0 && quantity <= MAX_QUANTITY ? quantity : null
}

/** What a cart form asks for, once its fields are checked. */
export type CartChange =
  | { action: "add"; variantId: string; quantity: number }
  | { action: "set"; lineId: string; quantity: number }

/** A cart form post read: the change (null when the input is invalid) and where to send the shopper. */
export type CartPost = {
  change: CartChange | null
  /** After the change went through: the cart. */
  done: string
  /** Where a refusal is shown: beside the line that was changed, or in the product page's form. */
  refusedAt: (notice: CartNotice) => string
}

/**
 * Reads a cart form (add, update, remove) without touching the backend. A refusal goes back
 * where the shopper acted: an add to the product page's form (`#kaufen`) when the form names
 * a valid product handle, a change to its line in the cart (`#zeile-<id>`), anything else to
 * the cart's top.
 */
export function readCartPost(locale: Locale, form: FormData, hasCart: boolean): CartPost {
  const done = pathTo(locale, "cart")
  const post: CartPost = { change: null, done, refusedAt: (notice) => `${done}?hinweis=${notice}` }
  const action = form.get("action")
  if (action === "add") {
    const productHandle = String(form.get("product_handle") ?? "")
    if (isHandle(productHandle)) {
      post.refusedAt = (notice) => `${pathTo(locale, "product", productHandle)}?hinweis=${notice}#kaufen`
    }
    const variantId = String(form.get("variant_id") ?? "")
    const quantity = readQuantity(form.get("quantity") ?? "1")
    if (ID.test(variantId) && quantity) post.change = { action: "add", variantId, quantity }
  } else if (action === "update" || action === "remove") {
    const lineId = String(form.get("line_id") ?? "")
    const quantity = action === "remove" ? 0 : readQuantity(form.get("quantity"))
    if (hasCart && ID.test(lineId) && quantity !== null) {
      post.change = { action: "set", lineId, quantity }
      post.refusedAt = (notice) => `${done}?hinweis=${notice}&zeile=${lineId}#zeile-${lineId}`
    }
  }
  return post
}

/** The notice for a change the backend refused. */
export const refusalNotice = (error: unknown): CartNotice => (isStockRefusal(error) ? "lager" : "fehler")

/**
 * The cart page's form posts (add, set quantity, remove) run here, on the server, then
 * redirect back (post/redirect/get): the cart works without JavaScript. A refusal from
 * Medusa (e.g. not enough stock) comes back as a notice shown where the shopper acted.
 */
export async function handleCartRequest(Astro: AstroGlobal, locale: Locale) {
  const cartId = Astro.cookies.get(CART_COOKIE)?.value
  if (Astro.request.method === "POST") {
    const { change, done, refusedAt } = readCartPost(locale, await Astro.request.formData(), Boolean(cartId))
    if (!change) return Astro.redirect(refusedAt("ungueltig"), 303)
    try {
      if (change.action === "add") {
        const id = await addToCart(cartId, change.variantId, change.quantity)
        Astro.cookies.set(CART_COOKIE, id, {
          path: "/",
          httpOnly: true,
          sameSite: "lax",
          secure: Astro.url.protocol === "https:",
          maxAge: CART_COOKIE_MAX_AGE,
        })
      } else {
        await setQuantity(cartId!, change.lineId, change.quantity)
      }
    } catch (error) {
      return Astro.redirect(refusedAt(refusalNotice(error)), 303)
    }
    return Astro.redirect(done, 303)
  }
  const notice = readCartNotice(Astro.url)
  const line = Astro.url.searchParams.get("zeile")
  return { ...(await loadCartView(locale, cartId)), notice, noticeLine: line && ID.test(line) ? line : null }
}
