import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseOrThrow } from "@genussnetz/producers/api-utils"
import { existingProducerIds } from "@genussnetz/producers/workflows"
import { handleFromName } from "@genussnetz/producers/modules/producer"
import { berlinToInstant, lastOccurrenceEnd, type EventTiming } from "../../../calendar"
import { CONTENT_MODULE } from "../../../modules/content"
import type ContentModuleService from "../../../modules/content/service"
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
 * too; the participating producers exist; handles are free) and turns each into the module's
 * record: timing kept as entered, plus the first start and the last end as instants. Reads only.
 */
export const prepareEventsStep = createStep(
  prepareEventsStepId,
  async (input: { events: (EventInputType & { id?: string })[] }, { container }) => {
    const events = input.events.map((event) => {
      const { id, ...fields } = event
      return { id, ...parseOrThrow(EventInput, fields, "event") }
    })
    const named = events.flatMap((event) => event.producer_ids ?? [])
    const known = named.length ? await existingProducerIds(container, named) : new Set<string>()
    const unknown = [...new Set(named.filter((id) => !known.has(id)))]
    if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No producer with id ${unknown.map((id) => `"${id}"`).join(", ")} was found`)

    const handles = events.map((event) => event.handle ?? handleFromName(event.title.de))
    const duplicate = handles.find((handle, i) => handles.indexOf(handle) !== i)
    if (duplicate) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Two events would have the handle "${duplicate}"`)
    const service = container.resolve<ContentModuleService>(CONTENT_MODULE)
    const taken = await service.listContentEvents({ handle: handles }, { select: ["id", "handle"], withDeleted: true })
    for (const [i, event] of events.entries()) {
      const holder = taken.find((other) => other.handle === handles[i])
      if (holder && holder.id !== event.id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `An event with the handle "${handles[i]}" exists already`)
    }

    const prepared: PreparedEvent[] = events.map((event, i) => {
      const timing = timingOf(event)
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
          place_name: event.place.name,
          street: event.place.street ?? null,
          postal_code: event.place.postal_code ?? null,
          town: event.place.town,
          latitude: event.place.latitude,
          longitude: event.place.longitude,
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
