import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_EVENT_STATUSES } from "../../../../modules/content/vocabulary"
import { PUBLIC_EVENT_FIELDS } from "../public-events"
import { EventHandle } from "../validators"

/** The public event named by the path's handle, in the request's language; 404 for a draft or none. */
export async function retrievePublicEvent(req: MedusaRequest) {
  const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, `No event with handle "${String(req.params.handle).slice(0, 120)}" was found`)
  const handle = EventHandle.safeParse(req.params.handle)
  if (!handle.success) throw notFound()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph(
    { entity: "content_event", fields: PUBLIC_EVENT_FIELDS, filters: { handle: handle.data, status: [...PUBLIC_EVENT_STATUSES] } },
    { locale: req.locale }
  )
  if (!data[0]) throw notFound()
  return data[0] as Record<string, any>
}
