import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Alert, Badge, Button, Container, Heading, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { handleFromName, type ApplicationStatus, type ProducerCraft } from "../../../modules/producer/vocabulary"
import { sdk } from "../../lib/sdk"

/** An application as `GET /admin/producer-applications` answers it, with the fields shown here. */
type Application = {
  id: string
  business_name: string
  craft: ProducerCraft
  town: string
  postal_code: string
  contact_name: string
  email: string
  phone: string | null
  about: string
  status: ApplicationStatus
  rejection_reason: string | null
  decided_at: string | null
  producer_id: string | null
  created_at: string
}
type ApplicationPage = { producer_applications: Application[]; count: number; limit: number; offset: number }
/** The list's filter: one status, or every application. */
type Filter = ApplicationStatus | "all"
type Decision = "approve" | "reject"
/** Where the approved business is, as the card's inputs hold it: coordinates as typed. */
type Placement = { district: string; latitude: string; longitude: string; handle: string }

const PAGE = 20
const FILTERS: Filter[] = ["pending", "approved", "rejected", "all"]
const NO_PLACEMENT: Placement = { district: "", latitude: "", longitude: "", handle: "" }

/** "49,8917" or "49.8917" as a number; NaN for anything else (the route then says what is wrong). */
const parseCoordinate = (text: string) => {
  const normal = text.trim().replace(",", ".")
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN
}

/** A record without one key. */
const without = <T,>(record: Record<string, T>, key: string) => Object.fromEntries(Object.entries(record).filter(([other]) => other !== key))

/**
 * The association's applications desk: businesses asking to join, the open ones first. An open
 * application is approved with where the business is (its district and coordinates for the map;
 * the route creates the producer and mails the applicant the owner's invitation) or rejected with
 * a reason the applicant is mailed. Every rule is the routes'; a refusal is shown in their words.
 */
