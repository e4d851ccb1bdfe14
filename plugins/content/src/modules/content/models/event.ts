import { model } from "@medusajs/framework/utils"
import { EVENT_KINDS, EVENT_STATUSES } from "../vocabulary"
import ContentPlace from "./place"

/**
 * An event the association shows: a market, a festival, a tasting. Its time is Berlin wall-clock
 * time as the association entered it (`starts_local`/`ends_local`: "YYYY-MM-DDTHH:mm", or days
 * for an all-day event), so a weekly market stays at 08:00 across the change to summer time; a
 * recurring one carries its RFC 5545 rule and the days it skips. `first_starts_at` and
 * `last_ends_at` (null while a rule runs on without end) are the instants derived from them, for
 * finding the events of a window with an index rather than expanding every rule.
 * Held at a Genussort (`place`), its address is copied onto the event, so the calendar reads one row.
 * Participating producers are linked (links/event-producer.ts).
 */
const ContentEvent = model
  .define("content_event", {
    id: model.id({ prefix: "cevt" }).primaryKey(),
    handle: model.text().unique(),
    kind: model.enum([...EVENT_KINDS]),
    status: model.enum([...EVENT_STATUSES]).default("draft"),
    // German lives on the entity; English through Medusa's Translation Module (as a producer's story).
    title: model.text().translatable().searchable(),
    description: model.text().translatable(),
    starts_local: model.text(),
    ends_local: model.text(),
    all_day: model.boolean().default(false),
    rrule: model.text().nullable(),
    /** Days ("YYYY-MM-DD") on which a recurring event does not take place. */
    exdates: model.json<string[]>().nullable(),
    first_starts_at: model.dateTime(),
    last_ends_at: model.dateTime().nullable(),
    place_name: model.text(),
    street: model.text().nullable(),
    postal_code: model.text().nullable(),
    town: model.text(),
    latitude: model.float(),
    longitude: model.float(),
    organiser: model.text(),
    image_url: model.text().nullable(),
    ticket_url: model.text().nullable(),
    /** Entry in euros; null when free or not known (then the ticket link says). */
    price: model.float().nullable(),
    /** Why a cancelled event is off, shown beside it. */
    cancellation_note: model.text().nullable(),
    place: model.belongsTo(() => ContentPlace, { mappedBy: "events" }).nullable(),
  })
  .indexes([{ on: ["status", "first_starts_at"] }, { on: ["last_ends_at"] }, { on: ["town"] }, { on: ["kind"] }])

export default ContentEvent
