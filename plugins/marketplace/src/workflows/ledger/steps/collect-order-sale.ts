import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { saleOfPart, type PartSale, type SaleLine } from "../../../modules/ledger/sale"
import { splitBundleLine } from "../../../modules/bundles"
import { bundleComponentsOf } from "../../bundles/bundle-components"

/** A seller account's own rate (a big number in the database), or none. */
const ownRate = (rate: unknown) => (rate === null || rate === undefined ? null : Number(rate))

export type OrderPartSale = PartSale & { order_id: string; producer_id: string; currency_code: string }

/**
 * Reads a placed order and splits it by producer: each line goes to its product's producer — a
 * Genusspaket's line to its makers, each its share of it at its own product's commission rate —
 * and each shipping method to the producer whose shipping profile its option serves. Reads only.
 */
export const collectOrderSaleStep = createStep("collect-order-sale", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    filters: { id: input.order_id },
    fields: [
      "id",
      "currency_code",
      // Asking for the order's total makes the Order Module compute every line's and method's.
      "total",
      "items.total",
      "items.tax_total",
      "items.product_id",
      "items.variant_id",
      "shipping_methods.total",
      "shipping_methods.tax_total",
      "shipping_methods.shipping_option_id",
    ],
  })
  const items = (order?.items ?? []).filter(Boolean) as any[]
  const methods = (order?.shipping_methods ?? []).filter(Boolean) as any[]
  const [{ data: products }, { data: options }, bundles] = await Promise.all([
    query.graph({ entity: "product", filters: { id: items.map((item) => item.product_id).filter(Boolean) }, fields: ["id", "producer.id", "categories.handle"] }),
    query.graph({ entity: "shipping_option", filters: { id: methods.map((method) => method.shipping_option_id).filter(Boolean) }, fields: ["id", "shipping_profile_id"] }),
    bundleComponentsOf(container, items.map((item) => item.variant_id).filter(Boolean)),
  ])
  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    filters: { id: options.map((option: any) => option.shipping_profile_id) },
    fields: ["id", "producer.id"],
  })
  const productById = new Map(products.map((product: any) => [product.id, product]))
  const producerOfOption = new Map(
    options.map((option: any) => [option.id, profiles.find((profile: any) => profile.id === option.shipping_profile_id)?.producer?.id as string | undefined])
  )

  const lines = new Map<string, SaleLine[]>()
  const shipping = new Map<string, { total: number; tax_total: number }[]>()
  const addLine = (producerId: string, line: SaleLine) => lines.set(producerId, [...(lines.get(producerId) ?? []), line])
  for (const item of items) {
    const components = bundles.get(item.variant_id)
    if (components) {
      for (const piece of splitBundleLine({ total: Number(item.total), tax_total: Number(item.tax_total) }, components)) {
        if (piece.producer_id) addLine(piece.producer_id, { total: piece.total, tax_total: piece.tax_total, category_handles: piece.category_handles })
      }
      continue
    }
    const product: any = productById.get(item.product_id)
    const producerId = product?.producer?.id
    if (!producerId) continue
    addLine(producerId, { total: Number(item.total), tax_total: Number(item.tax_total), category_handles: (product.categories ?? []).map((c: any) => c.handle) })
  }
  for (const method of methods) {
    const producerId = producerOfOption.get(method.shipping_option_id)
    if (!producerId) continue
    shipping.set(producerId, [...(shipping.get(producerId) ?? []), { total: Number(method.total), tax_total: Number(method.tax_total) }])
  }
  const producerIds = [...new Set([...lines.keys(), ...shipping.keys()])]
  const accounts = producerIds.length ? await ledger.listSellerAccounts({ producer_id: producerIds }) : []
  const sales: OrderPartSale[] = producerIds.map((producerId) => ({
    order_id: input.order_id,
    producer_id: producerId,
    currency_code: order.currency_code,
    ...saleOfPart(
      lines.get(producerId) ?? [],
      shipping.get(producerId) ?? [],
      ledger.commissionRates(),
      ownRate(accounts.find((account) => account.producer_id === producerId)?.commission_rate)
    ),
  }))
  return new StepResponse(sales)
})
