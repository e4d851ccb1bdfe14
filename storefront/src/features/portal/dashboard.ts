import type { PortalProductSummary } from "./data"

/** A pack size counts as running low at or below this many left to sell. */
export const LOW_STOCK = 3
/** A claim counts as about to expire within this many days. */
export const EXPIRING_DAYS = 30

export type OwnClaim = { id: string; label: string; status: string; valid_until: string | null }

/** What the dashboard points out besides the orders: goods running low, food information missing, claims about to expire. */
export function dashboardNotes(products: readonly PortalProductSummary[], claims: readonly OwnClaim[], now: Date) {
  const lowStock = products
    .filter((product) => product.status === "published")
    .flatMap((product) =>
      product.variants
        .filter((variant) => variant.stock !== null && variant.stock <= LOW_STOCK)
        .map((variant) => ({ productId: product.id, title: product.title, variant: variant.title, stock: Math.max(0, variant.stock ?? 0) }))
    )
    .sort((a, b) => a.stock - b.stock || a.title.localeCompare(b.title, "de"))
  const withoutFoodInformation = products.filter((product) => !product.food_information).length
  const horizon = now.getTime() + EXPIRING_DAYS * 86_400_000
  const expiringClaims = claims.filter((claim) => {
    if (claim.status === "rejected" || !claim.valid_until) return false
    const until = Date.parse(claim.valid_until)
    return until >= now.getTime() && until <= horizon
  })
  return { lowStock, withoutFoodInformation, expiringClaims }
}