const BewerbungenPage = () => {
  const { t, i18n } = useTranslation()
  const text = (key: string, options?: Record<string, unknown>) => t(`genussnetz.applications.${key}`, options) as string
  const dateOf = (iso: string) => {
    const options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" }
    try {
      return new Intl.DateTimeFormat(i18n.language, options).format(new Date(iso))
    } catch {
      // Some of the admin's language codes ("ptBR", "zhCN") are no locales Intl knows.
      return new Intl.DateTimeFormat(undefined, options).format(new Date(iso))
    }
  }

  const [filter, setFilter] = useState<Filter>("pending")
  const [offset, setOffset] = useState(0)
  const [page, setPage] = useState<ApplicationPage | null>(null)
  // Each load has a ticket: an answer that arrives after a newer load began is dropped.
  const latestLoad = useRef(0)
  const load = useCallback(async () => {
    const ticket = ++latestLoad.current
    const answer = await sdk.client.fetch<ApplicationPage>("/admin/producer-applications", {
      query: { limit: PAGE, offset, ...(filter === "all" ? {} : { status: filter }) },
    })
    if (ticket !== latestLoad.current) return
    // The last one of a later page was decided away: show the page before.
    if (answer.producer_applications.length === 0 && offset > 0) {
      setOffset(Math.max(0, offset - PAGE))
      return
    }
    setPage(answer)
  }, [filter, offset])
  useEffect(() => {
    load().catch((e: Error) => toast.error(e.message))
  }, [load])

  const [placements, setPlacements] = useState<Record<string, Placement>>({})
  const [reasons, setReasons] = useState<Record<string, string>>({})
  /** The application whose rejection form is open (one at a time). */
  const [rejecting, setRejecting] = useState<string | null>(null)
  const [refusals, setRefusals] = useState<Record<string, { decision: Decision; message: string }>>({})
  const [busy, setBusy] = useState<string | null>(null)

  const place = (id: string, patch: Partial<Placement>) => setPlacements({ ...placements, [id]: { ...(placements[id] ?? NO_PLACEMENT), ...patch } })

  const decide = async (application: Application, decision: Decision, body: Record<string, unknown>) => {
    setBusy(`${application.id}:${decision}`)
    setRefusals((current) => without(current, application.id))
    try {
      await sdk.client.fetch(`/admin/producer-applications/${application.id}/${decision}`, { method: "POST", body })
    } catch (e) {
      setRefusals((current) => ({ ...current, [application.id]: { decision, message: (e as Error).message } }))
      return
    } finally {
      setBusy(null)
    }
    toast.success(text(`${decision}.done`, { name: application.business_name, email: application.email }))
    setPlacements((current) => without(current, application.id))
    setReasons((current) => without(current, application.id))
    setRejecting((current) => (current === application.id ? null : current))
    await load().catch((e: Error) => toast.error(e.message))
  }

  const approve = (application: Application) => {
    const placement = placements[application.id] ?? NO_PLACEMENT
    return decide(application, "approve", {
      district: placement.district.trim(),
      latitude: parseCoordinate(placement.latitude),
      longitude: parseCoordinate(placement.longitude),
      ...(placement.handle.trim() ? { handle: placement.handle.trim() } : {}),
    })
  }
  const reject = (application: Application) => decide(application, "reject", { reason: reasons[application.id] ?? "" })

  const applications = page?.producer_applications ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{text("heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle mt-1">
            {text("intro")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Label htmlFor="applications-filter">{text("filter")}</Label>
          <Select
            size="small"
            value={filter}
            onValueChange={(value) => {
              setFilter(value as Filter)
              setOffset(0)
            }}
          >
            <Select.Trigger id="applications-filter" aria-label={text("filter")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {FILTERS.map((option) => (
                <Select.Item key={option} value={option}>
                  {text(`filters.${option}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>

      {page && applications.length === 0 && <Text className="px-6 py-4">{text("empty")}</Text>}

      {applications.map((application) => {
        const id = application.id
        const placement = placements[id] ?? NO_PLACEMENT
        const refusal = refusals[id]
        const deciding = busy?.startsWith(`${id}:`) ?? false
        const field = (name: keyof Placement) => `application-${id}-${name}`
        return (
          <section key={id} data-application-id={id} aria-label={application.business_name} className="flex flex-col gap-y-3 px-6 py-4">
            <div className="flex flex-wrap items-center gap-2">
              <Heading level="h2">{application.business_name}</Heading>
              <Badge
                size="2xsmall"
                color={application.status === "approved" ? "green" : application.status === "rejected" ? "red" : "orange"}
                data-status={application.status}
              >
                {text(`statuses.${application.status}`)}
              </Badge>
            </div>

            <dl className="txt-small grid gap-x-4 gap-y-1 md:grid-cols-[max-content_1fr]">
              <dt className="text-ui-fg-subtle">{text("craft")}</dt>
              <dd data-craft={application.craft}>{t(`genussnetz.applications.crafts.${application.craft}`, { defaultValue: application.craft }) as string}</dd>
              <dt className="text-ui-fg-subtle">{text("place")}</dt>
              <dd>
                {application.postal_code} {application.town}
              </dd>
              <dt className="text-ui-fg-subtle">{text("contact")}</dt>
              <dd>{application.contact_name}</dd>
              <dt className="text-ui-fg-subtle">{text("email")}</dt>
              <dd>
                <a className="text-ui-fg-interactive hover:underline" href={`mailto:${application.email}`}>
                  {application.email}
                </a>
              </dd>
              <dt className="text-ui-fg-subtle">{text("phone")}</dt>
              <dd>{application.phone ? <a href={`tel:${application.phone.replace(/[^\d+]/g, "")}`}>{application.phone}</a> : "—"}</dd>
              <dt className="text-ui-fg-subtle">{text("submitted")}</dt>
              <dd>
                <time dateTime={application.created_at}>{dateOf(application.created_at)}</time>
              </dd>
              {application.decided_at && (
                <>
                  <dt className="text-ui-fg-subtle">{text("decided")}</dt>
                  <dd>
                    <time dateTime={application.decided_at}>{dateOf(application.decided_at)}</time>
                  </dd>
                </>
              )}
              {application.producer_id && (
                <>
                  <dt className="text-ui-fg-subtle">{text("producer")}</dt>
                  <dd>{application.producer_id}</dd>
                </>
              )}
              {application.rejection_reason && (
                <>
                  <dt className="text-ui-fg-subtle">{text("rejectedBecause")}</dt>
                  <dd className="whitespace-pre-line">{application.rejection_reason}</dd>
                </>
              )}
              <dt className="text-ui-fg-subtle">{text("about")}</dt>
              <dd className="whitespace-pre-line">{application.about}</dd>
            </dl>

            {application.status === "pending" && (
              <>
                <form
                  className="flex flex-col gap-y-2"
                  aria-label={text("approve.heading")}
                  onSubmit={(event) => {
                    event.preventDefault()
                    void approve(application)
                  }}
                >
                  <Text size="small" weight="plus">
                    {text("approve.heading")}
                  </Text>
                  <div className="grid gap-3 md:grid-cols-4">
                    <div>
                      <Label htmlFor={field("district")}>{text("approve.district")}</Label>
                      <Input
                        id={field("district")}
                        size="small"
                        placeholder={text("approve.districtHint")}
                        value={placement.district}
                        onChange={(e) => place(id, { district: e.target.value })}
                      />
                    </div>
                    <div>
                      <Label htmlFor={field("latitude")}>{text("approve.latitude")}</Label>
                      <Input
                        id={field("latitude")}
                        size="small"
                        inputMode="decimal"
                        placeholder={text("approve.latitudeHint")}
                        value={placement.latitude}
                        onChange={(e) => place(id, { latitude: e.target.value })}
                      />
                    </div>
                    <div>
                      <Label htmlFor={field("longitude")}>{text("approve.longitude")}</Label>
                      <Input
                        id={field("longitude")}
                        size="small"
                        inputMode="decimal"
                        placeholder={text("approve.longitudeHint")}
                        value={placement.longitude}
                        onChange={(e) => place(id, { longitude: e.target.value })}
                      />
                    </div>
                    <div>
                      <Label htmlFor={field("handle")}>{text("approve.handle")}</Label>
                      <Input
                        id={field("handle")}
                        size="small"
                        placeholder={text("approve.handleHint", { handle: handleFromName(application.business_name) })}
                        value={placement.handle}
                        onChange={(e) => place(id, { handle: e.target.value })}
                      />
                    </div>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <Button type="submit" size="small" isLoading={busy === `${id}:approve`} disabled={deciding}>
                      {text("approve.submit")}
                    </Button>
                    {/* While the rejection form is open its own button sends; "Reject" would also name "Send rejection". */}
                    {rejecting !== id && (
                      <Button type="button" size="small" variant="secondary" disabled={deciding} onClick={() => setRejecting(id)}>
                        {text("reject.open")}
                      </Button>
                    )}
                  </div>
                </form>

                {rejecting === id && (
                  <form
                    className="flex flex-col gap-y-2"
                    aria-label={text("reject.heading")}
                    onSubmit={(event) => {
                      event.preventDefault()
                      void reject(application)
                    }}
                  >
                    <Label htmlFor={`application-${id}-reason`}>{text("reject.reason")}</Label>
                    <Textarea
                      id={`application-${id}-reason`}
                      aria-describedby={`application-${id}-reason-hint`}
                      autoFocus
                      value={reasons[id] ?? ""}
                      onChange={(e) => setReasons({ ...reasons, [id]: e.target.value })}
                    />
                    <Text id={`application-${id}-reason-hint`} size="small" className="text-ui-fg-subtle">
                      {text("reject.reasonHint")}
                    </Text>
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
              </>
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
        <div className="flex items-center justify-between gap-x-2 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {text("page", { from: offset + 1, to: offset + applications.length, count: page.count })}
          </Text>
          <div className="flex gap-x-2">
            <Button type="button" size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {text("previous")}
            </Button>
            <Button type="button" size="small" variant="secondary" disabled={offset + PAGE >= page.count} onClick={() => setOffset(offset + PAGE)}>
              {text("next")}
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "genussnetz.applications.menu",
  translationNs: "translation",
  icon: BuildingStorefront,
})

export default BewerbungenPage
