import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readWindow } from "../../utils/event-window"
import { berlinToday, publicEvent, publicEventsIn } from "./public-events"
import type { StoreGetEventsParamsType } from "./validators"

/** The shop's calendar: public events with their occurrences in the window, by town, kind or producer. */
export const GET = async (req: MedusaRequest<unknown, StoreGetEventsParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreGetEventsParamsType
  const window = readWindow(params, berlinToday())
  if ("error" in window) throw new MedusaError(MedusaError.Types.INVALID_DATA, window.error)
  let ids: string[] | undefined
  if (params.producer_id) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "producer",
      fields: ["content_events.id"],
      filters: { id: params.producer_id },
    })
    ids = (data[0]?.content_events ?? []).filter(Boolean).map((event: { id: string }) => event.id)
  }
  const found = ids?.length === 0 ? [] : await publicEventsIn(req.scope, window, { town: params.town, kind: params.kind, place_id: params.place_id, ids }, req.locale)
  res.json({
    events: found.slice(params.offset, params.offset + params.limit).map(({ event, shown }) => publicEvent(event, shown)),
    count: found.length,
    offset: params.offset,
    limit: params.limit,
    window,
  })
}
