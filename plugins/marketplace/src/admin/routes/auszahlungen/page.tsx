import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Alert, Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Pager } from "../../lib/pager"
import { sdk } from "../../lib/sdk"

type VatStatus = "standard" | "small_business"
/** A producer as a payee, as `GET /admin/seller-accounts` answers it. */
type Payee = {
  producer_id: string
  name: string
  commission_rate: number | null
  vat_status: VatStatus
  stripe_account_id: string | null
  balances: { currency_code: string; due: number }[]
  ready_to_be_paid: boolean
  /** What the payout run still needs of it (a bank account, or a connected Stripe account). */
  missing_for_payout: ("account_holder" | "iban" | "stripe_account")[]
}
type PayeePage = { seller_accounts: Payee[]; count: number; payout_method: "bank_transfer" | "stripe_connect"; default_commission_rate: number }
/** What `POST /admin/payouts` answers. */
type PayoutRun = {
  payouts: { id: string; producer_name: string; amount: number; currency_code: string; status: "paid" | "pending" | "failed"; failure: string | null }[]
  waiting: { producer_id: string; amount: number; currency_code: string; reason: "no_stripe_account" | "no_bank_account" }[]
}
/** A payee's settings as the row's inputs hold them: the rate in percent, as typed. */
type Draft = { commission: string; vat_status: VatStatus; stripe_account_id: string }

const PAGE = 50
const today = () => new Date().toISOString().slice(0, 10)
const firstOfMonth = () => `${today().slice(0, 8)}01`

/** "12,5" or "12.5" (percent) as the rate the route takes (0.125); NaN for anything else. */
const rateOf = (percent: string) => {
  const normal = percent.trim().replace(",", ".")
  return /^\d+(\.\d+)?$/.test(normal) ? Math.round(Number(normal) * 100) / 10_000 : Number.NaN
}
const draftOf = (payee: Payee, language: string): Draft => ({
  commission: payee.commission_rate === null ? "" : new Intl.NumberFormat(language, { maximumFractionDigits: 2, useGrouping: false }).format(payee.commission_rate * 100),
  vat_status: payee.vat_status,
  stripe_account_id: payee.stripe_account_id ?? "",
})

/**
 * The association's payouts: a payout run up to a day (each producer paid its balance by bank
 * transfer or Stripe Connect, as the shop is configured), the period summary as CSV, and the
 * producers as payees with what they are owed, their commission rate, VAT status and Stripe
 * account. Every rule is the routes'; their refusals are shown as they answer.
 */
