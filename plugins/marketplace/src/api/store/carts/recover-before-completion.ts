import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CHECKOUT_MODULE } from "../../../modules/checkout"
import type CheckoutModuleService from "../../../modules/checkout/service"
import { recoverInterruptedCompletionWorkflow } from "../../../workflows/checkout/recover-interrupted-completion"

/**
 * Before a cart is completed (`POST /store/carts/:id/complete`): if an earlier completion of it
 * was cut off (its attempt is still filed), what it left is undone first, so this completion
 * makes the one order instead of answering a half-made one. One indexed read when nothing was
 * cut off. An attempt filed by a completion still running is waited for under the cart's lock
 * and found closed.
 */
export async function recoverBeforeCompletion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const checkout = req.scope.resolve<CheckoutModuleService>(CHECKOUT_MODULE)
    const [attempt] = await checkout.listCompletionAttempts({ cart_id: req.params.id }, { select: ["id"] })
    if (attempt) await recoverInterruptedCompletionWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
    next()
  } catch (error) {
    next(error)
  }
}
