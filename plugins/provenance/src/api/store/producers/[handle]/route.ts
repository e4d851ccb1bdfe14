import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { PROVEN_STATUSES } from "../../../../modules/producer/provenance-vocabulary"
import { effectiveStatus } from "../../../../modules/producer/chain/build-chain"
import { claimState } from "../../../../modules/producer/claim-state"
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

  // Who supplies it and whom it supplies (rejected links are no relationship), and its claims.
  const side = ["id", "handle", "name", "craft", "town"]
  const [{ data: links }, { data: claims }] = await Promise.all([
    query.graph(
      {
        entity: "supply_link",
        fields: ["id", "material", "step", "status", "until", "supplier_id", "customer_id", ...side.flatMap((f) => [`supplier.${f}`, `customer.${f}`])],
        filters: { $or: [{ supplier_id: producer.id }, { customer_id: producer.id }], status: { $ne: "rejected" } },
      },
      { locale: req.locale }
    ),
    query.graph(
      {
        entity: "claim",
        fields: ["id", "type", "label", "issuer", "control_body_code", "valid_from", "valid_until", "status", "product_id", "producer_id"],
        filters: { producer_id: producer.id },
      },
      { locale: req.locale }
    ),
  ])
  const now = new Date()
  const relation = (link: any, other: "supplier" | "customer") => {
    const status = effectiveStatus(link, now)
    return { supply_link_id: link.id, material: link.material, step: link.step, status, proven: PROVEN_STATUSES.includes(status), producer: link[other] }
  }
  res.json({
    producer: {
      ...producer,
      ...(products ? { products } : {}),
      suppliers: links.filter((l: any) => l.customer_id === producer.id).map((l: any) => relation(l, "supplier")),
      customers: links.filter((l: any) => l.supplier_id === producer.id).map((l: any) => relation(l, "customer")),
      claims: claims.flatMap((c: any) => {
        const state = claimState(c, now)
        return state ? [{ ...c, status: undefined, state }] : []
      }),
    },
  })
}
