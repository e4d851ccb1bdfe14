import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { loadPublishedProductsStep } from "./steps/load-published-products"
import { setProducerStatusStep, type SetProducerStatusInput } from "./steps/set-producer-status"

export const setProducerStatusWorkflowId = "set-producer-status"

/**
 * The association pauses a producer, takes it back, or records that it left. A producer who
 * leaves keeps its orders, ledger and supply chains for the history, but its products go offline
 * (drafts, out of the catalog's index by Medusa's own product events); taken back, it publishes
 * again what it wants to sell.
 */
export const setProducerStatusWorkflow = createWorkflow(setProducerStatusWorkflowId, (input: SetProducerStatusInput) => {
  const producer = setProducerStatusStep(input)
  const published = loadPublishedProductsStep(transform({ input }, ({ input }) => ({ producer_id: input.id })))
  const offline = transform({ input, published }, ({ input, published }) => (input.status === "left" ? published : []))
  when({ offline }, ({ offline }) => offline.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ offline }, ({ offline }) => ({ selector: { id: offline }, update: { status: "draft" as const } })),
    })
  })
  return new WorkflowResponse(transform({ producer, offline }, ({ producer, offline }) => ({ ...producer, products_taken_offline: offline.length })))
})
