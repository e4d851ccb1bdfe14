import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarMini } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Heading, Input, Label, Select, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from "../../../modules/content/vocabulary"
import { sdk } from "../../lib/sdk"

type ListedEvent = { id: string; handle: string; kind: EventKind; status: EventStatus; title: string; starts_local: string; ends_local: string; all_day: boolean; rrule: string | null; town: string }
type EventPage = { events: ListedEvent[]; count: number; limit: number; offset: number }
type Filter = EventStatus | "all"

const PAGE = 50
const FILTERS: Filter[] = ["all", ...EVENT_STATUSES]
const STATUS_COLOR: Record<EventStatus, "green" | "orange" | "grey"> = { published: "green", draft: "grey", cancelled: "orange" }
const EMPTY_FORM = {
  title_de: "", title_en: "", description_de: "", description_en: "", kind: "market" as EventKind, starts: "", ends: "", all_day: false,
  rrule: "", exdates: "", place_name: "", street: "", postal_code: "", town: "", latitude: "", longitude: "", organiser: "",
}
type Form = typeof EMPTY_FORM

/** A number as typed in German or English ("49,89" or "49.89"); the route refuses what is none. */
const numberOf = (text: string) => Number(text.trim().replace(",", "."))

/**
 * The association's events: the list with each one's standing (draft, published, cancelled),
 * publishing and cancelling with a reason, and a new event as a draft. Every rule is the route's:
 * its refusal shows as it answers (end before start, a rule that is no RRULE, an unknown producer).
 */
