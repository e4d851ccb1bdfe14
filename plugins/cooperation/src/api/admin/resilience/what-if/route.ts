import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadNetworkSnapshot, monthly, salesByProduct, SALES_WINDOW_DAYS, whatIf } from "../../../../resilience"
import { alternativeAnswer, businessSummary, sumEuros } from "../../../../resilience/answers"
import type { AdminPostWhatIfType } from "../validators"

const sameDistrict = (a: string, b: string) => a.trim().toLocaleLowerCase("de") === b.trim().toLocaleLowerCase("de")

/**
 * What if producers close: the published products that lose their chain, those that can switch
 * to another business (and to whom), the producers hit, and the monthly revenue at risk from
 * the last 90 days of sales. Changes nothing.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPostWhatIfType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const snapshot = await loadNetworkSnapshot(req.scope)
  let closedIds: string[]
  if ("producer_ids" in body) {
    const unknown = body.producer_ids.filter((id) => !snapshot.businesses.has(id))
    if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No producer with id ${unknown.slice(0, 5).join(", ")}`)
    closedIds = [...new Set(body.producer_ids)]
  } else {
    closedIds = [...snapshot.businesses.values()].filter((business) => business.craft === body.craft && sameDistrict(business.district, body.district)).map((business) => business.id)
  }
  const closed = new Set(closedIds)
  const answer = whatIf(snapshot.network, snapshot.products, closed, { reachKm: body.reach_km })
  const sales = await salesByProduct(req.scope)
  const productById = new Map(snapshot.products.map((product) => [product.id, product]))
  const monthlyOf = (ids: string[]) => monthly(sumEuros(ids.map((id) => sales.get(id) ?? 0)))

  const products = answer.affected.map((affected) => ({
    id: affected.product_id,
    title: productById.get(affected.product_id)!.title,
    handle: productById.get(affected.product_id)!.handle,
    producer: businessSummary(snapshot, affected.producer_id),
    verdict: affected.verdict,
    maker_closed: affected.maker_closed,
    monthly_revenue: monthlyOf([affected.product_id]),
    cut: affected.cut.map((cut) => ({
      link_id: cut.link_id,
      material: cut.material,
      supplier: businessSummary(snapshot, cut.supplier_id),
      alternatives: cut.alternatives.map((alternative) => alternativeAnswer(snapshot, alternative)),
    })),
  }))
  const producersHit = answer.producers_hit.map((id) => {
    const own = answer.affected.filter((affected) => affected.producer_id === id)
    const lost = own.filter((affected) => affected.verdict === "lost").map((affected) => affected.product_id)
    const switching = own.filter((affected) => affected.verdict === "switch").map((affected) => affected.product_id)
    return { producer: businessSummary(snapshot, id), products_lost: lost.length, products_switching: switching.length, monthly_revenue_at_risk: monthlyOf(lost) }
  })

  res.json({
    closed: closedIds.map((id) => ({ ...businessSummary(snapshot, id), monthly_revenue: monthlyOf(snapshot.products.filter((product) => product.producer_id === id).map((product) => product.id)) })),
    products,
    lost_count: answer.lost.length,
    can_switch_count: answer.can_switch.length,
    producers_hit: producersHit,
    revenue: {
      /** What shoppers paid a month for the products that are lost (the closed producers' own included). */
      monthly_at_risk: monthlyOf(answer.lost),
      /** What they paid for the products that can carry on with another supplier. */
      monthly_switching: monthlyOf(answer.can_switch),
      sales_window_days: SALES_WINDOW_DAYS,
    },
    reach_km: body.reach_km,
  })
}
