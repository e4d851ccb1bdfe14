import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/**
 * The lock a part action holds: its order's, not the part's. The parts of an order share the
 * shopper's one payment, and a Genusspaket's packer moves (and cancelling it refunds) its
 * makers' parts too, so two actions on one order never run at once.
 */
export const lockKeyOfPartStep = createStep("lock-key-of-part", async (input: { id: string }, { container }) => {
  const [part] = await container.resolve<LedgerModuleService>(LEDGER_MODULE).listOrderParts({ id: input.id }, { select: ["order_id"] })
  if (!part) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order part with id "${input.id}" was found`)
  return new StepResponse(`order-parts:${part.order_id}`)
})
