import type { AstroGlobal } from "astro"
import { FetchError } from "@medusajs/js-sdk"
import { pathTo, type Locale } from "../../lib/i18n"
import { addToCart, CART_COOKIE, CART_COOKIE_MAX_AGE, loadCartView, setQuantity } from "./data"
import { readCartNotice, type CartNotice } from "./notices"

const ID = /^[A-Za-z0-9_]{1,80}$/
const HANDLE = /^[a-z0-9][a-z0-9-]{0,119}$/

function readQuantity(value: FormDataEntryValue | null): number | null {
  const quantity = Number(value)
  return Number.isInteger(quantity) && quantity >= 0 && quantity <= 99 ? quantity : null
}

/**
 * The cart page's form posts (add, set quantity, remove) run here, on the server, then
 * redirect back (post/redirect/get): the cart works without JavaScript. A refusal from
 * Medusa (e.g. not enough stock) comes back as a notice shown where the shopper acted:
 * beside the cart line that was changed, or in the product page's form that added it.
 */
export async function handleCartRequest(Astro: AstroGlobal, locale: Locale) {
  const cartId = Astro.cookies.get(CART_COOKIE)?.value
  if (Astro.request.method === "POST") {
    const form = await Astro.request.formData()
    const action = form.get("action")
    const back = new URL(pathTo(locale, "cart"), Astro.url)
    /** Where a refusal is shown: the line's row in the cart, or the product page's form. */
    let refusedAt = (notice: CartNotice) => `${back.pathname}?hinweis=${notice}`
    try {
      if (action === "add") {
        const productHandle = String(form.get("product_handle") ?? "")
        if (HANDLE.test(productHandle)) {
          refusedAt = (notice) => `${pathTo(locale, "product", productHandle)}?hinweis=${notice}#kaufen`
        }
        const variantId = String(form.get("variant_id") ?? "")
        const quantity = readQuantity(form.get("quantity") ?? "1")
        if (!ID.test(variantId) || !quantity) return Astro.redirect(refusedAt("ungueltig"), 303)
        const id = await addToCart(cartId, variantId, quantity)
        Astro.cookies.set(CART_COOKIE, id, {
          path: "/",
          httpOnly: true,
          sameSite: "lax",
          secure: Astro.url.protocol === "https:",
          maxAge: CART_COOKIE_MAX_AGE,
        })
      } else if (action === "update" || action === "remove") {
        const lineId = String(form.get("line_id") ?? "")
        const quantity = action === "remove" ? 0 : readQuantity(form.get("quantity"))
        if (!cartId || !ID.test(lineId) || quantity === null) return Astro.redirect(refusedAt("ungueltig"), 303)
        refusedAt = (notice) => `${back.pathname}?hinweis=${notice}&zeile=${lineId}#zeile-${lineId}`
        await setQuantity(cartId, lineId, quantity)
      } else {
        return Astro.redirect(refusedAt("ungueltig"), 303)
      }
    } catch (error) {
      const notice = error instanceof FetchError && /inventory|stock/i.test(error.message) ? "lager" : "fehler"
      return Astro.redirect(refusedAt(notice), 303)
    }
    return Astro.redirect(back.pathname, 303)
  }
  const notice = readCartNotice(Astro.url)
  const line = Astro.url.searchParams.get("zeile")
  return { ...(await loadCartView(locale, cartId)), notice, noticeLine: line && ID.test(line) ? line : null }
}
