import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import { producersOfProducts } from "@genussnetz/producers/workflows"
import { parseOrThrow, ProductInputInput, type ProductInputInputType } from "../schemas"

export const validateProductInputsStepId = "validate-product-inputs"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks new product inputs: the supply link arrives at the product's producer and is not
 * rejected or ended, an input product is the supplier's, shares of one product add up to at
 * most 1, and the input does not already (transitively) contain the product — which would
 * make a cycle.
 */
export const validateProductInputsStep = createStep(
  validateProductInputsStepId,
  async (input: unknown[], { container }) => {
    const inputs = input.map((item) => parseOrThrow(ProductInputInput, item, "product input"))
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)

    const links = await service.listSupplyLinks(
      { id: [...new Set(inputs.map((i) => i.supply_link_id))] },
      { select: ["id", "supplier_id", "customer_id", "status"] }
    )
    const producerOf = await producersOfProducts(
      container,
      inputs.flatMap((i) => [i.product_id, ...(i.input_product_id ? [i.input_product_id] : [])])
    )

    for (const item of inputs) {
      const link = links.find((l) => l.id === item.supply_link_id)
      if (!link) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Supply link ${item.supply_link_id} was not found`)
      if (link.status === "rejected" || link.status === "expired") {
        throw invalid(`Supply link ${link.id} is ${link.status}: an input arrives through a link the supplier stands by`)
      }
      if (!producerOf.has(item.product_id)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${item.product_id} was not found`)
      }
      if (producerOf.get(item.product_id) !== link.customer_id) {
        throw invalid(`Supply link ${link.id} does not deliver to the producer of product ${item.product_id}`)
      }
      if (item.input_product_id) {
        if (!producerOf.has(item.input_product_id)) {
          throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${item.input_product_id} was not found`)
        }
        if (producerOf.get(item.input_product_id) !== link.supplier_id) {
          throw invalid(`Product ${item.input_product_id} is not made by the supplier of supply link ${link.id}`)
        }
        if (await service.productFeedsInto(item.product_id, item.input_product_id)) {
          throw invalid(`Product input would close a cycle: ${item.product_id} already goes into ${item.input_product_id}`)
        }
      }
    }

    const productIds = [...new Set(inputs.map((i) => i.product_id))]
    const existing = await service.listProductInputs({ product_id: productIds }, { select: ["product_id", "share"] })
    for (const productId of productIds) {
      const total = [...existing, ...inputs]
        .filter((i) => i.product_id === productId)
        .reduce((sum, i) => sum + (i.share ?? 0), 0)
      if (total > 1 + 1e-9) {
        throw invalid(`The shares of product ${productId}'s inputs add up to ${total.toFixed(3)}, more than 1`)
      }
    }
    return new StepResponse<ProductInputInputType[]>(inputs)
  }
)
