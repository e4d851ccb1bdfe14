import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producersOfProducts } from "@genussnetz/producers/workflows"
import { FoodInformationInput, parseOrThrow, type FoodInformationInputType } from "../schemas"

export const validateFoodInformationStepId = "validate-food-information"

/** Checks each entry by the rules (also for callers other than the route) and that its product is a producer's. */
export const validateFoodInformationStep = createStep(validateFoodInformationStepId, async (input: unknown[], { container }) => {
  const checked: FoodInformationInputType[] = input.map((info) => parseOrThrow(FoodInformationInput, info, "food information"))
  const producerOf = await producersOfProducts(container, checked.map((info) => info.product_id))
  const unknown = checked.find((info) => !producerOf.has(info.product_id))
  if (unknown) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${unknown.product_id} was not found`)
  return new StepResponse(checked)
})
