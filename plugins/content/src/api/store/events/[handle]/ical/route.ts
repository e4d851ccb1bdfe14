import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { icalendar } from "../../../../../calendar"
import { icalEventOf, sendCalendar } from "../../event-feed"
import { retrievePublicEvent } from "../retrieve-public-event"

/** One event as a calendar file, to add it to one's own calendar. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const event = await retrievePublicEvent(req)
  sendCalendar(res, icalendar({ name: event.title, events: [icalEventOf(event)] }, new Date()), `${event.handle}.ics`)
}
