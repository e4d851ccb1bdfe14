import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderPartViews } from "../api/utils/order-part-view"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"
import { orderAccessSecret, orderAccessToken } from "../order-access"
import { mailLocale } from "@genussnetz/producers/mail"
import { orderPageUrl } from "./format"
import type { OrderMail, PartMail } from "./types"

/**
 * An order as its mails show it: each producer's part through the producer-facing view of a
 * part (its items and its shipping method only), the producer's name and e-mail, the order's
 * totals and language. Null when the order does not exist.
 */
export async function loadOrderMail(container: MedusaContainer, orderId: string): Promise<OrderMail | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
  const [
    {
      data: [order],
    },
    parts,
  ] = await Promise.all([
    query.graph({
      entity: "order",
      filters: { id: orderId },
      // Asking for the total makes the Order Module compute it (and the VAT in it).
      fields: ["id", "display_id", "email", "locale", "currency_code", "total", "tax_total"],
    }),
    ledger.listOrderParts({ order_id: orderId }),
  ])
  if (!order) return null
  const [views, { data: producers }] = await Promise.all([
    Promise.all(parts.map((part) => orderPartViews(container, part.producer_id, [part.id]))),
    query.graph({ entity: "producer", filters: { id: parts.map((part) => part.producer_id) }, fields: ["id", "name", "email"] }),
  ])
  const producerById = new Map(producers.map((producer: any) => [producer.id as string, producer]))
  const locale = mailLocale(order.locale)
  const partMails: PartMail[] = views.flat().map((view) => {
    const producer: any = producerById.get(parts.find((part) => part.id === view.id)!.producer_id)
    return {
      id: view.id,
      producer: { id: producer?.id ?? "", name: producer?.name ?? "", email: producer?.email || null },
      items: view.items.map((item: any) => ({
        title: item.title,
        variant_title: item.variant_title ?? null,
        quantity: Number(item.quantity),
        unit_price: Number(item.unit_price),
        total: Number(item.total),
      })),
      components: view.components.map((component: any) => ({
        bundle_title: component.bundle_title,
        title: component.title,
        variant_title: component.variant_title || null,
        quantity: Number(component.quantity),
        total: Number(component.total),
      })),
      deliveries: view.shipping_methods.map((method: any) => ({ ...method, amount: Number(method.amount) })),
    }
  })
  return {
    id: order.id,
    display_id: order.display_id ?? null,
    email: order.email ?? null,
    locale,
    currency_code: order.currency_code,
    total: Number(order.total),
    tax_total: Number(order.tax_total),
    shipping_address: views.flat()[0]?.shipping_address ?? null,
    order_url: orderPageUrl(locale, order.id, orderAccessToken(orderAccessSecret(container), order.id)),
    parts: partMails.sort((a, b) => a.producer.name.localeCompare(b.producer.name, locale)),
  }
}
