import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LISTED_PRODUCER_STATUSES, type ProducerPhoto } from "../../../modules/producer/vocabulary"
import { publicPhoto } from "../../../photos/producer-photos"
import { escapeLike, nameOrTownContaining } from "../../utils/query-params"
import type { StoreGetProducersParamsType } from "./validators"


export const GET = async (
  req: MedusaRequest<unknown, StoreGetProducersParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { craft, town, q } = req.validatedQuery

  // Producers who left the association are kept for history, not shown.
  const filters: Record<string, unknown> = { status: [...LISTED_PRODUCER_STATUSES] }
  if (craft) {
    filters.craft = craft
  }
  if (town) {
    filters.town = { $ilike: escapeLike(town) }
  }
  if (q) {
    Object.assign(filters, nameOrTownContaining(q))
  }

  const { data: producers, metadata } = await query.graph(
    {
      entity: "producer",
      fields: req.queryConfig.fields,
      filters,
      pagination: {
        ...req.queryConfig.pagination,
        order: req.queryConfig.pagination.order ?? { name: "ASC" },
      },
    },
    { locale: req.locale }
  )

  res.json({
    // Photos (when asked for) show their sizes without the files' ids, as on the profile.
    producers: producers.map((producer: Record<string, unknown>) =>
      "photos" in producer ? { ...producer, photos: ((producer.photos ?? []) as ProducerPhoto[]).map(publicPhoto) } : producer
    ),
    count: metadata?.count ?? producers.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? producers.length,
  })
}
