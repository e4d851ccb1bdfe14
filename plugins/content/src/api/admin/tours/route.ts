import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { escapeLike } from "@genussnetz/producers/api-utils"
import { createContentToursWorkflow } from "../../../workflows/tours/create-content-tours"
import type { TourInputType } from "../../../workflows/tours/schemas"
import { orderOf } from "../../utils/admin-list"
import type { AdminGetToursParamsType } from "./validators"

/** What the association's list shows of each tour (never its track). */
export const ADMIN_TOUR_LIST_FIELDS = ["id", "handle", "status", "mode", "title", "length_m", "ascent_m", "point_count", "updated_at"]

/** Every tour of the association, drafts included. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetToursParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetToursParamsType
  const { data: tours, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "content_tour",
    fields: ADMIN_TOUR_LIST_FIELDS,
    filters: {
      ...(params.status ? { status: params.status } : {}),
      ...(params.mode ? { mode: params.mode } : {}),
      ...(params.q ? { title: { $ilike: `%${escapeLike(params.q)}%` } } : {}),
    },
    pagination: { skip: params.offset, take: params.limit, order: orderOf(params.order) },
  })
  res.json({ tours, count: metadata?.count ?? tours.length, offset: params.offset, limit: params.limit })
}

/** The association adds a tour with its GPX track (a draft unless it says `status: "published"`). */
export const POST = async (req: AuthenticatedMedusaRequest<TourInputType>, res: MedusaResponse) => {
  const { result } = await createContentToursWorkflow(req.scope).run({ input: { tours: [req.validatedBody] } })
  res.status(201).json({ tour: result[0] })
}
