import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setProductProducerWorkflow } from "../../../../../workflows/producer/set-product-producer"
import type { AdminSetProductProducerType } from "./validators"

const PRODUCER_FIELDS = ["id", "handle", "name", "craft", "town"]

/**
 * The product's producer and the network's producers to choose from, for the admin's
 * product page (the product-producer widget): everything it shows in one request.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, { data: producers }] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["id", ...PRODUCER_FIELDS.map((field) => `producer.${field}`)],
      filters: { id: req.params.id },
    }),
    query.graph({ entity: "producer", fields: PRODUCER_FIELDS, pagination: { order: { name: "ASC" } } }),
  ])
  if (!products.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id ${req.params.id} was not found`)
  }
  res.json({ producer: products[0].producer ?? null, producers })
}

/** The association sets or changes which producer makes a product (`producer_id: null` for none). */
export const POST = async (req: MedusaRequest<AdminSetProductProducerType>, res: MedusaResponse) => {
  const { result } = await setProductProducerWorkflow(req.scope).run({
    input: { product_id: req.params.id, producer_id: req.validatedBody.producer_id },
  })
  res.json({ product_producer: result })
}
