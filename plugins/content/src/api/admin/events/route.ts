import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { escapeLike } from "@genussnetz/producers/api-utils"
import { createContentEventsWorkflow } from "../../../workflows/events/create-content-events"
import type { EventInputType } from "../../../workflows/events/schemas"
import { orderOf } from "../../utils/admin-list"
import type { AdminGetEventsParamsType } from "./validators"

/** What the association's list shows of each event. */
export const ADMIN_EVENT_LIST_FIELDS = ["id", "handle", "kind", "status", "title", "starts_local", "ends_local", "all_day", "rrule", "town", "place_name", "first_starts_at", "last_ends_at", "updated_at"]

/** Every event of the association, drafts and cancelled ones included. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetEventsParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetEventsParamsType
  const { data: events, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "content_event",
    fields: ADMIN_EVENT_LIST_FIELDS,
    filters: {
      ...(params.status ? { status: params.status } : {}),
      ...(params.kind ? { kind: params.kind } : {}),
      ...(params.q ? { $or: [{ title: { $ilike: `%${escapeLike(params.q)}%` } }, { town: { $ilike: `%${escapeLike(params.q)}%` } }] } : {}),
    },
    pagination: { skip: params.offset, take: params.limit, order: orderOf(params.order) },
  })
  res.json({ events, count: metadata?.count ?? events.length, offset: params.offset, limit: params.limit })
}

/** The association adds an event (a draft unless it says `status: "published"`). */
export const POST = async (req: AuthenticatedMedusaRequest<EventInputType>, res: MedusaResponse) => {
  const { result } = await createContentEventsWorkflow(req.scope).run({ input: { events: [req.validatedBody] } })
  res.status(201).json({ event: result[0] })
}
