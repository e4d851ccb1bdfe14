import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createSupplyLinksWorkflow } from "@genussnetz/provenance/workflows"
import { loadOfferForNeedStep } from "./steps/load-offer-for-need"
import { recordNeedMetStep } from "./steps/record-need-met"

/**
 * A producer takes up an offer that meets its need, in one step: the offer's producer becomes its
 * declared supplier of the offered material for the need's step (a supply link, which the
 * supplier then confirms as usual), and the need is closed, naming the link. Under the need's
 * lock: the same need taken up twice at once makes one link.
 */
export const takeUpOfferWorkflow = createWorkflow("take-up-offer", (input: { need_id: string; offer_id: string }) => {
  const lockKey = transform(input, (input) => `cooperation-need:${input.need_id}`)
  acquireLockStep({ key: lockKey, timeout: 15, ttl: 30 })
  const { need, offer } = loadOfferForNeedStep(input)
  const links = createSupplyLinksWorkflow.runAsStep({
    input: transform({ need, offer }, ({ need, offer }) => ({
      supply_links: [{ supplier_id: offer.producer_id, customer_id: need.producer_id, material: offer.material, step: need.step }],
    })),
  })
  const met = recordNeedMetStep(transform({ input, links }, ({ input, links }) => ({ need_id: input.need_id, offer_id: input.offer_id, supply_link_id: links[0].id })))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ met, links }, ({ met, links }) => ({ need: met, supply_link: links[0] })))
})
