/**
 * Payout statements: what the association owes each producer for a period, line by line (one
 * per ledger entry) and summed, and the association's view over all producers. Also their CSV,
 * shaped for German spreadsheets (semicolons, decimal commas, UTF-8 with a byte-order mark).
 */
import type { LedgerEntryKind } from "./models/ledger-entry"
import type { VatStatus } from "./models/seller-account"
import type { PartSale } from "./sale"

export type StatementEntry = PartSale & {
  created_at: Date | string
  order_display_id: number | string | null
  kind: LedgerEntryKind
}

export type StatementTotals = Omit<PartSale, "commission_rate">

const AMOUNTS = ["goods_total", "goods_tax_total", "shipping_total", "shipping_tax_total", "commission_total", "payout_total"] as const

const cents = (amount: number) => Math.round(amount * 100) / 100

export function totalsOf(entries: StatementTotals[]): StatementTotals {
  const totals = Object.fromEntries(AMOUNTS.map((key) => [key, 0])) as StatementTotals
  for (const entry of entries) for (const key of AMOUNTS) totals[key] = cents(totals[key] + Number(entry[key]))
  return totals
}

export const VAT_STATUS_LABELS: Record<VatStatus, string> = {
  standard: "regelbesteuert",
  small_business: "Kleinunternehmer (§ 19 UStG)",
}

const KIND_LABELS: Record<LedgerEntryKind, string> = { sale: "Verkauf", refund: "Erstattung", void: "Storno (Zahlung fehlgeschlagen)" }

const decimal = (amount: number) => cents(Number(amount)).toFixed(2).replace(".", ",")
const day = (date: Date | string) => new Date(date).toISOString().slice(0, 10)

/** A CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
function field(value: string | number): string {
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const csv = (rows: (string | number)[][]) => `\uFEFF${rows.map((row) => row.map(field).join(";")).join("\r\n")}\r\n`

/** One producer's statement: a line per entry, then the sums. */
export function statementCsv(producer: { name: string; vat_status: VatStatus }, entries: StatementEntry[]): string {
  const header = ["Datum", "Bestellung", "Art", "Produzent", "USt-Status", "Warenwert brutto", "darin USt", "Versand brutto", "darin USt (Versand)", "Provisionssatz %", "Provision", "Auszahlung"]
  const vat = VAT_STATUS_LABELS[producer.vat_status]
  const rows = entries.map((entry) => [
    day(entry.created_at),
    entry.order_display_id ?? "",
    KIND_LABELS[entry.kind],
    producer.name,
    vat,
    decimal(entry.goods_total),
    decimal(entry.goods_tax_total),
    decimal(entry.shipping_total),
    decimal(entry.shipping_tax_total),
    decimal(entry.commission_rate * 100),
    decimal(entry.commission_total),
    decimal(entry.payout_total),
  ])
  const sums = totalsOf(entries)
  rows.push(["Summe", "", "", producer.name, vat, decimal(sums.goods_total), decimal(sums.goods_tax_total), decimal(sums.shipping_total), decimal(sums.shipping_tax_total), "", decimal(sums.commission_total), decimal(sums.payout_total)])
  return csv([header, ...rows])
}

export type ProducerSummary = StatementTotals & { producer_id: string; name: string; vat_status: VatStatus; entries: number }

/** The association's view: one line per producer with its sums, then the sum over all. */
export function summaryCsv(producers: ProducerSummary[]): string {
  const header = ["Produzent", "USt-Status", "Buchungen", "Warenwert brutto", "darin USt", "Versand brutto", "darin USt (Versand)", "Provision", "Auszahlung"]
  const line = (name: string, vat: string, count: number | string, sums: StatementTotals) => [
    name,
    vat,
    count,
    decimal(sums.goods_total),
    decimal(sums.goods_tax_total),
    decimal(sums.shipping_total),
    decimal(sums.shipping_tax_total),
    decimal(sums.commission_total),
    decimal(sums.payout_total),
  ]
  const rows = producers.map((p) => line(p.name, VAT_STATUS_LABELS[p.vat_status], p.entries, p))
  rows.push(line("Summe aller Produzenten", "", producers.reduce((n, p) => n + p.entries, 0), totalsOf(producers)))
  return csv([header, ...rows])
}
