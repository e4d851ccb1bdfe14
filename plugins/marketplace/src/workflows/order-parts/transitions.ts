import { MedusaError } from "@medusajs/framework/utils"
import type { OrderPartStatus } from "../../modules/ledger"

/** What a producer (or the association) can do with a part of an order. */
export const ORDER_PART_ACTIONS = ["fulfil", "ship", "deliver", "cancel", "refund"] as const
export type OrderPartAction = (typeof ORDER_PART_ACTIONS)[number]

const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Where a part goes when `action` is taken on it, or why it cannot be. A part is packed once
 * (pickup: then it waits for the shopper; else it is shipped or handed over), cancelled only
 * before it was packed (afterwards its money goes back by refund), and refunded at any time
 * while money of it remains (its status stays).
 */
export function nextStatus(action: OrderPartAction, status: OrderPartStatus, kind: string | null): OrderPartStatus {
  if (status === "canceled") throw notAllowed("This order part was cancelled: nothing more can be done with it")
  switch (action) {
    case "fulfil":
      if (status !== "open") throw notAllowed(`This order part is already packed (status "${status}")`)
      return kind === "pickup" ? "ready_for_pickup" : "fulfilled"
    case "ship":
      if (kind === "pickup") throw notAllowed("This order part is picked up by the shopper, not shipped: mark it as handed over instead")
      if (status !== "fulfilled") throw notAllowed(`Only a packed order part can be shipped (status "${status}")`)
      return "shipped"
    case "deliver":
      if (status === "open") throw notAllowed("Pack this order part before handing it over")
      if (status === "delivered") throw notAllowed("This order part was already handed over")
      return "delivered"
    case "cancel":
      if (status !== "open") throw notAllowed(`This order part is already packed (status "${status}"): refund it instead of cancelling`)
      return "canceled"
    case "refund":
      return status
  }
}