const AuszahlungenPage = () => {
  const { t, i18n } = useTranslation()
  const text = (key: string, options?: Record<string, unknown>) => t(`genussnetz.payouts.${key}`, options) as string
  const money = (amount: number, currency = "eur") => new Intl.NumberFormat(i18n.language, { style: "currency", currency: currency.toUpperCase() }).format(amount)

  const [page, setPage] = useState<PayeePage | null>(null)
  const [offset, setOffset] = useState(0)
  const [drafts, setDrafts] = useState<Record<string, Draft>>({})
  const load = useCallback(async () => {
    const answer = await sdk.client.fetch<PayeePage>("/admin/seller-accounts", { query: { limit: PAGE, offset } })
    setPage(answer)
    setDrafts(Object.fromEntries(answer.seller_accounts.map((payee) => [payee.producer_id, draftOf(payee, i18n.language)])))
  }, [offset, i18n.language])
  useEffect(() => {
    load().catch((e: Error) => toast.error(e.message))
  }, [load])

  const [until, setUntil] = useState(today())
  const [run, setRun] = useState<PayoutRun | null>(null)
  const [runRefusal, setRunRefusal] = useState<string | null>(null)
  const [running, setRunning] = useState(false)
  const payOut = async () => {
    setRunning(true)
    setRunRefusal(null)
    try {
      setRun(await sdk.client.fetch<PayoutRun>("/admin/payouts", { method: "POST", body: { until } }))
      await load()
    } catch (e) {
      setRunRefusal((e as Error).message)
    } finally {
      setRunning(false)
    }
  }

  const [from, setFrom] = useState(firstOfMonth())
  const [to, setTo] = useState(today())

  const [saving, setSaving] = useState<string | null>(null)
  const save = async (payee: Payee) => {
    const draft = drafts[payee.producer_id]
    setSaving(payee.producer_id)
    try {
      await sdk.client.fetch(`/admin/seller-accounts/${payee.producer_id}`, {
        method: "POST",
        body: {
          commission_rate: draft.commission.trim() === "" ? null : rateOf(draft.commission),
          vat_status: draft.vat_status,
          stripe_account_id: draft.stripe_account_id.trim() === "" ? null : draft.stripe_account_id.trim(),
        },
      })
      toast.success(text("payees.saved", { name: payee.name }))
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setSaving(null)
    }
  }
  const change = (producerId: string, patch: Partial<Draft>) => setDrafts({ ...drafts, [producerId]: { ...drafts[producerId], ...patch } })
  const connect = page?.payout_method === "stripe_connect"

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{text("heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle mt-1">
            {text(connect ? "introConnect" : "introBank")}
          </Text>
        </div>
        <form
          className="flex flex-wrap items-end gap-3 px-6 py-4"
          aria-label={text("run.heading")}
          onSubmit={(event) => {
            event.preventDefault()
            void payOut()
          }}
        >
          <div>
            <Label htmlFor="payout-until">{text("run.until")}</Label>
            <Input id="payout-until" type="date" value={until} max={today()} onChange={(e) => setUntil(e.target.value)} />
          </div>
          <Button type="submit" isLoading={running}>
            {text("run.start")}
          </Button>
        </form>
        {runRefusal && (
          <div className="px-6 py-4">
            <Alert variant="error" role="alert">
              <Text size="small" weight="plus">
                {text("run.refused")}
              </Text>
              <Text size="small">{runRefusal}</Text>
            </Alert>
          </div>
        )}
        {run && (
          <div className="flex flex-col gap-y-2 px-6 py-4" role="status" data-payout-run>
            <Text size="small" weight="plus">
              {run.payouts.length ? text("run.made", { count: run.payouts.length }) : text("run.none")}
            </Text>
            <ul>
              {run.payouts.map((payout) => (
                <li key={payout.id} data-payout={payout.status}>
                  {payout.producer_name}: {money(payout.amount, payout.currency_code)} — {text(`run.statuses.${payout.status}`)}
                  {payout.failure ? ` (${payout.failure})` : ""}
                </li>
              ))}
              {run.waiting.map((waiting) => (
                <li key={waiting.producer_id} data-payout="waiting">
                  {text(`run.waiting.${waiting.reason}`, {
                    name: page?.seller_accounts.find((payee) => payee.producer_id === waiting.producer_id)?.name ?? waiting.producer_id,
                    amount: money(waiting.amount, waiting.currency_code),
                  })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{text("statement.heading")}</Heading>
        </div>
        <div className="flex flex-wrap items-end gap-3 px-6 py-4">
          <div>
            <Label htmlFor="statement-from">{text("statement.from")}</Label>
            <Input id="statement-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div>
            <Label htmlFor="statement-to">{text("statement.to")}</Label>
            <Input id="statement-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
          {/* A plain download: the admin's session cookie goes along, the route answers the CSV. */}
          <a className="text-ui-fg-interactive hover:underline" href={`/admin/payouts?${new URLSearchParams({ from, to, format: "csv" })}`} download>
            {text("statement.download")}
          </a>
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">{text("payees.heading")}</Heading>
          {page && (
            <Text size="small" className="text-ui-fg-subtle">
              {text("payees.page", { from: page.count ? offset + 1 : 0, to: offset + page.seller_accounts.length, count: page.count })}
            </Text>
          )}
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{text("payees.name")}</Table.HeaderCell>
              <Table.HeaderCell>{text("payees.due")}</Table.HeaderCell>
              <Table.HeaderCell>{text("payees.commission")}</Table.HeaderCell>
              <Table.HeaderCell>{text("payees.vat")}</Table.HeaderCell>
              <Table.HeaderCell>{text("payees.stripe")}</Table.HeaderCell>
              <Table.HeaderCell>{text("payees.ready")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {page?.seller_accounts.map((payee) => {
              const draft = drafts[payee.producer_id]
              if (!draft) return null
              return (
                <Table.Row key={payee.producer_id} data-payee={payee.producer_id} className="align-top">
                  <Table.Cell className="py-2">
                    {payee.name}
                    <br />
                    <a className="text-ui-fg-interactive text-xs hover:underline" href={`/admin/payouts/${payee.producer_id}?${new URLSearchParams({ from, to, format: "csv" })}`} download>
                      {text("payees.statement")}
                    </a>
                  </Table.Cell>
                  <Table.Cell className="py-2" data-due>
                    {payee.balances.length ? payee.balances.map((balance) => money(balance.due, balance.currency_code)).join(", ") : money(0)}
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <Input
                      size="small"
                      inputMode="decimal"
                      aria-label={`${text("payees.commission")}: ${payee.name}`}
                      placeholder={text("payees.commissionHint", { rate: (page.default_commission_rate * 100).toLocaleString(i18n.language) })}
                      value={draft.commission}
                      onChange={(e) => change(payee.producer_id, { commission: e.target.value })}
                    />
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <Select value={draft.vat_status} onValueChange={(value) => change(payee.producer_id, { vat_status: value as VatStatus })}>
                      <Select.Trigger aria-label={`${text("payees.vat")}: ${payee.name}`}>
                        <Select.Value />
                      </Select.Trigger>
                      <Select.Content>
                        {(["standard", "small_business"] as const).map((status) => (
                          <Select.Item key={status} value={status}>
                            {text(`payees.vatStatuses.${status}`)}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <Input
                      size="small"
                      aria-label={`${text("payees.stripe")}: ${payee.name}`}
                      placeholder="acct_…"
                      value={draft.stripe_account_id}
                      onChange={(e) => change(payee.producer_id, { stripe_account_id: e.target.value })}
                    />
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <Badge size="2xsmall" color={payee.ready_to_be_paid ? "green" : "orange"}>
                      {payee.ready_to_be_paid ? text("payees.yes") : text(payee.missing_for_payout.includes("stripe_account") ? "payees.noAccount" : "payees.noBankAccount")}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell className="py-2 text-right">
                    <Button type="button" size="small" variant="secondary" isLoading={saving === payee.producer_id} onClick={() => void save(payee)}>
                      {text("payees.save")}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
        <Pager
          offset={offset}
          pageSize={PAGE}
          count={page?.count ?? null}
          shown={page?.seller_accounts.length ?? 0}
          labels={{ previous: text("payees.previous"), next: text("payees.next") }}
          onOffset={setOffset}
        />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "genussnetz.payouts.menu",
  translationNs: "translation",
  icon: Cash,
})

export default AuszahlungenPage
