import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ProductStatus } from "@medusajs/framework/utils"
import { publicPhoto } from "../../../../photos/producer-photos"
import type { ProducerPhoto } from "../../../../modules/producer/vocabulary"
import { retrieveListedProducer } from "../../../utils/listed-producer"
import type { StoreGetProducerParamsType } from "../validators"

type LinkedProduct = { status?: string } & Record<string, unknown>

/**
 * A producer's public profile with its published products. Its place in the network
 * (suppliers, customers, claims) is the provenance plugin's `GET /store/producers/:handle/provenance`.
 */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetProducerParamsType>,
  res: MedusaResponse
) => {
  const producer = await retrieveListedProducer(req, req.queryConfig.fields)

  // Drafts are the producer's business, not the shop's.
  const products = (producer.products as LinkedProduct[] | undefined)?.filter(
    (product) => product && product.status === ProductStatus.PUBLISHED
  )

  res.json({
    producer: {
      ...producer,
      ...(products ? { products } : {}),
      ...("photos" in producer ? { photos: ((producer.photos ?? []) as ProducerPhoto[]).map(publicPhoto) } : {}),
    },
  })
}
