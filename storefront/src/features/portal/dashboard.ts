/** A claim counts as about to expire within this many days. */
export const EXPIRING_DAYS = 30

export type OwnClaim = { id: string; label: string; status: string; valid_until: string | null }

/** What the backend counts for the dashboard (`GET /producer/dashboard`). */
export type DashboardCounts = {
  order_parts: { open: number; ready_for_pickup: number; fulfilled: number; total: number }
  set_up: boolean
  /** Published pack sizes running low, fewest first: `named` the first few, `count` all of them. */
  low_stock: { count: number; named: { product_id: string; title: string; variant: string; stock: number }[] }
  products_without_food_information: number
}

/** The producer's claims (not rejected) whose validity ends within EXPIRING_DAYS from now. */
export function expiringClaims(claims: readonly OwnClaim[], now: Date): OwnClaim[] {
  const horizon = now.getTime() + EXPIRING_DAYS * 86_400_000
  return claims.filter((claim) => {
    if (claim.status === "rejected" || !claim.valid_until) return false
    const until = Date.parse(claim.valid_until)
    return until >= now.getTime() && until <= horizon
  })
}
