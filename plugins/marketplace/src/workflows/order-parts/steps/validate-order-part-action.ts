import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundableOfPart } from "../../../modules/ledger"
import { nextStatus, type OrderPartAction } from "../transitions"
import type { OrderPartState } from "./load-order-part"

/**
 * Checks that `action` may be taken on the part as it is now (read under its order's lock) and
 * answers the status it leads to; for a refund also the amount: the one asked for, or all that
 * remains of the part, never more.
 */
export const validateOrderPartActionStep = createStep(
  "validate-order-part-action",
  async ({ part, action, amount }: { part: OrderPartState; action: OrderPartAction; amount?: number }) => {
    if (part.supply_only && action !== "refund") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This order part holds only components of a Genusspaket that its host producer packs and sends: it moves with the host's part"
      )
    }
    const status = nextStatus(action, part.status, part.kind)
    if (action === "fulfil" && !part.items.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order part has no items left to pack")
    }
    const refundable = refundableOfPart(part.remaining)
    const refund = action === "refund" || action === "cancel" ? (amount ?? refundable) : 0
    if (action === "refund") {
      if (refundable <= 0) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Everything of this order part was refunded already")
      if (refund > refundable) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `At most ${refundable.toFixed(2)} of this order part can be refunded, not ${refund.toFixed(2)}`)
      }
    }
    if (refund > 0 && !part.payment) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The order has no payment to refund from")
    }
    return new StepResponse({ status, refund })
  }
)
