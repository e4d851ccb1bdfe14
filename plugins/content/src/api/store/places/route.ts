import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkedContentIds } from "../../utils/public-content"
import { PUBLIC_PLACE_FIELDS, publicPlace } from "./public-places"
import type { StoreGetPlacesParamsType } from "./validators"

/** The shop's Genussorte, by town and name: by town, kind, or the producer that runs them. */
export const GET = async (req: MedusaRequest<unknown, StoreGetPlacesParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreGetPlacesParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = params.producer_id ? await linkedContentIds(req.scope, "producer", params.producer_id, "content_places") : undefined
  if (ids?.length === 0) return void res.json({ places: [], count: 0, offset: params.offset, limit: params.limit })
  const { data: places, metadata } = await query.graph(
    {
      entity: "content_place",
      fields: PUBLIC_PLACE_FIELDS,
      filters: {
        status: "published",
        ...(params.town ? { town: params.town } : {}),
        ...(params.kind ? { kind: params.kind } : {}),
        ...(ids ? { id: ids } : {}),
      },
      pagination: { skip: params.offset, take: params.limit, order: { town: "ASC", name: "ASC", id: "ASC" } },
    },
    { locale: req.locale }
  )
  res.json({ places: places.map(publicPlace), count: metadata?.count ?? places.length, offset: params.offset, limit: params.limit })
}
