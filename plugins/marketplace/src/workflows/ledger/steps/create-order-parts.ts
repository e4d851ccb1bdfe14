import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { OrderPartSale } from "./collect-order-sale"

/**
 * Writes each producer's part of the order with its sale entry, once: parts an order already
 * has are left as they are (a retried completion writes nothing twice). Compensation removes
 * the parts this step wrote, entries included.
 */
export const createOrderPartsStep = createStep(
  "create-order-parts",
  async (sales: OrderPartSale[], { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    if (!sales.length) return new StepResponse([], [])
    const existing = await ledger.listOrderParts({ order_id: [...new Set(sales.map((sale) => sale.order_id))] })
    const missing = sales.filter((sale) => !existing.some((part) => part.order_id === sale.order_id && part.producer_id === sale.producer_id))
    if (!missing.length) return new StepResponse(existing, [])
    const parts = await ledger.createOrderParts(missing.map(({ order_id, producer_id, currency_code }) => ({ order_id, producer_id, currency_code })))
    await ledger.createLedgerEntries(
      missing.map(({ order_id, producer_id, currency_code, ...sale }, i) => ({ ...sale, kind: "sale" as const, part_id: parts[i].id }))
    )
    return new StepResponse([...existing, ...parts], parts.map((part) => part.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<LedgerModuleService>(LEDGER_MODULE).deleteOrderParts(createdIds)
  }
)
