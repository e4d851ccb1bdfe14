import { CHILLED_CATEGORIES, seedOffer } from "../../../../seed/fulfilment"
import { planProducts, type PlannedProduct } from "../../../../seed/plan"

/** Whether a seeded product needs the cold chain (never by parcel). */
export const isChilledPlanned = (p: PlannedProduct) => CHILLED_CATEGORIES.has(p.template.category)

/**
 * Three seeded producers' goods in stock, one shipping profile each: a butcher's chilled
 * sausage, a bakery's bread (the bakery delivers locally too) and a brewery's beer.
 */
export function threeProducersGoods() {
  const plan = planProducts().filter((p) => !p.soldOut)
  return {
    plan,
    sausage: plan.find((p) => p.producer.craft === "butchery" && isChilledPlanned(p))!,
    bread: plan.find((p) => p.producer.craft === "bakery" && !isChilledPlanned(p) && seedOffer(p.producer).delivery)!,
    beer: plan.find((p) => p.producer.craft === "brewery" && !isChilledPlanned(p))!,
  }
}
