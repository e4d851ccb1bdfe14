import type { FulfillmentWorkflow } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createShippingOptionsWorkflow, deleteShippingOptionsWorkflow, updateShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"

export const changeShippingOptionsWorkflowId = "change-shipping-options"

/** Shipping options to make, change and delete: what a step comparing what is with what should be decided. */
export type ShippingOptionChanges = {
  create: FulfillmentWorkflow.CreateShippingOptionsWorkflowInput[]
  update: FulfillmentWorkflow.UpdateShippingOptionsWorkflowInput[]
  delete: string[]
}

/**
 * Brings a producer's shipping options to what was decided, with Medusa's own workflows (each
 * one only when there is something to do), all or nothing: a producer's offer and the weekly
 * markets' pickups both end here.
 */
export const changeShippingOptionsWorkflow = createWorkflow(changeShippingOptionsWorkflowId, (input: ShippingOptionChanges) => {
  when({ input }, ({ input }) => input.create.length > 0).then(() => {
    createShippingOptionsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => input.create) })
  })
  when({ input }, ({ input }) => input.update.length > 0).then(() => {
    updateShippingOptionsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => input.update) })
  })
  when({ input }, ({ input }) => input.delete.length > 0).then(() => {
    deleteShippingOptionsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: input.delete })) })
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ created: input.create.length, updated: input.update.length, deleted: input.delete.length })))
})
