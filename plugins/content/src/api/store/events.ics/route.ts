import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { icalendar } from "../../../calendar"
import { PUBLIC_EVENT_STATUSES } from "../../../modules/content/vocabulary"
import { icalEventOf, sendCalendar } from "../events/event-feed"
import { PUBLIC_EVENT_FIELDS } from "../events/public-events"

/** How far back the feed keeps events that are over (a calendar app drops what leaves the feed). */
const KEEP_PAST_DAYS = 90

/**
 * The subscribable calendar (`/veranstaltungen.ics` in the shop): every public event that is not
 * long over, recurring markets as one event with their rule and the days they skip, cancelled
 * events as cancelled — RFC 5545 with the Berlin time zone.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const since = new Date(Date.now() - KEEP_PAST_DAYS * 86_400_000)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph(
    {
      entity: "content_event",
      fields: PUBLIC_EVENT_FIELDS,
      filters: { status: [...PUBLIC_EVENT_STATUSES], $or: [{ last_ends_at: null }, { last_ends_at: { $gt: since } }] },
    },
    { locale: req.locale }
  )
  sendCalendar(res, icalendar({ name: "genussnetz – Veranstaltungen", events: data.map(icalEventOf) }, new Date()), "veranstaltungen.ics")
}
