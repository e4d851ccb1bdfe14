import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE, remainingOfPart, saleRateOfPart, type PartSale } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export type UnpaidPart = {
  id: string
  order_id: string
  producer_id: string
  remaining: Omit<PartSale, "commission_rate">
  sale_rate: number
}

export type UnpaidOrder = {
  order_id: string
  /** Whether the order is to be called off: placed, not cancelled yet, no money taken for it, nothing of it packed. */
  call_off: boolean
  /**
   * Whether a producer packed (or handed over) goods of it already. Then the order stays: Medusa
   * cancels no order with fulfillments, and the goods may be with the shopper; the association,
   * the merchant of record, collects the money from the shopper and the producers keep theirs.
   */
  packed: boolean
  /** Its parts not cancelled yet, with what remains of each sale. */
  parts: UnpaidPart[]
}

/**
 * An order whose payment failed after it was placed (Stripe placed it while a SEPA debit was
 * processing): its parts and what each still counts in the books. An order with a payment booked
 * (authorized or captured: the failure was about another attempt) is left alone, and so is one
 * cancelled already (the same failure delivered again) and one with goods packed (see `packed`).
 */
export const loadUnpaidOrderStep = createStep("load-unpaid-order", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "status", "payment_collections.payments.id"], filters: { id: input.order_id } })
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const parts = order ? await ledger.listOrderParts({ order_id: order.id }, { relations: ["entries"] }) : []
  const paid = (order?.payment_collections ?? []).some((collection: any) => (collection?.payments ?? []).length > 0)
  const open = parts.filter((part) => part.status !== "canceled")
  const packed = open.some((part) => part.status !== "open")
  return new StepResponse<UnpaidOrder>({
    order_id: input.order_id,
    call_off: !!order && order.status !== "canceled" && !paid && !packed,
    packed,
    parts: open.map((part) => {
      const entries = (part.entries ?? []) as any[]
      return {
        id: part.id,
        order_id: part.order_id,
        producer_id: part.producer_id,
        remaining: remainingOfPart(entries),
        sale_rate: saleRateOfPart(entries),
      }
    }),
  })
})
