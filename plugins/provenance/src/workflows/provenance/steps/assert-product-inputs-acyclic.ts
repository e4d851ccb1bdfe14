import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"

export const assertProductInputsAcyclicStepId = "assert-product-inputs-acyclic"

/**
 * After writing, checks once more with everything in place: inputs written in one batch
 * can close a cycle among themselves that no single check before could see. Failing here
 * rolls the batch back (the create step's compensation).
 */
export const assertProductInputsAcyclicStep = createStep(
  assertProductInputsAcyclicStepId,
  async (inputs: { product_id: string; input_product_id?: string | null }[], { container }) => {
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    for (const input of inputs) {
      if (input.input_product_id && (await service.productFeedsInto(input.product_id, input.input_product_id))) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Product inputs would close a cycle: ${input.input_product_id} and ${input.product_id} go into each other`
        )
      }
    }
  }
)
