import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LISTED_PRODUCER_STATUSES } from "../../modules/producer/vocabulary"
import { ProducerHandle } from "../store/producers/validators"

/**
 * The producer a store route's `:handle` names, with the given fields (translated to the
 * request's locale), if the shop shows it; otherwise 404 — for a handle that cannot be one,
 * an unknown one, and a producer that left alike.
 */
export async function retrieveListedProducer(req: MedusaRequest, fields: string[]) {
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Producer with handle "${String(req.params.handle).slice(0, 120)}" was not found`
  )
  const handle = ProducerHandle.safeParse(req.params.handle)
  if (!handle.success) throw notFound
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph(
    { entity: "producer", fields, filters: { handle: handle.data, status: [...LISTED_PRODUCER_STATUSES] } },
    { locale: req.locale }
  )
  if (!producer) throw notFound
  return producer as Record<string, unknown> & { id: string }
}
