import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE, payeeGaps } from "../../modules/ledger"
import type { VatStatus } from "../../modules/ledger/models/seller-account"
import type LedgerModuleService from "../../modules/ledger/service"
import { totalsOf, type ProducerSummary, type StatementEntry } from "../../modules/ledger/statement"
import type { PayoutPeriodType } from "./validators"

/** The period a request names: from its first day to the end of its last. */
export function periodOf({ from, to }: PayoutPeriodType) {
  return { from: new Date(`${from}T00:00:00Z`), to: new Date(new Date(`${to}T00:00:00Z`).getTime() + 24 * 3600 * 1000) }
}

async function payees(container: MedusaContainer, producerIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [{ data: producers }, accounts] = await Promise.all([
    query.graph({ entity: "producer", filters: { id: producerIds }, fields: ["id", "name"] }),
    ledger.listSellerAccounts({ producer_id: producerIds }),
  ])
  return new Map(
    producers.map((producer: { id: string; name: string }) => [
      producer.id,
      { name: producer.name, vat_status: (accounts.find((a) => a.producer_id === producer.id)?.vat_status ?? "standard") as VatStatus },
    ])
  )
}

type StoredEntry = Awaited<ReturnType<LedgerModuleService["entriesOfPeriod"]>>[number]

/** A stored entry as a statement line: its amounts (kept as Medusa's big numbers) as plain numbers. */
const statementLine = (entry: StoredEntry, orderDisplayId: number | null): StatementEntry => ({
  created_at: entry.created_at,
  order_display_id: orderDisplayId,
  kind: entry.kind,
  goods_total: Number(entry.goods_total),
  goods_tax_total: Number(entry.goods_tax_total),
  shipping_total: Number(entry.shipping_total),
  shipping_tax_total: Number(entry.shipping_tax_total),
  commission_rate: Number(entry.commission_rate),
  commission_total: Number(entry.commission_total),
  payout_total: Number(entry.payout_total),
})

/** One producer's statement for a period: its entries with their orders' numbers, and the sums. */
export async function producerStatement(container: MedusaContainer, producerId: string, period: PayoutPeriodType) {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const range = periodOf(period)
  const entries = await ledger.entriesOfPeriod(range, producerId)
  const orderIds = [...new Set(entries.map((entry) => entry.part.order_id))]
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", filters: { id: orderIds }, fields: ["id", "display_id"] })
    : { data: [] as { id: string; display_id: number }[] }
  const displayId = new Map(orders.map((order: { id: string; display_id: number }) => [order.id, order.display_id]))
  const producer = (await payees(container, [producerId])).get(producerId) ?? { name: producerId, vat_status: "standard" as const }
  const lines = entries.map((entry) => statementLine(entry, displayId.get(entry.part.order_id) ?? null))
  const payouts = await ledger.listPayouts({ producer_id: producerId, created_at: { $gte: range.from, $lt: range.to } }, { order: { created_at: "ASC" }, take: null })
  return { producer: { id: producerId, ...producer }, period, entries: lines, totals: totalsOf(lines), payouts: payouts.map(payoutView) }
}

/** The association's view of a period: each producer's sums and the sum over all. */
export async function payoutSummary(container: MedusaContainer, period: PayoutPeriodType) {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const entries = await ledger.entriesOfPeriod(periodOf(period))
  const byProducer = new Map<string, typeof entries>()
  for (const entry of entries) byProducer.set(entry.part.producer_id, [...(byProducer.get(entry.part.producer_id) ?? []), entry])
  const names = await payees(container, [...byProducer.keys()])
  const producers: ProducerSummary[] = [...byProducer.entries()]
    .map(([producerId, own]) => ({
      producer_id: producerId,
      name: names.get(producerId)?.name ?? producerId,
      vat_status: names.get(producerId)?.vat_status ?? "standard",
      entries: own.length,
      ...totalsOf(own.map((entry) => statementLine(entry, null))),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "de"))
  return { period, producers, totals: totalsOf(producers) }
}

type StoredPayout = Awaited<ReturnType<LedgerModuleService["listPayouts"]>>[number]

/** A payout as the routes answer it: its amount a plain number. */
export const payoutView = (payout: StoredPayout) => ({
  id: payout.id,
  producer_id: payout.producer_id,
  currency_code: payout.currency_code,
  amount: Number(payout.amount),
  covers_until: payout.covers_until,
  method: payout.method,
  status: payout.status,
  transfer_id: payout.transfer_id,
  failure: payout.failure,
  created_at: payout.created_at,
})

/** The payouts of a run, each with its producer's name, largest first. */
export async function payoutsByIds(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return []
  const payouts = await container.resolve<LedgerModuleService>(LEDGER_MODULE).listPayouts({ id: ids }, { take: null })
  const names = await payees(container, [...new Set(payouts.map((payout) => payout.producer_id))])
  return payouts
    .map((payout) => ({ ...payoutView(payout), producer_name: names.get(payout.producer_id)?.name ?? payout.producer_id }))
    .sort((a, b) => b.amount - a.amount)
}

type Payee = { id: string; name: string; status: string }

/**
 * Producers as payees: their own rate (null: the category's or the default), VAT status and id,
 * bank account and Stripe account, what they are owed now, and whether a payout run can pay them
 * (what they lack: by bank transfer a bank account, with Stripe Connect a connected account).
 */
export async function sellerAccountViews(container: MedusaContainer, producers: Payee[]) {
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const ids = producers.map((producer) => producer.id)
  const [accounts, balances] = ids.length
    ? await Promise.all([ledger.listSellerAccounts({ producer_id: ids }), ledger.balancesAt(new Date(), ids)])
    : [[], []]
  const method = ledger.payoutMethod()
  return producers.map((producer) => {
    const account = accounts.find((a) => a.producer_id === producer.id)
    const stripeAccountId = account?.stripe_account_id ?? null
    return {
      producer_id: producer.id,
      name: producer.name,
      producer_status: producer.status,
      commission_rate: account?.commission_rate == null ? null : Number(account.commission_rate),
      vat_status: (account?.vat_status ?? "standard") as VatStatus,
      vat_id: account?.vat_id ?? null,
      account_holder: account?.account_holder ?? null,
      iban: account?.iban ?? null,
      stripe_account_id: stripeAccountId,
      balances: balances.filter((b) => b.producer_id === producer.id).map(({ currency_code, due }) => ({ currency_code, due })),
      missing_for_payout: payeeGaps(method, account),
      ready_to_be_paid: payeeGaps(method, account).length === 0,
    }
  })
}
