import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE, type LedgerModuleService } from "@genussnetz/marketplace/modules/ledger"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@genussnetz/provenance/modules/provenance"
import { COOPERATION_MODULE, type CooperationModuleService } from "../modules/cooperation"
import { monthly, SALES_WINDOW_DAYS } from "./load"
import { materialKey } from "./network"

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null)
const euros = (amount: number) => Math.round(amount * 100) / 100

/**
 * How much a producer hangs on others, both ways (issue 14): its inputs by supplier — the share of
 * its products' inputs that come through each supplier's live links (by links where its products
 * name no inputs), and which of them no one else delivers it — and its sales by outlet: genussnetz
 * (what shoppers paid for its goods in the last 90 days, net of refunds and voids, as a month's
 * average) beside the outlets it declares, and the businesses of the network it supplies.
 */
export async function dependenciesOf(container: MedusaContainer, producerId: string, now = new Date()) {
  const provenance = container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const since = new Date(now.getTime() - SALES_WINDOW_DAYS * 86_400_000)
  const [{ links, inputs }, entries, outlets] = await Promise.all([
    provenance.listLiveNetworkOf(producerId, now),
    container.resolve<LedgerModuleService>(LEDGER_MODULE).entriesOfPeriod({ from: since, to: now }, producerId),
    container.resolve<CooperationModuleService>(COOPERATION_MODULE).listSalesOutlets({ producer_id: producerId }, { order: { created_at: "ASC" } }),
  ])
  const incoming = links.filter((link) => link.customer_id === producerId)
  const outgoing = links.filter((link) => link.supplier_id === producerId)
  // The inputs read are those through the links it receives (listLiveNetworkOf).
  const inputsThrough = new Map<string, number>()
  for (const input of inputs) inputsThrough.set(input.link_id, (inputsThrough.get(input.link_id) ?? 0) + 1)
  const byInputs = inputsThrough.size > 0
  const weightOf = (linkId: string) => (byInputs ? (inputsThrough.get(linkId) ?? 0) : 1)
  const suppliersOfMaterial = new Map<string, Set<string>>()
  for (const link of incoming) {
    const key = materialKey(link.material)
    suppliersOfMaterial.set(key, new Set([...(suppliersOfMaterial.get(key) ?? []), link.supplier_id]))
  }

  const names = new Map<string, { id: string; name: string; handle: string; town: string }>()
  const ids = [...new Set([...incoming.map((link) => link.supplier_id), ...outgoing.map((link) => link.customer_id)])]
  if (ids.length) {
    const { data } = await query.graph({ entity: "producer", fields: ["id", "name", "handle", "town"], filters: { id: ids } })
    for (const producer of data) names.set(producer.id, producer)
  }
  const total = incoming.reduce((sum, link) => sum + weightOf(link.id), 0)
  const suppliers = [...new Set(incoming.map((link) => link.supplier_id))]
    .map((supplierId) => {
      const own = incoming.filter((link) => link.supplier_id === supplierId)
      return {
        producer: names.get(supplierId) ?? { id: supplierId, name: supplierId, handle: "", town: "" },
        materials: own.map((link) => link.material),
        share: share(own.reduce((sum, link) => sum + weightOf(link.id), 0), total),
        /** Materials only this supplier delivers to the producer. */
        sole_source_of: own.filter((link) => suppliersOfMaterial.get(materialKey(link.material))!.size === 1).map((link) => link.material),
      }
    })
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || a.producer.name.localeCompare(b.producer.name, "de"))

  const genussnetz = monthly(entries.reduce((sum, entry) => sum + Number(entry.goods_total), 0))
  const declared = outlets.map((outlet) => ({ id: outlet.id, name: outlet.name, kind: outlet.kind, monthly_revenue: euros(outlet.monthly_revenue) }))
  const salesTotal = genussnetz + declared.reduce((sum, outlet) => sum + outlet.monthly_revenue, 0)
  const outletsWithShares = [
    { id: null, name: "genussnetz", kind: "genussnetz" as const, monthly_revenue: genussnetz, share: share(genussnetz, salesTotal) },
    ...declared.map((outlet) => ({ ...outlet, share: share(outlet.monthly_revenue, salesTotal) })),
  ].sort((a, b) => b.monthly_revenue - a.monthly_revenue)

  return {
    inputs: { weighed_by: byInputs ? ("product_inputs" as const) : ("links" as const), suppliers, largest_share: suppliers[0]?.share ?? null },
    sales: {
      sales_window_days: SALES_WINDOW_DAYS,
      monthly_total: euros(salesTotal),
      outlets: outletsWithShares,
      largest_share: salesTotal > 0 ? outletsWithShares[0].share : null,
      network_customers: [...new Set(outgoing.map((link) => link.customer_id))].map((customerId) => ({
        producer: names.get(customerId) ?? { id: customerId, name: customerId, handle: "", town: "" },
        materials: outgoing.filter((link) => link.customer_id === customerId).map((link) => link.material),
      })),
    },
  }
}
