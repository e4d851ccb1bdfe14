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

// `|| 0`: no -0 in the books (a line refunded to nothing is 0, not -0).
const cents = (amount: number) => Math.round(amount * 100) / 100 || 0

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

/** The money lines a part holds now: its sale with every refund so far added (refunds are negative). */
export function remainingOfPart(entries: Omit<PartSale, "commission_rate">[]): Omit<PartSale, "commission_rate"> {
  const sum = (field: keyof Omit<PartSale, "commission_rate">) => cents(entries.reduce((total, entry) => total + Number(entry[field]), 0))
  return {
    goods_total: sum("goods_total"),
    goods_tax_total: sum("goods_tax_total"),
    shipping_total: sum("shipping_total"),
    shipping_tax_total: sum("shipping_tax_total"),
    commission_total: sum("commission_total"),
    payout_total: sum("payout_total"),
  }
}

/** The rate a part's sale was written at (frozen; every refund and void of the part reverses at it), 0 without a sale. */
export const saleRateOfPart = (entries: { kind: string; commission_rate: unknown }[]) =>
  Number(entries.find((entry) => entry.kind === "sale")?.commission_rate ?? 0)

/** What of a part can still go back to the shopper: its goods and shipping less earlier refunds. */
export const refundableOfPart = (remaining: Omit<PartSale, "commission_rate">) => cents(remaining.goods_total + remaining.shipping_total)

/**
 * The entry that gives `amount` of a part back, reversing the sale at the sale's own rate
 * (`saleRate`, frozen when the order was placed: a later change of the producer's or the
 * category's rate never reaches an old order). The goods are refunded first — a refund is
 * usually for goods that were missing or spoilt — and shipping only with what exceeds them.
 * VAT goes back in proportion to what is refunded. Giving back everything that remains reverses
 * every line exactly, so a part refunded in full ends at zero whatever the rounding before.
 * Amounts are negative.
 */
export function refundOfPart(remaining: Omit<PartSale, "commission_rate">, saleRate: number, amount: number): PartSale {
  const refundable = refundableOfPart(remaining)
  if (!(amount > 0) || cents(amount) > refundable) {
    throw new RangeError(`A refund of this part must be more than 0 and at most ${refundable.toFixed(2)}, not ${amount}`)
  }
  const share = (part: number, whole: number, tax: number) => (part === whole ? tax : whole > 0 ? cents((tax * part) / whole) : 0)
  const goods = cents(Math.min(cents(amount), remaining.goods_total))
  const shipping = cents(cents(amount) - goods)
  const commission = goods === remaining.goods_total ? remaining.commission_total : cents(goods * saleRate)
  const negative = (value: number) => (value === 0 ? 0 : -value)
  return {
    goods_total: negative(goods),
    goods_tax_total: negative(share(goods, remaining.goods_total, remaining.goods_tax_total)),
    shipping_total: negative(shipping),
    shipping_tax_total: negative(share(shipping, remaining.shipping_total, remaining.shipping_tax_total)),
    commission_rate: saleRate,
    commission_total: negative(commission),
    payout_total: negative(cents(goods + shipping - commission)),
  }
}
