import { Button } from "@medusajs/ui"
import type { FormEvent } from "react"
import { useParams } from "react-router-dom"
import { EditFrame } from "../../../components/edit-frame"
import { EventFields } from "../../../components/event-fields"
import { Refusal } from "../../../components/refusal"
import { eventBodyOf, eventDraftOf, type EventAsInput, type EventDraft } from "../../../lib/events"
import { usePlaceChoices } from "../../../lib/places"
import { useText } from "../../../lib/text"
import { useRecordForm } from "../../../lib/use-record-form"

const nameOf = (event: EventAsInput) => event.title.de

/**
 * One event's details: words, timing and recurrence, its place (an address, or a Genussort whose
 * address it takes), organiser, producers, links, price, status and a cancellation's reason.
 * Saving sends what changed; the route checks the event whole. (No `config`: reached from the list.)
 */
const VeranstaltungPage = () => {
  const { id } = useParams()
  const text = useText("events")
  const content = useText("content")
  const places = usePlaceChoices()
  const record = useRecordForm<EventAsInput, EventDraft>({ path: `/admin/events/${id}`, key: "event", draftOf: eventDraftOf, bodyOf: eventBodyOf, nameOf })

  const submit = (submitted: FormEvent) => {
    submitted.preventDefault()
    void record.save()
  }

  return (
    <EditFrame back="/veranstaltungen" heading={record.loaded?.title.de ?? text("heading")} intro={text("editIntro")} loadError={record.loadError} loaded={!!record.draft}>
      {record.draft && (
        <form className="grid gap-4 px-6 py-4 md:grid-cols-2" onSubmit={submit} aria-label={text("edit")}>
          <EventFields full draft={record.draft} onChange={record.setDraft} places={places} />
          <Refusal message={record.refusal} className="md:col-span-2" />
          <div className="md:col-span-2">
            <Button type="submit" size="small" isLoading={record.saving}>
              {content("save")}
            </Button>
          </div>
        </form>
      )}
    </EditFrame>
  )
}

export default VeranstaltungPage
