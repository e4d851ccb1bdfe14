import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { upsertSellerAccountStep, type SellerAccountChange } from "./steps/upsert-seller-account"

/**
 * The association sets a producer's commission rate, VAT status or connected Stripe account; the
 * association or the producer's owner its bank account and VAT id.
 * Under the producer's own lock, so two saves at once make one account.
 */
export const updateSellerAccountWorkflow = createWorkflow("update-seller-account", (input: SellerAccountChange) => {
  const key = transform(input, (input) => `seller-account-${input.producer_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const id = upsertSellerAccountStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(id)
})
