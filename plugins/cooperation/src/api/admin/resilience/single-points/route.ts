import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { alternativesFor, hasAlternative, loadNetworkSnapshot, materialKey, monthly, networkSinglePoints, salesByProduct, SALES_WINDOW_DAYS } from "../../../../resilience"
import { distanceKm } from "@genussnetz/provenance/modules/provenance"
import { postAnswer } from "../../../../board/answers"
import { loadOpenBoard } from "../../../../board/load-board"
import { alternativeAnswer, businessSummary, sumEuros } from "../../../../resilience/answers"
import type { AdminGetSinglePointsParamsType } from "../validators"

/** How many of the products depending on a single point an answer names (the count is always whole). */
const PRODUCTS_NAMED = 20

/**
 * The network's single points of failure: each link whose supplier no other one can replace
 * for its customer, with the published products whose chains run through it, what shoppers
 * paid for them a month (the last 90 days' average), the regional businesses that could step in
 * and the open offers on the cooperation board that could.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetSinglePointsParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetSinglePointsParamsType
  const snapshot = await loadNetworkSnapshot(req.scope)
  const products = params.product_id ? snapshot.products.filter((product) => product.id === params.product_id) : snapshot.products
  if (params.product_id && !products.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No published product with id ${params.product_id}`)
  const productById = new Map(snapshot.products.map((product) => [product.id, product]))
  const [sales, board] = await Promise.all([
    salesByProduct(req.scope),
    loadOpenBoard(req.scope),
  ])
  /** Open offers on the cooperation board of the point's material, within reach of its customer (and of the offer's own radius). */
  const offersFor = (point: { supplier_id: string; customer_id: string; material: string }) => {
    const customer = snapshot.businesses.get(point.customer_id)
    const material = materialKey(point.material)
    return board.posts
      .filter((post) => post.kind === "offer" && post.producer_id !== point.supplier_id && materialKey(post.material) === material)
      .map((post) => ({ post, producer: board.producers.get(post.producer_id)! }))
      .filter(({ post, producer }) => customer && distanceKm(customer, producer) <= Math.min(post.radius_km, params.reach_km))
      .map(({ post, producer }) => postAnswer(post, producer, customer))
  }

  const reach = { reachKm: params.reach_km }
  const points = networkSinglePoints(snapshot.network, products.map((product) => product.id))
    .filter((point) => params.has_alternative === undefined || hasAlternative(snapshot.network, point, reach) === params.has_alternative)
    .map((point) => ({ point, monthly_revenue: monthly(sumEuros(point.product_ids.map((id) => sales.get(id) ?? 0))) }))

  const descending = params.order.startsWith("-")
  const key = params.order.replace(/^-/, "")
  const value = ({ point, monthly_revenue }: (typeof points)[number]) =>
    key === "revenue" ? monthly_revenue : key === "products" ? point.product_ids.length : point.material
  points.sort((a, b) => {
    const [x, y] = descending ? [value(b), value(a)] : [value(a), value(b)]
    const byKey = typeof x === "number" ? x - (y as number) : String(x).localeCompare(String(y), "de")
    return byKey || a.point.link_id.localeCompare(b.point.link_id)
  })

  // Who could step in, for the page only: a network's thousands of points are not all shown.
  const page = points.slice(params.offset, params.offset + params.limit).map(({ point, monthly_revenue }) => ({
    link_id: point.link_id,
    material: point.material,
    step: point.step,
    supplier: businessSummary(snapshot, point.supplier_id),
    customer: businessSummary(snapshot, point.customer_id),
    products_count: point.product_ids.length,
    products: point.product_ids.slice(0, PRODUCTS_NAMED).map((id) => ({ id, title: productById.get(id)!.title, handle: productById.get(id)!.handle })),
    monthly_revenue,
    alternatives: alternativesFor(snapshot.network, point, reach).map((alternative) => alternativeAnswer(snapshot, alternative)),
    offers: offersFor(point),
  }))

  res.json({
    single_points: page,
    count: points.length,
    offset: params.offset,
    limit: params.limit,
    reach_km: params.reach_km,
    sales_window_days: SALES_WINDOW_DAYS,
  })
}
