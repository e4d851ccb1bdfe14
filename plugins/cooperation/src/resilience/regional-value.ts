import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildChain, PROVENANCE_MODULE, withProducers, type ChainProducer, type ProvenanceModuleService } from "@genussnetz/provenance/modules/provenance"
import { paidLines } from "./load"

const PRODUCER_FIELDS = ["id", "handle", "name", "craft", "town", "district", "latitude", "longitude"]
/** Chains read at once: each is one recursive query; a month's orders name a few hundred products. */
const CHAINS_AT_ONCE = 8

/**
 * Each product's regional share as its chain figures say it (the share of its weight whose whole
 * path lies in the region, through checked links, as the shop shows it), read chain by chain.
 */
export async function regionalSharesOf(container: MedusaContainer, productIds: string[]): Promise<Map<string, number>> {
  const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rowsOf = new Map<string, Awaited<ReturnType<ProvenanceModuleService["listProductChainRows"]>>>()
  for (let at = 0; at < productIds.length; at += CHAINS_AT_ONCE) {
    const batch = productIds.slice(at, at + CHAINS_AT_ONCE)
    const rows = await Promise.all(batch.map((id) => provenance.listProductChainRows(id)))
    batch.forEach((id, index) => rowsOf.set(id, rows[index]))
  }
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", ...PRODUCER_FIELDS.map((field) => `producer.${field}`)], filters: { id: productIds } })
    : { data: [] }
  const ids = [...new Set([...rowsOf.values()].flat().flatMap((row) => [row.supplier_id, row.customer_id]))]
  const { data: producers } = ids.length ? await query.graph({ entity: "producer", fields: PRODUCER_FIELDS, filters: { id: ids } }) : { data: [] }
  const byId = new Map<string, ChainProducer>(producers.map((p: any) => [p.id, { ...p, latitude: Number(p.latitude), longitude: Number(p.longitude) }]))
  const region = provenance.getRegion()
  const shares = new Map<string, number>()
  for (const product of products as any[]) {
    const root = product.producer ? { ...product.producer, latitude: Number(product.producer.latitude), longitude: Number(product.producer.longitude) } : null
    const chain = buildChain({ productId: product.id, rootProducer: root, rows: withProducers(rowsOf.get(product.id) ?? [], byId), region })
    shares.set(product.id, chain.figures.regional_share)
  }
  return shares
}

/**
 * The regional value share of what shoppers paid (issue 14): each line's amount times its
 * product's regional share, over all lines — for one order, or for every order placed in a
 * period. A product without a chain counts by where its maker is (its chain is itself).
 */
export async function regionalValue(container: MedusaContainer, which: { orderId?: string; since?: Date; until?: Date }) {
  const lines = await paidLines(container, which)
  const shares = await regionalSharesOf(container, [...new Set(lines.map((line) => line.product_id))])
  const cents = (euros: number) => Math.round(euros * 100)
  const paid = lines.reduce((sum, line) => sum + cents(line.amount), 0)
  const regional = lines.reduce((sum, line) => sum + cents(line.amount * (shares.get(line.product_id) ?? 0)), 0)
  return {
    orders: new Set(lines.map((line) => line.order_id)).size,
    paid_total: paid / 100,
    regional_total: regional / 100,
    regional_share: paid > 0 ? Math.round((regional / paid) * 1000) / 1000 : null,
  }
}
