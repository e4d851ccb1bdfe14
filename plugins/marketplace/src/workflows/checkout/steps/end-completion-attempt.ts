import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CHECKOUT_MODULE } from "../../../modules/checkout"
import type CheckoutModuleService from "../../../modules/checkout/service"

/** Closes the cut-off attempt once its leftovers are undone; compensation files it again. */
export const endCompletionAttemptStep = createStep(
  "end-completion-attempt",
  async (input: { attempt_id?: string }, { container }) => {
    if (!input.attempt_id) return new StepResponse(undefined, undefined)
    const checkout = container.resolve<CheckoutModuleService>(CHECKOUT_MODULE)
    const [attempt] = await checkout.listCompletionAttempts({ id: input.attempt_id }, { select: ["cart_id", "started_at"] })
    if (!attempt) return new StepResponse(undefined, undefined)
    await checkout.deleteCompletionAttempts(input.attempt_id)
    return new StepResponse(undefined, { cart_id: attempt.cart_id, started_at: attempt.started_at })
  },
  async (attempt, { container }) => {
    if (attempt) await container.resolve<CheckoutModuleService>(CHECKOUT_MODULE).createCompletionAttempts(attempt)
  }
)