const VeranstaltungenPage = () => {
  const { t } = useTranslation()
  const text = (key: string, options?: Record<string, unknown>) => t(`genussnetz.events.${key}`, options) as string

  const [filter, setFilter] = useState<Filter>("all")
  const [offset, setOffset] = useState(0)
  const [page, setPage] = useState<EventPage | null>(null)
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState<string | null>(null)
  const [form, setForm] = useState<Form>(EMPTY_FORM)
  const [refusal, setRefusal] = useState<string | null>(null)
  // Each load has a ticket: an answer that arrives after a newer load began is dropped.
  const latestLoad = useRef(0)
  const load = useCallback(async () => {
    const ticket = ++latestLoad.current
    const answer = await sdk.client.fetch<EventPage>("/admin/events", { query: { limit: PAGE, offset, ...(filter === "all" ? {} : { status: filter }) } })
    if (ticket === latestLoad.current) setPage(answer)
  }, [filter, offset])
  useEffect(() => {
    load().catch((e: Error) => toast.error(e.message))
  }, [load])

  const setStatus = async (event: ListedEvent, status: "published" | "cancelled") => {
    setBusy(event.id)
    try {
      const note = notes[event.id]?.trim()
      await sdk.client.fetch(`/admin/events/${event.id}`, { method: "POST", body: { status, ...(status === "cancelled" && note ? { cancellation_note: note } : {}) } })
      toast.success(text(status, { title: event.title }))
      await load()
    } catch (e) {
      toast.error(`${text("refused")} ${(e as Error).message}`)
    } finally {
      setBusy(null)
    }
  }

  const create = async (submitted: FormEvent) => {
    submitted.preventDefault()
    setRefusal(null)
    const optional = (value: string) => (value.trim() ? value.trim() : undefined)
    try {
      await sdk.client.fetch("/admin/events", {
        method: "POST",
        body: {
          kind: form.kind,
          title: { de: form.title_de, ...(optional(form.title_en) ? { en: form.title_en } : {}) },
          description: { de: form.description_de, ...(optional(form.description_en) ? { en: form.description_en } : {}) },
          starts: form.starts,
          ends: form.ends,
          all_day: form.all_day,
          rrule: optional(form.rrule) ?? null,
          exdates: form.exdates.split(",").map((day) => day.trim()).filter(Boolean),
          place: {
            name: form.place_name,
            ...(optional(form.street) ? { street: form.street } : {}),
            ...(optional(form.postal_code) ? { postal_code: form.postal_code } : {}),
            town: form.town,
            latitude: numberOf(form.latitude),
            longitude: numberOf(form.longitude),
          },
          organiser: form.organiser,
        },
      })
      toast.success(text("created", { title: form.title_de }))
      setForm(EMPTY_FORM)
      await load()
    } catch (e) {
      setRefusal((e as Error).message)
    }
  }

  const field = (name: keyof Form, label: string, multiline = false) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`event-${name}`}>{text(label)}</Label>
      {multiline ? (
        <Textarea id={`event-${name}`} value={form[name] as string} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
      ) : (
        <Input id={`event-${name}`} size="small" value={form[name] as string} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
      )}
    </div>
  )

  const events = page?.events ?? []
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{text("heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle mt-1">
            {text("intro")}
          </Text>
        </div>
        <div className="flex items-center gap-2">
          <Label htmlFor="events-filter">{text("filter")}</Label>
          <Select
            size="small"
            value={filter}
            onValueChange={(value) => {
              setFilter(value as Filter)
              setOffset(0)
            }}
          >
            <Select.Trigger id="events-filter" aria-label={text("filter")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {FILTERS.map((option) => (
                <Select.Item key={option} value={option}>
                  {option === "all" ? text("all") : text(`statuses.${option}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>

      {page && events.length === 0 && <Text className="px-6 py-4">{text("empty")}</Text>}
      {events.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{text("title")}</Table.HeaderCell>
              <Table.HeaderCell>{text("when")}</Table.HeaderCell>
              <Table.HeaderCell>{text("town")}</Table.HeaderCell>
              <Table.HeaderCell>{text("status")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {events.map((event) => (
              <Table.Row key={event.id} data-event-id={event.id}>
                <Table.Cell>
                  {event.title}
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {text(`kinds.${event.kind}`)}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  {event.starts_local.replace("T", " ")} – {event.ends_local.replace("T", " ")}
                  {event.rrule && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {text("recurring", { rule: event.rrule })}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>{event.town}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={STATUS_COLOR[event.status]} data-status={event.status}>
                    {text(`statuses.${event.status}`)}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex items-center justify-end gap-x-2">
                    {event.status !== "published" && (
                      <Button size="small" variant="secondary" disabled={busy === event.id} onClick={() => setStatus(event, "published")}>
                        {text("publish")}
                      </Button>
                    )}
                    {event.status === "published" && (
                      <>
                        <Input
                          size="small"
                          aria-label={`${text("cancelNote")}: ${event.title}`}
                          placeholder={text("cancelNote")}
                          value={notes[event.id] ?? ""}
                          onChange={(e) => setNotes({ ...notes, [event.id]: e.target.value })}
                        />
                        <Button size="small" variant="danger" disabled={busy === event.id} onClick={() => setStatus(event, "cancelled")}>
                          {text("cancel")}
                        </Button>
                      </>
                    )}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}

      {page && page.count > 0 && (
        <div className="flex items-center justify-between gap-x-2 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {text("page", { from: offset + 1, to: offset + events.length, count: page.count })}
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

      <form className="grid gap-4 px-6 py-4 md:grid-cols-2" onSubmit={create} aria-labelledby="event-create">
        <Heading level="h2" id="event-create" className="md:col-span-2">
          {text("create")}
        </Heading>
        {field("title_de", "titleDe")}
        {field("title_en", "titleEn")}
        {field("description_de", "descriptionDe", true)}
        {field("description_en", "descriptionEn", true)}
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="event-kind">{text("kind")}</Label>
          <Select size="small" value={form.kind} onValueChange={(value) => setForm({ ...form, kind: value as EventKind })}>
            <Select.Trigger id="event-kind" aria-label={text("kind")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {EVENT_KINDS.map((kind) => (
                <Select.Item key={kind} value={kind}>
                  {text(`kinds.${kind}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex items-center gap-x-2">
          <Checkbox id="event-all_day" checked={form.all_day} onCheckedChange={(checked) => setForm({ ...form, all_day: checked === true })} />
          <Label htmlFor="event-all_day">{text("allDay")}</Label>
        </div>
        {field("starts", "starts")}
        {field("ends", "ends")}
        {field("rrule", "rrule")}
        {field("exdates", "exdates")}
        {field("place_name", "placeName")}
        {field("street", "street")}
        {field("postal_code", "postalCode")}
        {field("town", "placeTown")}
        {field("latitude", "latitude")}
        {field("longitude", "longitude")}
        {field("organiser", "organiser")}
        {refusal && (
          <Text role="alert" className="text-ui-fg-error md:col-span-2">
            {text("refused")} {refusal}
          </Text>
        )}
        <div className="md:col-span-2">
          <Button type="submit" size="small">
            {text("save")}
          </Button>
        </div>
      </form>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "genussnetz.events.menu",
  translationNs: "translation",
  icon: CalendarMini,
})

export default VeranstaltungenPage
