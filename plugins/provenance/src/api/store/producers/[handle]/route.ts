import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { ProducerHandle, type StoreGetProducerParamsType } from "../validators"

type LinkedProduct = { status?: string } & Record<string, unknown>

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
      filters: { handle: handle.data },
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
  res.json({ producer: products ? { ...producer, products } : producer })
}
