import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarMini } from "@medusajs/icons"
import { Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { EVENT_KINDS, EVENT_STATUSES } from "../../../modules/content/vocabulary"
import { EventFields } from "../../components/event-fields"
import { Pager } from "../../components/pager"
import { PageHeader } from "../../components/page-header"
import { PublishButton } from "../../components/publish-button"
import { Refusal } from "../../components/refusal"
import { SearchField } from "../../components/search-field"
import { SelectField } from "../../components/select-field"
import { StatusBadge } from "../../components/status-badge"
import { StatusFilter } from "../../components/status-filter"
import { reasonOf } from "../../lib/errors"
import { eventBodyOf, NEW_EVENT, type EventDraft, type EventPage, type ListedEvent } from "../../lib/events"
import { usePlaceChoices } from "../../lib/places"
import { sdk } from "../../lib/sdk"
import { useText } from "../../lib/text"
import { usePagedList } from "../../lib/use-paged-list"

/**
 * The association's events: the list with each one's standing (draft, published, cancelled),
 * publishing and cancelling with a reason, a link to each one's details, and a new event as a
 * draft. Every rule is the route's: its refusal shows as it answers (end before start, a rule
 * that is no RRULE, an unknown producer).
 */
const VeranstaltungenPage = () => {
  const text = useText("events")
  const content = useText("content")
  const places = usePlaceChoices()
  const list = usePagedList<EventPage, { q: string; status: string; kind: string }>("/admin/events", { q: "", status: "all", kind: "all" })
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [cancelling, setCancelling] = useState<string | null>(null)
  const [draft, setDraft] = useState<EventDraft>(NEW_EVENT)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const cancel = async (event: ListedEvent) => {
    setCancelling(event.id)
    try {
      const note = notes[event.id]?.trim()
      await sdk.client.fetch(`/admin/events/${event.id}`, { method: "POST", body: { status: "cancelled", ...(note ? { cancellation_note: note } : {}) } })
      toast.success(text("cancelled", { title: event.title }))
      await list.reload()
    } catch (e) {
      toast.error(`${content("refused")} ${reasonOf(e)}`)
    } finally {
      setCancelling(null)
    }
  }

  const create = async (submitted: FormEvent) => {
    submitted.preventDefault()
    setRefusal(null)
    setSaving(true)
    try {
      await sdk.client.fetch("/admin/events", { method: "POST", body: eventBodyOf(draft) })
      toast.success(content("created", { name: draft.title.de }))
      setDraft(NEW_EVENT)
      // The filter stays: a draft published from the list stays in view.
      await list.reload()
    } catch (e) {
      setRefusal(reasonOf(e))
    } finally {
      setSaving(false)
    }
  }

  const events = list.page?.events ?? []
  return (
    <Container className="divide-y p-0">
      <PageHeader heading={text("heading")} intro={text("intro")}>
        <SearchField id="events-search" value={list.filters.q} onSearch={(q) => list.filter("q", q)} />
        <StatusFilter id="events-filter" statuses={EVENT_STATUSES} value={list.filters.status} onChange={(status) => list.filter("status", status)} />
        <SelectField
          inline
          id="events-kind"
          label={text("kind")}
          value={list.filters.kind}
          options={["all", ...EVENT_KINDS].map((kind) => ({ value: kind, label: kind === "all" ? content("all") : text(`kinds.${kind}`) }))}
          onChange={(kind) => list.filter("kind", kind)}
        />
      </PageHeader>

      {list.page && events.length === 0 && <Text className="px-6 py-4">{text("empty")}</Text>}
      {events.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{text("title")}</Table.HeaderCell>
              <Table.HeaderCell>{text("when")}</Table.HeaderCell>
              <Table.HeaderCell>{text("town")}</Table.HeaderCell>
              <Table.HeaderCell>{content("status")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {events.map((event) => (
              <Table.Row key={event.id} data-event-id={event.id}>
                <Table.Cell>
                  <Link to={`/veranstaltungen/${event.id}`} className="text-ui-fg-interactive hover:underline">
                    {event.title}
                  </Link>
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
                  <StatusBadge status={event.status} />
                </Table.Cell>
                <Table.Cell>
                  <div className="flex items-center justify-end gap-x-2">
                    <PublishButton path={`/admin/events/${event.id}`} status={event.status} name={event.title} onChanged={list.reload} unpublish={false} />
                    {event.status === "published" && (
                      <>
                        <Input
                          size="small"
                          aria-label={`${text("cancelNote")}: ${event.title}`}
                          placeholder={text("cancelNote")}
                          value={notes[event.id] ?? ""}
                          onChange={(e) => setNotes({ ...notes, [event.id]: e.target.value })}
                        />
                        <Button size="small" variant="danger" disabled={cancelling === event.id} onClick={() => cancel(event)}>
                          {text("cancel")}
                        </Button>
                      </>
                    )}
                    <Button asChild size="small" variant="transparent">
                      <Link to={`/veranstaltungen/${event.id}`}>{content("edit")}</Link>
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {list.page && <Pager offset={list.offset} count={list.page.count} shown={events.length} onOffset={list.setOffset} />}

      <form className="grid gap-4 px-6 py-4 md:grid-cols-2" onSubmit={create} aria-labelledby="event-create">
        <Heading level="h2" id="event-create" className="md:col-span-2">
          {text("create")}
        </Heading>
        <EventFields draft={draft} onChange={setDraft} places={places} />
        <Refusal message={refusal} className="md:col-span-2" />
        <div className="md:col-span-2">
          <Button type="submit" size="small" isLoading={saving}>
            {content("createDraft")}
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
