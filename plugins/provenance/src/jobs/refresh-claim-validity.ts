import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { productIdsOfClaims } from "../search/_product-events"

/** A day and an hour: a run that starts late still covers what the previous one could not see. */
const WINDOW_MS = 25 * 60 * 60 * 1000

/**
 * Claims become valid or run out by the calendar, not by an event. Once a night the products
 * whose claims crossed `valid_from` or `valid_until` since the last run are rebuilt in the
 * catalog's search index, so the certificate filter follows the dates.
 */
// Medusa's job loader passes the time the run was scheduled for (a plain `now` argument got that
// object, and the nightly run failed on it).
export default async function refreshClaimValidity(container: MedusaContainer, { scheduledFor: now = new Date() }: { scheduledFor?: Date } = {}) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const since = new Date(now.getTime() - WINDOW_MS)
  const window = { $gt: since, $lte: now }
  const ids = await productIdsOfClaims(query, { $or: [{ valid_from: window }, { valid_until: window }] })
  if (!ids.length) return { products: 0 }
  await container.resolve(Modules.SEARCH).reindex({ index: "product", filters: { id: ids } })
  return { products: ids.length }
}

export const config = {
  name: "refresh-claim-validity",
  schedule: "10 0 * * *",
}
