import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { LISTED_PRODUCER_STATUSES } from "../../../../modules/producer/vocabulary"
import { ProducerHandle, type StoreGetProducerParamsType } from "../validators"

type LinkedProduct = { status?: string } & Record<string, unknown>

/**
 * A producer's public profile with its published products. Its place in the network
 * (suppliers, customers, claims) is the provenance plugin's `GET /store/producers/:handle/provenance`.
 */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetProducerParamsType>,
  res: MedusaResponse
) => {
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Producer with handle "${String(req.params.handle).slice(0, 120)}" was not found`
  )
  const handle = ProducerHandle.safeParse(req.params.handle)
  if (!handle.success) {
    throw notFound
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph(
    {
      entity: "producer",
      fields: req.queryConfig.fields,
      filters: { handle: handle.data, status: [...LISTED_PRODUCER_STATUSES] },
    },
    { locale: req.locale }
  )
  if (!producer) {
    throw notFound
  }

  // Drafts are the producer's business, not the shop's.
  const products = (producer.products as LinkedProduct[] | undefined)?.filter(
    (product) => product && product.status === ProductStatus.PUBLISHED
  )

  res.json({
    producer: {
      ...producer,
      ...(products ? { products } : {}),
    },
  })
}
