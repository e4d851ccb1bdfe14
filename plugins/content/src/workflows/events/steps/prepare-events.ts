import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseOrThrow } from "@genussnetz/producers/api-utils"
import { berlinToInstant, lastOccurrenceEnd, type EventTiming } from "../../../calendar"
import { assertProducersExist, existingRecords, freeHandles } from "../../common/checks"
import { EventInput, type EventInputType } from "../schemas"

export const prepareEventsStepId = "prepare-events"

/** An event's record as the module keeps it, with the instants its timing spans. */
export type PreparedEvent = {
  /** Set when an existing event is changed. */
  id?: string
  record: Record<string, unknown>
  producer_ids: string[]
  english: { title: string | null; description: string | null }
}

/** The Berlin wall-clock timing of an event as the calendar reads it. */
export function timingOf(event: Pick<EventInputType, "starts" | "ends" | "all_day" | "rrule" | "exdates">): EventTiming {
  return { starts_local: event.starts, ends_local: event.ends, all_day: event.all_day ?? false, rrule: event.rrule ?? null, exdates: event.exdates ?? [] }
}

const firstStart = (timing: EventTiming) => berlinToInstant(timing.all_day ? `${timing.starts_local}T00:00` : timing.starts_local)

/**
 * Checks events as the association enters them (the schema's rules again, so the seed obeys them
 * too; the participating producers and the Genussort exist; handles are free) and turns each into the module's
 * record: timing kept as entered, plus the first start and the last end as instants. Reads only.
 */
export const prepareEventsStep = createStep(
  prepareEventsStepId,
  async (input: { events: (EventInputType & { id?: string })[] }, { container }) => {
    const events = input.events.map((event) => {
      const { id, ...fields } = event
      return { id, ...parseOrThrow(EventInput, fields, "event") }
    })
    await assertProducersExist(container, events.flatMap((event) => event.producer_ids ?? []))
    const places = await existingRecords<Record<string, any> & { id: string }>(
      container,
      "content_place",
      events.flatMap((event) => (event.place_id ? [event.place_id] : [])),
      ["name", "street", "postal_code", "town", "latitude", "longitude"],
      "Genussort"
    )
    const handles = await freeHandles(container, "content_event", events.map((event) => ({ id: event.id, handle: event.handle, name: event.title.de })), "event")

    const prepared: PreparedEvent[] = events.map((event, i) => {
      const timing = timingOf(event)
      // At a Genussort the event takes its address, so the calendar reads one row.
      const place = event.place_id ? places.get(event.place_id)! : event.place!
      return {
        ...(event.id ? { id: event.id } : {}),
        record: {
          ...(event.id ? { id: event.id } : {}),
          handle: handles[i],
          kind: event.kind,
          status: event.status ?? "draft",
          title: event.title.de,
          description: event.description.de,
          starts_local: timing.starts_local,
          ends_local: timing.ends_local,
          all_day: timing.all_day,
          rrule: timing.rrule,
          exdates: timing.exdates.length ? timing.exdates : null,
          first_starts_at: firstStart(timing),
          last_ends_at: lastOccurrenceEnd(timing),
          place_id: event.place_id ?? null,
          place_name: place.name,
          street: place.street ?? null,
          postal_code: place.postal_code ?? null,
          town: place.town,
          latitude: place.latitude,
          longitude: place.longitude,
          organiser: event.organiser,
          image_url: event.image_url ?? null,
          ticket_url: event.ticket_url ?? null,
          price: event.price ?? null,
          cancellation_note: event.cancellation_note ?? null,
        },
        producer_ids: [...new Set(event.producer_ids ?? [])],
        english: { title: event.title.en ?? null, description: event.description.en ?? null },
      }
    })
    return new StepResponse(prepared)
  }
)
