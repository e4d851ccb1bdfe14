/** A component's part of a Genusspaket: whose it is and its share of the bundle's price. */
export type ComponentShare = { variant_id: string; share: number }

const cents = (amount: number) => Math.round(amount * 100) / 100 || 0

/**
 * Splits a Genusspaket's order line (its total and the VAT in it, as charged) into each
 * component's revenue by share, in whole cents. The largest share takes what rounding leaves,
 * so the pieces add up to the line exactly: the makers' revenue never differs from what the
 * shopper paid by a cent.
 */
export function splitBundleLine<C extends ComponentShare>(line: { total: number; tax_total: number }, components: C[]): (C & { total: number; tax_total: number })[] {
  if (!components.length) return []
  const largest = components.reduce((best, component, i) => (component.share > components[best].share ? i : best), 0)
  const pieces = components.map((component) => ({ ...component, total: cents(line.total * component.share), tax_total: cents(line.tax_total * component.share) }))
  const rest = (field: "total" | "tax_total") => cents(line[field] - pieces.reduce((sum, piece, i) => (i === largest ? sum : sum + piece[field]), 0))
  pieces[largest].total = rest("total")
  pieces[largest].tax_total = rest("tax_total")
  return pieces
}

/** Shares of one bundle must each be above 0 and add up to 1 (to a millionth). */
export function sharesAddUp(shares: number[]) {
  return shares.every((share) => share > 0 && share <= 1) && Math.abs(shares.reduce((sum, share) => sum + share, 0) - 1) < 1e-6
}
