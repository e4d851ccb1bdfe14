import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { berlinDayOf, berlinToInstant, occurrences, type EventTiming, type Occurrence } from "../../../calendar"
import { PUBLIC_EVENT_STATUSES } from "../../../modules/content/vocabulary"
import { publicProducer } from "../../utils/public-content"

/** What the shop shows of an event: never a draft's, never the association's internal fields. */
export const PUBLIC_EVENT_FIELDS = [
  "id",
  "handle",
  "kind",
  "status",
  "title",
  "description",
  "starts_local",
  "ends_local",
  "all_day",
  "rrule",
  "exdates",
  "place_name",
  "street",
  "postal_code",
  "town",
  "latitude",
  "longitude",
  "place.handle",
  "place.status",
  "organiser",
  "image_url",
  "ticket_url",
  "price",
  "cancellation_note",
  "updated_at",
  "producers.id",
  "producers.handle",
  "producers.name",
  "producers.status",
]

type Row = Record<string, any>

export const timingOfRecord = (event: Row): EventTiming => ({
  starts_local: event.starts_local,
  ends_local: event.ends_local,
  all_day: event.all_day,
  rrule: event.rrule,
  exdates: event.exdates ?? [],
})

/** An event as a store route answers it, with the occurrences asked for. */
export function publicEvent(event: Row, shown: Occurrence[]) {
  return {
    id: event.id,
    handle: event.handle,
    kind: event.kind,
    status: event.status,
    title: event.title,
    description: event.description,
    all_day: event.all_day,
    recurring: !!event.rrule,
    place: {
      // The Genussort's page, when the event is held at one the shop shows.
      handle: event.place?.status === "published" ? event.place.handle : null,
      name: event.place_name,
      street: event.street,
      postal_code: event.postal_code,
      town: event.town,
      latitude: event.latitude,
      longitude: event.longitude,
    },
    organiser: event.organiser,
    image_url: event.image_url,
    ticket_url: event.ticket_url,
    price: event.price,
    cancellation_note: event.status === "cancelled" ? event.cancellation_note : null,
    // A producer that left the association is no longer named in the shop.
    producers: (event.producers ?? []).map(publicProducer).filter(Boolean),
    occurrences: shown.map((occurrence) => ({
      starts_local: occurrence.starts_local,
      ends_local: occurrence.ends_local,
      starts_at: occurrence.starts_at.toISOString(),
      ends_at: occurrence.ends_at.toISOString(),
    })),
  }
}
export type PublicEvent = ReturnType<typeof publicEvent>

/** Today in Berlin, the calendar's default start. */
export const berlinToday = (now = new Date()) => berlinDayOf(now)

/**
 * The public events with an occurrence in the window of days [from, to), each with those
 * occurrences, ordered by their first one in the window. The index finds the candidates (first
 * start before the window's end, last end after its start or none); only their rules are expanded.
 */
export async function publicEventsIn(
  container: MedusaContainer,
  window: { from: string; to: string },
  filters: { town?: string; kind?: string | string[]; place_id?: string; ids?: string[] },
  locale: string | undefined
) {
  const start = berlinToInstant(`${window.from}T00:00`)
  const end = berlinToInstant(`${window.to}T00:00`)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "content_event",
      fields: PUBLIC_EVENT_FIELDS,
      filters: {
        status: [...PUBLIC_EVENT_STATUSES],
        first_starts_at: { $lt: end },
        $or: [{ last_ends_at: null }, { last_ends_at: { $gt: start } }],
        ...(filters.town ? { town: filters.town } : {}),
        ...(filters.kind ? { kind: filters.kind } : {}),
        ...(filters.place_id ? { place_id: filters.place_id } : {}),
        ...(filters.ids ? { id: filters.ids } : {}),
      },
    },
    { locale }
  )
  return (data as Row[])
    .map((event) => ({ event, shown: occurrences(timingOfRecord(event), start, end) }))
    .filter(({ shown }) => shown.length > 0)
    .sort((a, b) => a.shown[0].starts_at.getTime() - b.shown[0].starts_at.getTime() || String(a.event.handle).localeCompare(String(b.event.handle)))
}
