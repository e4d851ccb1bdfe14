import { MedusaService } from "@medusajs/framework/utils"
import LedgerEntry from "./models/ledger-entry"
import OrderPart from "./models/order-part"
import SellerAccount from "./models/seller-account"
import type { CommissionRates } from "./sale"

export type LedgerModuleOptions = {
  /** The association's commission: a default rate (0.12 = 12 %) and rates per category handle. */
  commission?: Partial<CommissionRates>
}

/** Unless configured: 12 % of the goods, as regional marketplaces of this kind commonly take. */
export const DEFAULT_COMMISSION_RATE = 0.12

/**
 * The association's books of the marketplace: each producer's part of every order, the frozen
 * money lines of those parts, and the producers as payees (own rate, VAT status).
 */
export default class LedgerModuleService extends MedusaService({ SellerAccount, OrderPart, LedgerEntry }) {
  protected readonly commissionRates_: CommissionRates

  constructor(container: Record<string, unknown>, options: LedgerModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    for (const [where, rate] of [["default_rate", options.commission?.default_rate], ...Object.entries(options.commission?.categories ?? {})] as const) {
      if (rate !== undefined && !(typeof rate === "number" && rate >= 0 && rate < 1)) {
        throw new Error(`The marketplace plugin's commission rate ${where} must be a number from 0 to below 1 (0.12 = 12 %), not ${JSON.stringify(rate)}`)
      }
    }
    this.commissionRates_ = {
      default_rate: options.commission?.default_rate ?? DEFAULT_COMMISSION_RATE,
      categories: { ...options.commission?.categories },
    }
  }

  /**
   * The ledger entries written in a period (from inclusive, to exclusive), oldest first, with
   * their part; only one producer's when `producerId` is given.
   */
  async entriesOfPeriod(range: { from: Date; to: Date }, producerId?: string) {
    return await this.listLedgerEntries(
      { created_at: { $gte: range.from, $lt: range.to }, ...(producerId ? { part: { producer_id: producerId } } : {}) },
      { relations: ["part"], order: { created_at: "ASC", id: "ASC" }, take: null }
    )
  }

  /** The configured commission rates. */
  commissionRates(): CommissionRates {
    return this.commissionRates_
  }
}
