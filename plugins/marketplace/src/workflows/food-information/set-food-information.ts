import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { FoodInformationInputType } from "./schemas"
import { setEnglishTextsStep } from "@genussnetz/producers/workflows"
import { upsertFoodInformationStep } from "./steps/upsert-food-information"
import { validateFoodInformationStep } from "./steps/validate-food-information"

export const setFoodInformationWorkflowId = "set-food-information"

/**
 * Sets products' food information (Reg. (EU) 1169/2011): German on the record, English in the
 * Translation Module. An English text left out removes the English one, so an English shopper
 * never reads ingredients the German no longer says.
 */
export const setFoodInformationWorkflow = createWorkflow(
  setFoodInformationWorkflowId,
  (input: { food_information: FoodInformationInputType[] }) => {
    const checked = validateFoodInformationStep(input.food_information)
    const records = upsertFoodInformationStep(checked)
    const english = transform({ checked, records }, ({ checked, records }) =>
      checked.map((info) => {
        const record = records.find((r) => r.product_id === info.product_id)!
        return {
          reference: "food_information",
          reference_id: record.id,
          translations: { storage: info.storage.en ?? null, ingredients: info.ingredients?.en ?? null },
        }
      })
    )
    setEnglishTextsStep(english)
    return new WorkflowResponse(records)
  }
)

