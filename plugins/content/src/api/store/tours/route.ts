import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_TOUR_FIELDS, publicTour, toursPassing } from "./public-tours"
import type { StoreGetToursParamsType } from "./validators"

/** The shop's tours by title: by mode, or those passing a producer or a Genussort. */
export const GET = async (req: MedusaRequest<unknown, StoreGetToursParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreGetToursParamsType
  const ids = params.producer_id || params.place_id ? await toursPassing(req.scope, params) : undefined
  if (ids?.length === 0) return void res.json({ tours: [], count: 0, offset: params.offset, limit: params.limit })
  const { data: tours, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph(
    {
      entity: "content_tour",
      fields: PUBLIC_TOUR_FIELDS,
      filters: { status: "published", ...(params.mode ? { mode: params.mode } : {}), ...(ids ? { id: ids } : {}) },
      pagination: { skip: params.offset, take: params.limit, order: { title: "ASC", id: "ASC" } },
    },
    { locale: req.locale }
  )
  res.json({ tours: tours.map(publicTour), count: metadata?.count ?? tours.length, offset: params.offset, limit: params.limit })
}
