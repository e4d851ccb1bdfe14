/**
 * The money of one producer's part of an order, computed once when the order is placed: its
 * goods and shipping as charged (gross, with the VAT they contain), the association's
 * commission on the goods (never on shipping: the producer delivers), and the payout.
 */

/** Commission rates from the plugin's options: a default and, optionally, one per category handle. */
export type CommissionRates = { default_rate: number; categories?: Record<string, number> }

/** An order line of the producer's, as charged. */
export type SaleLine = { total: number; tax_total: number; category_handles: string[] }

export type PartSale = {
  goods_total: number
  goods_tax_total: number
  shipping_total: number
  shipping_tax_total: number
  commission_rate: number
  commission_total: number
  payout_total: number
}

const cents = (amount: number) => Math.round(amount * 100) / 100

/** The rate for one line: the producer's own, else its category's (the highest if several), else the default. */
export function lineRate(line: SaleLine, rates: CommissionRates, producerRate: number | null | undefined): number {
  if (producerRate !== null && producerRate !== undefined) return producerRate
  const categoryRates = line.category_handles.map((handle) => rates.categories?.[handle]).filter((rate): rate is number => rate !== undefined)
  return categoryRates.length ? Math.max(...categoryRates) : rates.default_rate
}

/**
 * A part's sale. Lines are grouped by their rate and each group's commission is taken in cents,
 * so a part at one rate (the usual case) records exactly that rate and a refund reverses at it;
 * a part mixing rates records the rate its goods were charged at as a whole.
 */
export function saleOfPart(
  lines: SaleLine[],
  shipping: { total: number; tax_total: number }[],
  rates: CommissionRates,
  producerRate?: number | null
): PartSale {
  const goods_total = cents(lines.reduce((sum, line) => sum + line.total, 0))
  const goods_tax_total = cents(lines.reduce((sum, line) => sum + line.tax_total, 0))
  const shipping_total = cents(shipping.reduce((sum, method) => sum + method.total, 0))
  const shipping_tax_total = cents(shipping.reduce((sum, method) => sum + method.tax_total, 0))
  const goodsByRate = new Map<number, number>()
  for (const line of lines) {
    const rate = lineRate(line, rates, producerRate)
    goodsByRate.set(rate, (goodsByRate.get(rate) ?? 0) + line.total)
  }
  const commission_total = cents([...goodsByRate].reduce((sum, [rate, goods]) => sum + cents(goods * rate), 0))
  const commission_rate =
    goodsByRate.size === 1
      ? [...goodsByRate.keys()][0]
      : goods_total > 0
        ? Number((commission_total / goods_total).toFixed(6))
        : lineRate({ total: 0, tax_total: 0, category_handles: [] }, rates, producerRate)
  return {
    goods_total,
    goods_tax_total,
    shipping_total,
    shipping_tax_total,
    commission_rate,
    commission_total,
    payout_total: cents(goods_total + shipping_total - commission_total),
  }
}
