import type { MedusaContainer } from "@medusajs/framework/types"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { CHECKOUT_MODULE } from "../../modules/checkout"
import type CheckoutModuleService from "../../modules/checkout/service"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"
import { recordOrderPartsWorkflow } from "../ledger/record-order-parts"

/**
 * Every order is split into its producers' parts in the same completion that creates it: if
 * writing the parts fails, Medusa compensates and no order is left without them.
 */
// Medusa 2.21 creates this hook inside completeCartWorkflow but leaves it out of the workflow's
// declared hooks, so its type is spelled out here (the runtime has it: `completeCartWorkflow.hooks`).
type OrderCreatedHook = (
  invoke: (input: { order_id: string; cart_id: string }, context: { container: MedusaContainer }) => Promise<StepResponse<undefined, string>>,
  compensate: (orderId: string | undefined, context: { container: MedusaContainer }) => Promise<void>
) => void
const { orderCreated } = completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }

orderCreated(
  async ({ order_id, cart_id }, { container }) => {
    await recordOrderPartsWorkflow(container).run({ input: { order_id } })
    // The order is whole now: its completion attempt (hooks/completion-started.ts) is done.
    const checkout = container.resolve<CheckoutModuleService>(CHECKOUT_MODULE)
    const attempts = await checkout.listCompletionAttempts({ cart_id }, { select: ["id"] })
    if (attempts.length) await checkout.deleteCompletionAttempts(attempts.map((attempt) => attempt.id))
    return new StepResponse(undefined, order_id)
  },
  async (orderId, { container }) => {
    if (!orderId) return
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const parts = await ledger.listOrderParts({ order_id: orderId })
    if (parts.length) await ledger.deleteOrderParts(parts.map((part) => part.id))
  }
)
