import { ProductWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { productProducerLink } from "./product-producer-link"
import { validateProductProducerStep, type SetProductProducerInput } from "./steps/validate-product-producer"

export const setProductProducerWorkflowId = "set-product-producer"

/**
 * Gives a product its producer, or another one, or none (`producer_id: null`): dismisses the
 * current link and creates the new one. Medusa's link steps compensate each other, so a
 * failure while creating restores the old link.
 */
export const setProductProducerWorkflow = createWorkflow(setProductProducerWorkflowId, (input: SetProductProducerInput) => {
  const { current_producer_id } = validateProductProducerStep(input)

  const changes = transform({ input, current_producer_id }, ({ input, current_producer_id }) => {
    const unchanged = current_producer_id === input.producer_id
    return {
      dismiss: !unchanged && current_producer_id ? [productProducerLink(current_producer_id, input.product_id)] : [],
      create: !unchanged && input.producer_id ? [productProducerLink(input.producer_id, input.product_id)] : [],
      events: unchanged ? [] : [{ id: input.product_id }],
    }
  })
  dismissRemoteLinkStep(changes.dismiss)
  createRemoteLinkStep(changes.create)
  // The product's own documents (the catalog's search index) carry its producer.
  emitEventStep({ eventName: ProductWorkflowEvents.UPDATED, data: changes.events })

  return new WorkflowResponse({ product_id: input.product_id, producer_id: input.producer_id })
})
