import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare } from "@medusajs/icons"
import { Alert, Badge, Button, Container, Heading, Label, Select, Switch, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import type { ChangeRequestStatus } from "../../../modules/product-review"
import { Pager } from "../../lib/pager"
import { sdk } from "../../lib/sdk"

type Texts = { de: string; en: string | null }
/** One field a request would change, as `GET /admin/change-requests` answers it. */
type FieldChange = { field: string; before: unknown; after: unknown }
type ChangeRequest = {
  id: string
  status: ChangeRequestStatus
  reason: string | null
  created_at: string
  decided_at: string | null
  product: { id: string; title: string | null; handle: string | null; status: string | null }
  producer: { id: string; name: string | null }
  changes: FieldChange[]
}
type RequestPage = { change_requests: ChangeRequest[]; count: number; review_required: boolean }
type Decision = "approve" | "reject"

const PAGE = 20
const STATUSES: ChangeRequestStatus[] = ["pending", "approved", "rejected", "withdrawn"]

/** A record without one key. */
const without = <T,>(record: Record<string, T>, key: string) => Object.fromEntries(Object.entries(record).filter(([other]) => other !== key))

/**
 * The association's review desk for producers' changes: whether review is required (a switch),
 * the waiting changes first come first, each field before and after, approved as the producer
 * made it or turned down with a reason the producer reads in its portal. Every rule is the
 * routes'; a refusal (a food without its food information, a colleague faster) is shown in their words.
 */
const AenderungenPage = () => {
  const { t, i18n } = useTranslation()
  const text = (key: string, options?: Record<string, unknown>) => t(`genussnetz.changeRequests.${key}`, options) as string
  const dateOf = (iso: string) => {
    const options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" }
    try {
      return new Intl.DateTimeFormat(i18n.language, options).format(new Date(iso))
    } catch {
      // Some of the admin's language codes ("ptBR") are no locales Intl knows.
      return new Intl.DateTimeFormat(undefined, options).format(new Date(iso))
    }
  }
  const monthName = (month: number) => {
    try {
      return new Intl.DateTimeFormat(i18n.language, { month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2026, month - 1, 15)))
    } catch {
      return String(month)
    }
  }
  /** A field's value as a person reads it. */
  const shown = (field: string, value: unknown): string => {
    if (value === null || value === undefined) return "—"
    if (field === "title" || field === "description") {
      const texts = value as Texts
      return texts.en ? `${texts.de}\n(${text("english")}: ${texts.en})` : `${texts.de}\n(${text("noEnglish")})`
    }
    if (field === "category_id" || field === "type_id") return (value as { name: string | null }).name ?? String((value as { id: string }).id)
    if (field === "chilled") return text(value ? "yes" : "no")
    if (field === "season_months") return (value as number[]).length ? (value as number[]).map(monthName).join(", ") : text("allYear")
    if (field === "status") return text(`productStatuses.${value}`)
    return JSON.stringify(value)
  }

  const [status, setStatus] = useState<ChangeRequestStatus>("pending")
  const [offset, setOffset] = useState(0)
  const [page, setPage] = useState<RequestPage | null>(null)
  const latestLoad = useRef(0)
  const load = useCallback(async () => {
    const ticket = ++latestLoad.current
    const answer = await sdk.client.fetch<RequestPage>("/admin/change-requests", { query: { limit: PAGE, offset, status } })
    if (ticket !== latestLoad.current) return
    if (answer.change_requests.length === 0 && offset > 0) {
      setOffset(Math.max(0, offset - PAGE))
      return
    }
    setPage(answer)
  }, [status, offset])
  useEffect(() => {
    load().catch((e: Error) => toast.error(e.message))
  }, [load])

  const [switching, setSwitching] = useState(false)
  const setRequired = async (required: boolean) => {
    setSwitching(true)
    try {
      await sdk.client.fetch("/admin/product-review-setting", { method: "POST", body: { required } })
      toast.success(text(required ? "setting.on" : "setting.off"))
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setSwitching(false)
    }
  }

  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [rejecting, setRejecting] = useState<string | null>(null)
  const [refusals, setRefusals] = useState<Record<string, { decision: Decision; message: string }>>({})
  const [busy, setBusy] = useState<string | null>(null)
  const decide = async (request: ChangeRequest, decision: Decision) => {
    setBusy(`${request.id}:${decision}`)
    setRefusals((current) => without(current, request.id))
    try {
      await sdk.client.fetch(`/admin/change-requests/${request.id}/${decision}`, { method: "POST", body: decision === "reject" ? { reason: reasons[request.id] ?? "" } : {} })
    } catch (e) {
      setRefusals((current) => ({ ...current, [request.id]: { decision, message: (e as Error).message } }))
      return
    } finally {
      setBusy(null)
    }
    toast.success(text(`${decision}.done`, { product: request.product.title ?? request.product.id }))
    setReasons((current) => without(current, request.id))
    setRejecting((current) => (current === request.id ? null : current))
    await load().catch((e: Error) => toast.error(e.message))
  }

  const requests = page?.change_requests ?? []
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{text("heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle mt-1">
            {text("intro")}
          </Text>
        </div>
        <div className="flex flex-col gap-y-3">
          <div className="flex items-center gap-x-2">
            <Switch
              id="review-required"
              checked={page?.review_required ?? false}
              disabled={!page || switching}
              onCheckedChange={(checked) => void setRequired(checked)}
            />
            <Label htmlFor="review-required">{text("setting.label")}</Label>
          </div>
          <div className="flex items-center gap-x-2">
            <Label htmlFor="change-requests-filter">{text("filter")}</Label>
            <Select
              size="small"
              value={status}
              onValueChange={(value) => {
                setStatus(value as ChangeRequestStatus)
                setOffset(0)
              }}
            >
              <Select.Trigger id="change-requests-filter" aria-label={text("filter")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {STATUSES.map((option) => (
                  <Select.Item key={option} value={option}>
                    {text(`statuses.${option}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
      </div>

      {page && requests.length === 0 && <Text className="px-6 py-4">{text(status === "pending" ? "emptyPending" : "empty")}</Text>}

      {requests.map((request) => {
        const id = request.id
        const refusal = refusals[id]
        const deciding = busy?.startsWith(`${id}:`) ?? false
        const title = request.product.title ?? request.product.id
        return (
          <section key={id} data-change-request-id={id} aria-label={title} className="flex flex-col gap-y-3 px-6 py-4">
            <div className="flex flex-wrap items-center gap-2">
              <Heading level="h2">{title}</Heading>
              <Badge size="2xsmall" color={request.status === "approved" ? "green" : request.status === "rejected" ? "red" : request.status === "pending" ? "orange" : "grey"}>
                {text(`statuses.${request.status}`)}
              </Badge>
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {text("by", { producer: request.producer.name ?? request.producer.id })} · <time dateTime={request.created_at}>{dateOf(request.created_at)}</time>
            </Text>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{text("field")}</Table.HeaderCell>
                  <Table.HeaderCell>{text("before")}</Table.HeaderCell>
                  <Table.HeaderCell>{text("after")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {request.changes.map((change) => (
                  <Table.Row key={change.field} data-field={change.field}>
                    <Table.Cell>{text(`fields.${change.field}`)}</Table.Cell>
                    <Table.Cell className="whitespace-pre-line py-2">{shown(change.field, change.before)}</Table.Cell>
                    <Table.Cell className="whitespace-pre-line py-2 font-medium">{shown(change.field, change.after)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            {request.reason && (
              <Text size="small">
                {text("rejectedBecause")} {request.reason}
              </Text>
            )}

            {request.status === "pending" && (
              <div className="flex flex-wrap gap-2">
                <Button type="button" size="small" isLoading={busy === `${id}:approve`} disabled={deciding} onClick={() => void decide(request, "approve")}>
                  {text("approve.submit")}
                </Button>
                {rejecting !== id && (
                  <Button type="button" size="small" variant="secondary" disabled={deciding} onClick={() => setRejecting(id)}>
                    {text("reject.open")}
                  </Button>
                )}
              </div>
            )}
            {request.status === "pending" && rejecting === id && (
              <form
                className="flex flex-col gap-y-2"
                aria-label={text("reject.heading")}
                onSubmit={(event) => {
                  event.preventDefault()
                  void decide(request, "reject")
                }}
              >
                <Label htmlFor={`change-request-${id}-reason`}>{text("reject.reason")}</Label>
                <Textarea id={`change-request-${id}-reason`} autoFocus value={reasons[id] ?? ""} onChange={(e) => setReasons({ ...reasons, [id]: e.target.value })} />
                <div className="flex flex-wrap gap-2">
                  <Button type="submit" size="small" variant="danger" isLoading={busy === `${id}:reject`} disabled={deciding}>
                    {text("reject.submit")}
                  </Button>
                  <Button type="button" size="small" variant="secondary" disabled={deciding} onClick={() => setRejecting(null)}>
                    {text("reject.cancel")}
                  </Button>
                </div>
              </form>
            )}
            {refusal && (
              <Alert variant="error" role="alert">
                <Text size="small" weight="plus">
                  {text(`${refusal.decision}.refused`)}
                </Text>
                <Text size="small">{refusal.message}</Text>
              </Alert>
            )}
          </section>
        )
      })}

      {page && page.count > 0 && (
        <Pager
          offset={offset}
          pageSize={PAGE}
          count={page.count}
          shown={requests.length}
          labels={{ previous: text("previous"), next: text("next") }}
          summary={(range) => text("page", range)}
          onOffset={setOffset}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "genussnetz.changeRequests.menu",
  translationNs: "translation",
  icon: PencilSquare,
})

export default AenderungenPage
