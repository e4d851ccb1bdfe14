import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, type OrderPartStatus } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

type PartStatus = { id: string; status: OrderPartStatus; fulfillment_id?: string | null }

/** Moves a part to its new status (and records its fulfillment); compensation puts back the old. */
export const setOrderPartStatusStep = createStep(
  "set-order-part-status",
  async (input: PartStatus, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const before = await ledger.retrieveOrderPart(input.id, { select: ["id", "status", "fulfillment_id"] })
    await ledger.updateOrderParts({ id: input.id, status: input.status, ...(input.fulfillment_id !== undefined ? { fulfillment_id: input.fulfillment_id } : {}) })
    return new StepResponse(input, { id: before.id, status: before.status, fulfillment_id: before.fulfillment_id } as PartStatus)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<LedgerModuleService>(LEDGER_MODULE).updateOrderParts(before)
  }
)
