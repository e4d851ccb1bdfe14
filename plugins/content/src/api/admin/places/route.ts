import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { escapeLike } from "@genussnetz/producers/api-utils"
import { createContentPlacesWorkflow } from "../../../workflows/places/create-content-places"
import type { PlaceInputType } from "../../../workflows/places/schemas"
import { orderOf } from "../../utils/admin-list"
import type { AdminGetPlacesParamsType } from "./validators"

/** What the association's list shows of each Genussort. */
export const ADMIN_PLACE_LIST_FIELDS = ["id", "handle", "kind", "status", "name", "town", "street", "producer.id", "producer.name", "updated_at"]

/** Every Genussort of the association, drafts included. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetPlacesParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetPlacesParamsType
  const like = params.q ? `%${escapeLike(params.q)}%` : null
  const { data: places, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "content_place",
    fields: ADMIN_PLACE_LIST_FIELDS,
    filters: {
      ...(params.status ? { status: params.status } : {}),
      ...(params.kind ? { kind: params.kind } : {}),
      ...(like ? { $or: [{ name: { $ilike: like } }, { town: { $ilike: like } }] } : {}),
    },
    pagination: { skip: params.offset, take: params.limit, order: orderOf(params.order) },
  })
  res.json({ places, count: metadata?.count ?? places.length, offset: params.offset, limit: params.limit })
}

/** The association adds a Genussort (a draft unless it says `status: "published"`). */
export const POST = async (req: AuthenticatedMedusaRequest<PlaceInputType>, res: MedusaResponse) => {
  const { result } = await createContentPlacesWorkflow(req.scope).run({ input: { places: [req.validatedBody] } })
  res.status(201).json({ place: result[0] })
}
