import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { knexOf } from "@genussnetz/producers/database"
import LedgerEntry, { type LedgerEntryKind } from "./models/ledger-entry"
import OrderPart, { type OrderPartStatus } from "./models/order-part"
import Payout, { type PayoutMethod } from "./models/payout"
import SellerAccount from "./models/seller-account"
import type { CommissionRates, PartSale } from "./sale"
import { StripeConnect } from "./stripe-connect"

export type LedgerModuleOptions = {
  /** The association's commission: a default rate (0.12 = 12 %) and rates per category handle. */
  commission?: Partial<CommissionRates>
  /**
   * How producers are paid. Unset: by the association's own bank transfer (a payout run records
   * what is due and that it is paid). `stripe_connect`: by Stripe transfers to each producer's
   * connected account, from the association's Stripe balance (separate charges and transfers).
   */
  payouts?: { stripe_connect?: { api_key: string } }
}

/** Unless configured: 12 % of the goods, as regional marketplaces of this kind commonly take. */
export const DEFAULT_COMMISSION_RATE = 0.12

/** What a producer is owed in one currency at a moment: its entries' payouts less its payouts. */
export type Balance = { producer_id: string; currency_code: string; earned: number; paid_out: number; due: number }

const cents = (amount: number) => Math.round(amount * 100) / 100

/**
 * The association's books of the marketplace: each producer's part of every order, the frozen
 * money lines of those parts, the producers as payees (own rate, VAT status, Stripe account) and
 * what they were paid.
 */
export default class LedgerModuleService extends MedusaService({ SellerAccount, OrderPart, LedgerEntry, Payout }) {
  protected readonly commissionRates_: CommissionRates
  protected readonly stripeConnect_: StripeConnect | undefined

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
    const connect = options.payouts?.stripe_connect
    if (connect && !connect.api_key) throw new Error("The marketplace plugin's payouts.stripe_connect needs the Stripe API key (api_key)")
    this.stripeConnect_ = connect ? new StripeConnect(connect.api_key) : undefined
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

  /** The association's Stripe Connect client, when producers are paid that way; else undefined. */
  stripeConnect(): StripeConnect | undefined {
    return this.stripeConnect_
  }

  /** How this shop pays its producers. */
  payoutMethod(): PayoutMethod {
    return this.stripeConnect_ ? "stripe_connect" : "bank_transfer"
  }

  /**
   * Each producer's balance at `until`: what its entries written before then owe it, less every
   * payout that did not fail (whenever it was made: a payout settles all before its own
   * `covers_until`, so what it paid is never owed twice). One sum per producer and currency,
   * in SQL, however long the books grow; only `producerIds`' when given.
   */
  @InjectManager()
  async balancesAt(until: Date, producerIds?: string[], @MedusaContext() sharedContext: Context = {}): Promise<Balance[]> {
    const onlyThese = producerIds ? `AND producer_id = ANY(?)` : ""
    const { rows } = await knexOf(sharedContext).raw(
      `SELECT producer_id, currency_code, SUM(earned) AS earned, SUM(paid_out) AS paid_out FROM (
         SELECT p.producer_id, p.currency_code, e.payout_total AS earned, 0 AS paid_out
         FROM ledger_entry e JOIN order_part p ON p.id = e.part_id
         WHERE e.deleted_at IS NULL AND p.deleted_at IS NULL AND e.created_at < ?
         UNION ALL
         SELECT producer_id, currency_code, 0, amount FROM payout WHERE deleted_at IS NULL AND status <> 'failed'
       ) money WHERE TRUE ${onlyThese}
       GROUP BY producer_id, currency_code
       ORDER BY producer_id, currency_code`,
      producerIds ? [until, producerIds] : [until]
    )
    return rows.map((row: { producer_id: string; currency_code: string; earned: string; paid_out: string }) => {
      const earned = cents(Number(row.earned))
      const paidOut = cents(Number(row.paid_out))
      return { producer_id: row.producer_id, currency_code: row.currency_code, earned, paid_out: paidOut, due: cents(earned - paidOut) }
    })
  }

  /**
   * How many of a producer's order parts stand in each status, counted in SQL (the portal's
   * dashboard asks on every visit; a busy producer has thousands of parts).
   */
  @InjectManager()
  async countOrderPartsByStatus(producerId: string, @MedusaContext() sharedContext: Context = {}): Promise<Partial<Record<OrderPartStatus, number>>> {
    const { rows } = await knexOf(sharedContext).raw(
      `SELECT status, COUNT(*) AS count FROM order_part WHERE producer_id = ? AND deleted_at IS NULL GROUP BY status`,
      [producerId]
    )
    return Object.fromEntries(rows.map((row: { status: OrderPartStatus; count: string }) => [row.status, Number(row.count)]))
  }

  /**
   * Sets parts' statuses and writes their entries in one transaction: a reader never sees a part
   * cancelled without the void that goes with it (the two writes apart, a page or a payout run
   * between them read a cancelled part still owing its producer the sale).
   */
  @InjectTransactionManager()
  async settleOrderParts(
    statuses: { id: string; status: OrderPartStatus }[],
    entries: (PartSale & { part_id: string; kind: LedgerEntryKind })[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.updateOrderParts(statuses, sharedContext)
    return await this.createLedgerEntries(entries, sharedContext)
  }

  /** Sends a payout to the producer's connected Stripe account; throws Stripe's refusal. */
  async transferToConnectedAccount(payout: { id: string; amount: number; currency_code: string; producer_id: string }, destination: string) {
    if (!this.stripeConnect_) throw new Error("Stripe Connect payouts are not configured")
    return await this.stripeConnect_.transfer(payout, destination)
  }

  /** The Stripe transfer already made for a payout, if Stripe has one (a run cut off after sending it). */
  async transferOfPayout(payoutId: string) {
    if (!this.stripeConnect_) throw new Error("Stripe Connect payouts are not configured")
    return await this.stripeConnect_.transferOf(payoutId)
  }

  /** Takes back a Stripe transfer in full (when the run that made it is undone). */
  async reverseTransfer(transferId: string, payoutId: string) {
    if (!this.stripeConnect_) throw new Error("Stripe Connect payouts are not configured")
    await this.stripeConnect_.reverse(transferId, payoutId)
  }
}
