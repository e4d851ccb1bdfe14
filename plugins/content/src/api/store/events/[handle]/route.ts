import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { berlinToInstant, occurrences } from "../../../../calendar"
import { berlinToday, publicEvent, timingOfRecord } from "../public-events"
import { retrievePublicEvent } from "./retrieve-public-event"

/** How many coming dates an event's page lists (a weekly market's next months). */
const NEXT_DATES = 12

/** One public event with its next dates (or its own dates, once it is over). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const event = await retrievePublicEvent(req)
  const timing = timingOfRecord(event)
  const today = berlinToInstant(`${berlinToday()}T00:00`)
  const coming = occurrences(timing, today, new Date(today.getTime() + 400 * 86_400_000), NEXT_DATES)
  // An event that is over still has its page (links, search engines): it shows when it was.
  const shown = coming.length ? coming : occurrences(timing, berlinToInstant("2000-01-01T00:00"), today, NEXT_DATES).slice(-NEXT_DATES)
  res.json({ event: publicEvent(event, shown) })
}
