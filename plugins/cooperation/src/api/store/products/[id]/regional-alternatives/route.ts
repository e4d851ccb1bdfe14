import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { inRegion, PROVENANCE_MODULE, type ProvenanceModuleService } from "@genussnetz/provenance/modules/provenance"
import { alternativesFor, buildNetwork } from "../../../../../resilience"
import type { StoreRegionalAlternativesType } from "../../../responses"

/** How many a product page names per input: enough to say "there is someone", not a directory. */
const NAMED = 3

/**
 * For each supply link of a published product's public chain (links their supplier confirmed or
 * the association verified), the businesses of the region that deliver the same material to
 * others through a verified link, within reach of the link's customer ("Ausweichbetrieb in der
 * Region"). Reads only the links of the chain's materials, not the whole network.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const provenance = req.scope.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const [{ data: [product] }, rows] = await Promise.all([
    query.graph({ entity: "product", fields: ["id", "status"], filters: { id: req.params.id } }),
    provenance.listProductChainRows(req.params.id),
  ])
  if (!product || product.status !== "published") throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id "${req.params.id}" was not found`)

  const chainLinks = [...new Map(rows.map((row) => [row.link.id, { id: row.link.id, supplier_id: row.supplier_id, customer_id: row.customer_id, material: row.link.material }])).values()]
  const links = await provenance.listLiveLinksOfMaterials(chainLinks.map((link) => link.material))
  const ids = [...new Set([...links.flatMap((link) => [link.supplier_id, link.customer_id]), ...chainLinks.map((link) => link.customer_id)])]
  const { data: producers } = ids.length
    ? await query.graph({ entity: "producer", fields: ["id", "handle", "name", "town", "latitude", "longitude", "status"], filters: { id: ids } })
    : { data: [] }
  const region = provenance.getRegion()
  const byId = new Map(producers.map((p: any) => [p.id, p]))
  const network = buildNetwork({
    links,
    inputs: [],
    producers: producers.map((p: any) => {
      const place = { latitude: Number(p.latitude), longitude: Number(p.longitude) }
      return { id: p.id, ...place, in_region: inRegion(place, region) }
    }),
  })
  // A business that left the network is no alternative for a shopper.
  const gone = new Set(producers.filter((p: any) => p.status === "left").map((p: any) => p.id))

  const answer: StoreRegionalAlternativesType = {
    regional_alternatives: chainLinks.map((link) => ({
      supply_link_id: link.id,
      material: link.material,
      alternatives: alternativesFor(network, link, { closed: gone, limit: 20 })
        .filter((alternative) => alternative.verified && network.producers.get(alternative.producer_id)?.in_region)
        .slice(0, NAMED)
        .map((alternative) => {
          const producer = byId.get(alternative.producer_id)
          return { handle: producer.handle, name: producer.name, town: producer.town, distance_km: alternative.distance_km }
        }),
    })),
  }
  res.json(answer)
}
