import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { updateProducersWorkflow } from "@genussnetz/producers/workflows"
import { changeShippingOptionsWorkflow } from "./change-shipping-options"
import { setUpProducerFulfilmentWorkflow } from "./set-up-producer-fulfilment"
import { prepareOfferChangeStep, type OfferChangeInput } from "./steps/prepare-offer-change"
import { syncMarketPickupsWorkflow } from "./sync-market-pickups"

export const saveProducerOfferWorkflowId = "save-producer-offer"

/**
 * A producer says how its goods reach shoppers (from the portal): its street, pickup with its
 * hours, delivery with fee, minimum order and postal codes, parcel with its fee. The first time
 * it is set up to sell (stock location, shipping profile, options); later its options are
 * changed, made or deleted to match, and its stock location's address follows its street. The
 * producer's profile keeps its street and whether it offers pickup; the weekly markets it stands
 * at become its pickup points. One workflow, all or nothing.
 */
export const saveProducerOfferWorkflow = createWorkflow(saveProducerOfferWorkflowId, (input: OfferChangeInput) => {
  const prepared = prepareOfferChangeStep(input)
  when({ prepared }, ({ prepared }) => !prepared.set_up).then(() => {
    setUpProducerFulfilmentWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => prepared.setUp!) })
  })
  when({ prepared }, ({ prepared }) => prepared.set_up).then(() => {
    updateStockLocationsWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({ selector: { id: prepared.location_id! }, update: { address: prepared.address } })),
    })
  })
  changeShippingOptionsWorkflow.runAsStep({
    input: transform({ prepared }, ({ prepared }) => ({ create: prepared.create, update: prepared.update, delete: prepared.delete })),
  })
  // Set up for the first time, it becomes a pickup point at the weekly markets it stands at.
  syncMarketPickupsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ producer_ids: [input.producer_id] })) })
  updateProducersWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      producers: [{ id: input.producer_id, street: input.street, pickup: Boolean(input.offer.pickup), ...(input.offer.pickup ? { opening_hours: input.offer.pickup.hours } : {}) }],
    })),
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ producer_id: input.producer_id })))
})
