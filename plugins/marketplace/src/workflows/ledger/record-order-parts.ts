import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { collectOrderSaleStep } from "./steps/collect-order-sale"
import { createOrderPartsStep } from "./steps/create-order-parts"

/**
 * Splits a placed order into one part per producer and freezes its money lines (goods, shipping,
 * VAT as charged, the commission at the rate of the day, the payout). Runs inside Medusa's cart
 * completion (hooks/order-created.ts), so an order never exists without its parts.
 */
export const recordOrderPartsWorkflow = createWorkflow("record-order-parts", (input: { order_id: string }) => {
  const sales = collectOrderSaleStep(input)
  return new WorkflowResponse(createOrderPartsStep(sales))
})
