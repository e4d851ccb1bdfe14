import type { MedusaContainer } from "@medusajs/framework/types"
import { syncMarketPickupsWorkflow } from "../workflows/fulfilment/sync-market-pickups"

/**
 * Nightly, every market pickup checked against the calendar: a series whose last market day has
 * passed changes nothing in the calendar that would tell the subscriber, yet is no pickup point
 * any more.
 */
export default async function syncMarketPickups(container: MedusaContainer) {
  await syncMarketPickupsWorkflow(container).run({ input: {} })
}

export const config = { name: "sync-market-pickups", schedule: "20 3 * * *" }
