import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { linkedContentIds } from "../../utils/public-content"
import { readWindow } from "../../utils/event-window"
import { berlinToday, publicEvent, publicEventsIn } from "./public-events"
import type { StoreGetEventsParamsType } from "./validators"

/** The shop's calendar: public events with their occurrences in the window, by town, kind or producer. */
export const GET = async (req: MedusaRequest<unknown, StoreGetEventsParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreGetEventsParamsType
  const window = readWindow(params, berlinToday())
  if ("error" in window) throw new MedusaError(MedusaError.Types.INVALID_DATA, window.error)
  const ids = params.producer_id ? await linkedContentIds(req.scope, "producer", params.producer_id, "content_events") : undefined
  const found = ids?.length === 0 ? [] : await publicEventsIn(req.scope, window, { town: params.town, kind: params.kind, place_id: params.place_id, ids }, req.locale)
  res.json({
    events: found.slice(params.offset, params.offset + params.limit).map(({ event, shown }) => publicEvent(event, shown)),
    count: found.length,
    offset: params.offset,
    limit: params.limit,
    window,
  })
}
