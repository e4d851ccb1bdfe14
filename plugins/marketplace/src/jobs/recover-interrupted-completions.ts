import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { CHECKOUT_MODULE } from "../modules/checkout"
import type CheckoutModuleService from "../modules/checkout/service"
import { recoverInterruptedCompletionWorkflow } from "../workflows/checkout/recover-interrupted-completion"

/** Older than completeCartWorkflow's lock lives (2 minutes): no completion can still be running. */
const CUT_OFF_AFTER_MS = 3 * 60 * 1000

/**
 * Completions cut off by a killed process whose shopper does not come back (or that a payment
 * webhook started): every minute their leftovers are undone, so the reservations they held are
 * free again. A cart whose payment had been authorized is then completed here, so the shopper who
 * paid gets the one order; one without stays open for the shopper to complete.
 */
// Medusa's job loader passes the time the run was scheduled for.
export default async function recoverInterruptedCompletions(container: MedusaContainer, { scheduledFor: now = new Date() }: { scheduledFor?: Date } = {}) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const checkout = container.resolve<CheckoutModuleService>(CHECKOUT_MODULE)
  const attempts = await checkout.listCompletionAttempts(
    { started_at: { $lt: new Date(now.getTime() - CUT_OFF_AFTER_MS) } },
    { select: ["cart_id"], take: 50, order: { started_at: "ASC" } }
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let recovered = 0
  let completed = 0
  for (const { cart_id } of attempts) {
    try {
      await recoverInterruptedCompletionWorkflow(container).run({ input: { cart_id } })
      recovered++
      const {
        data: [cart],
      } = await query.graph({
        entity: "cart",
        fields: ["id", "completed_at", "payment_collection.payment_sessions.status"],
        filters: { id: cart_id },
      })
      const paid = (cart?.payment_collection?.payment_sessions ?? []).some((session: { status: string }) => session.status === "authorized")
      if (cart && !cart.completed_at && paid) {
        await completeCartWorkflow(container).run({ input: { id: cart_id } })
        completed++
      }
    } catch (error) {
      logger.warn(`Recovering the interrupted completion of cart ${cart_id} failed; the next run tries again: ${(error as Error).message}`)
    }
  }
  if (recovered) logger.info(`Recovered ${recovered} interrupted cart completion(s); completed ${completed} paid cart(s)`)
  return { recovered, completed }
}

export const config = {
  name: "recover-interrupted-completions",
  schedule: "* * * * *",
}
