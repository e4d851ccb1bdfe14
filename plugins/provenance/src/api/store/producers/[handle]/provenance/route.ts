import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retrieveListedProducer } from "@genussnetz/producers/api-utils"
import { effectiveStatus } from "../../../../../modules/provenance/chain/build-chain"
import { claimState } from "../../../../../modules/provenance/claim-state"
import {
  PROVEN_STATUSES,
  PUBLIC_CLAIM_STATUSES,
  PUBLIC_LINK_STATUSES,
} from "../../../../../modules/provenance/provenance-vocabulary"
import type { StoreProducerProvenanceType } from "../../../responses"

const SIDE_FIELDS = ["id", "handle", "name", "craft", "town"]

/**
 * A producer's place in the network as shoppers may see it: who supplies it and whom it
 * supplies through links the supplier confirmed or the association verified (one past its
 * end shows as expired), and its claims the association verified. Declared and rejected
 * links and pending and rejected claims are left out in the query; the producer sees them
 * through its own `/producer/*` routes. The profile itself is `GET /store/producers/:handle`.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreProducerProvenanceType>) => {
  const producer = await retrieveListedProducer(req, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const [{ data: links }, { data: claims }] = await Promise.all([
    query.graph(
      {
        entity: "supply_link",
        fields: ["id", "material", "step", "status", "until", "supplier_id", "customer_id", ...SIDE_FIELDS.flatMap((f) => [`supplier.${f}`, `customer.${f}`])],
        filters: { $or: [{ supplier_id: producer.id }, { customer_id: producer.id }], status: [...PUBLIC_LINK_STATUSES] },
      },
      { locale: req.locale }
    ),
    query.graph(
      {
        entity: "claim",
        fields: ["id", "type", "label", "issuer", "control_body_code", "valid_from", "valid_until", "status", "product_id", "producer_id"],
        filters: { producer_id: producer.id, status: [...PUBLIC_CLAIM_STATUSES] },
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
    provenance: {
      producer_id: producer.id,
      suppliers: links.filter((l: any) => l.customer_id === producer.id).map((l: any) => relation(l, "supplier")),
      customers: links.filter((l: any) => l.supplier_id === producer.id).map((l: any) => relation(l, "customer")),
      claims: claims.flatMap((c: any) => {
        const state = claimState(c, now)
        if (!state) return []
        const { status: _status, ...shown } = c
        return [{ ...shown, valid_from: new Date(c.valid_from).toISOString(), valid_until: c.valid_until ? new Date(c.valid_until).toISOString() : null, state }]
      }),
    },
  })
}
