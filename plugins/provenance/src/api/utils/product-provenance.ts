import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../modules/provenance"
import { buildChain } from "../../modules/provenance/chain/build-chain"
import { withProducers } from "../../modules/provenance/chain/chain-sql"
import type { ChainProducer } from "../../modules/provenance/chain/types"
import type ProvenanceModuleService from "../../modules/provenance/service"
import { claimState } from "../../modules/provenance/claim-state"
import { PUBLIC_CLAIM_STATUSES } from "../../modules/provenance/provenance-vocabulary"
import type { StoreProductProvenanceType } from "../store/responses"

type ProductInfo = { id: string; handle: string; title: string; thumbnail: string | null; status: string }

/** The answer of GET /store/products/:id/provenance (its schema: ../store/responses.ts). */
export type ProductProvenance = StoreProductProvenanceType

const PRODUCER_FIELDS = ["id", "handle", "name", "craft", "town", "district", "latitude", "longitude"]

/**
 * A published product's provenance for the shop: the chain from one recursive query, then
 * one batched read each — in parallel — for the products' titles, the businesses along the
 * chain (the producers module's), the materials' translations, then the claims along the
 * chain and the meat origin: never one query per node.
 * By default only what was checked: links their supplier confirmed or the association
 * verified (and nothing that comes in only through another link), claims the association
 * verified. `includeUnchecked` is the association's view: declared and rejected links, and
 * pending claims, too. `includeUnpublished` answers for a draft as well.
 */
export async function loadProductProvenance(
  container: MedusaContainer,
  productId: string,
  locale?: string,
  { includeUnpublished = false, includeUnchecked = false }: { includeUnpublished?: boolean; includeUnchecked?: boolean } = {}
): Promise<ProductProvenance> {
  const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const linkRows = await service.listProductChainRows(productId, { includeUnchecked })

  const productIds = [...new Set([productId, ...linkRows.flatMap((r) => [r.product_id, ...(r.input_product_id ? [r.input_product_id] : [])])])]
  const linkIds = [...new Set(linkRows.map((r) => r.link.id))]
  const businessIds = [...new Set(linkRows.flatMap((r) => [r.supplier_id, r.customer_id]))]
  const [{ data: products }, { data: businesses }, { data: links }] = await Promise.all([
    query.graph(
      {
        entity: "product",
        fields: ["id", "handle", "title", "thumbnail", "status", ...PRODUCER_FIELDS.map((f) => `producer.${f}`)],
        filters: { id: productIds },
      },
      { locale }
    ),
    businessIds.length
      ? query.graph({ entity: "producer", fields: PRODUCER_FIELDS, filters: { id: businessIds } })
      : Promise.resolve({ data: [] as ChainProducer[] }),
    linkIds.length
      ? query.graph({ entity: "supply_link", fields: ["id", "material"], filters: { id: linkIds } }, { locale })
      : Promise.resolve({ data: [] as { id: string; material: string }[] }),
  ])
  const root = products.find((p: ProductInfo) => p.id === productId)
  if (!root || (root.status !== "published" && !includeUnpublished)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id "${productId}" was not found`)
  }
  const rows = withProducers(linkRows, new Map(businesses.map((p: ChainProducer) => [p.id, p])))
  const material = new Map(links.map((l: { id: string; material: string }) => [l.id, l.material]))
  for (const row of rows) {
    row.link.material = material.get(row.link.id) ?? row.link.material
  }

  const region = service.getRegion()
  const chain = buildChain({
    productId,
    rootProducer: (root.producer as ChainProducer | null) ?? null,
    rows,
    region,
  })

  const producerIds = [...new Set(chain.nodes.flatMap((n) => (n.producer ? [n.producer.id] : [])))]
  const [claims, origins] = await Promise.all([
    producerIds.length
      ? query.graph(
          {
            entity: "claim",
            fields: ["id", "type", "label", "issuer", "control_body_code", "evidence_url", "valid_from", "valid_until", "status", "producer_id", "product_id"],
            filters: { producer_id: producerIds, ...(includeUnchecked ? {} : { status: [...PUBLIC_CLAIM_STATUSES] }) },
          },
          { locale }
        )
      : Promise.resolve({ data: [] }),
    service.listMeatOrigins({ product_id: productId }),
  ])

  const now = new Date()
  return {
    ...chain,
    region: { name: region.name, radius_km: region.radius_km },
    products: Object.fromEntries(
      products.map((p: ProductInfo) => [p.id, { id: p.id, handle: p.handle, title: p.title, thumbnail: p.thumbnail }])
    ),
    claims: claims.data
      // A product claim belongs to the chain only if that product is in it.
      .filter((c: { product_id: string | null }) => !c.product_id || productIds.includes(c.product_id))
      .flatMap((c: any) => {
        const state = claimState(c, now, { includeUnverified: includeUnchecked })
        return state
          ? [{
              id: c.id,
              type: c.type,
              label: c.label,
              issuer: c.issuer,
              control_body_code: c.control_body_code,
              evidence_url: c.evidence_url,
              valid_from: new Date(c.valid_from).toISOString(),
              valid_until: c.valid_until ? new Date(c.valid_until).toISOString() : null,
              state,
              producer_id: c.producer_id,
              product_id: c.product_id,
            }]
          : []
      }),
    meat_origin: origins[0]
      ? {
          species: origins[0].species,
          born_in: origins[0].born_in,
          reared_in: origins[0].reared_in,
          slaughtered_in: origins[0].slaughtered_in,
          slaughterhouse_approval_number: origins[0].slaughterhouse_approval_number,
          reference_number: origins[0].reference_number,
        }
      : null,
  }
}
