import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, type OrderPartStatus } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

type PartStatus = { id: string; status: OrderPartStatus; fulfillment_id?: string | null }

/**
 * Moves a part to its new status (and records its fulfillment), and with it the parts that hold
 * only components of its Genusspakete (`followers`: the bundle's journey is theirs);
 * compensation puts back what was.
 */
export const setOrderPartStatusStep = createStep(
  "set-order-part-status",
  async (input: PartStatus & { followers?: string[] }, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const ids = [input.id, ...(input.followers ?? [])]
    const before = await ledger.listOrderParts({ id: ids }, { select: ["id", "status", "fulfillment_id"] })
    await ledger.updateOrderParts([
      { id: input.id, status: input.status, ...(input.fulfillment_id !== undefined ? { fulfillment_id: input.fulfillment_id } : {}) },
      ...(input.followers ?? []).map((id) => ({ id, status: input.status })),
    ])
    return new StepResponse(input, before.map(({ id, status, fulfillment_id }) => ({ id, status, fulfillment_id }) as PartStatus))
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container.resolve<LedgerModuleService>(LEDGER_MODULE).updateOrderParts(before)
  }
)

/** The parts that follow `part`'s status: those holding only components of its Genusspakete. */
export const followersOf = (part: { companions: { id: string; only_components: boolean }[] }) =>
  part.companions.filter((companion) => companion.only_components).map((companion) => companion.id)
