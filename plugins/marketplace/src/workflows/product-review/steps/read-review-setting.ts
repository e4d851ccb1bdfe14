import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { productReviewRequired } from "../review-setting"

/** Whether the association requires review of what shoppers see (reads only; nothing to undo). */
export const readReviewSettingStep = createStep("read-review-setting", async (_input: void, { container }) => {
  return new StepResponse(await productReviewRequired(container))
})
