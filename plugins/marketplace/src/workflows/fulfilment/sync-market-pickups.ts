import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { changeShippingOptionsWorkflow } from "./change-shipping-options"
import { prepareMarketPickupsStep, type MarketPickupScope } from "./steps/prepare-market-pickups"

export const syncMarketPickupsWorkflowId = "sync-market-pickups"

/**
 * Brings the weekly markets' pickup options in line with the calendar: made for a producer that
 * stands at a published weekly market, changed when the market's name, hours or place change,
 * deleted when it is cancelled, unpublished or over, or the producer no longer stands there.
 * Runs after an event changes (subscribers/market-pickups.ts), when a producer sets up its
 * delivery, and nightly (a series that has ended). One at a time, so two runs make no twins.
 */
export const syncMarketPickupsWorkflow = createWorkflow(syncMarketPickupsWorkflowId, (input: MarketPickupScope) => {
  acquireLockStep({ key: "market-pickups", timeout: 30, ttl: 120 })
  const change = prepareMarketPickupsStep(input)
  const counts = changeShippingOptionsWorkflow.runAsStep({ input: change })
  releaseLockStep({ key: "market-pickups" })
  return new WorkflowResponse(counts)
})
