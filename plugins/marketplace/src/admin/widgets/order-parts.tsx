import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"

type PartStatus = "open" | "ready_for_pickup" | "fulfilled" | "shipped" | "delivered" | "canceled"
/** A part as `GET /admin/order-parts?order_id=` answers it, with the fields shown here. */
type OrderPart = {
  id: string
  producer_name: string | null
  status: PartStatus
  currency_code: string
  items: { id: string; title: string; variant_title: string | null; quantity: number }[]
  shipping_methods: { name: string; kind: "pickup" | "delivery" | "parcel" }[]
  refundable: number
}
type Action = "fulfil" | "ship" | "deliver" | "cancel" | "refund"

/** "2,50" or "2.50" as a number; NaN for anything else (the route then says what is wrong). */
const parseAmount = (text: string) => {
  const normal = text.trim().replace(",", ".")
  return /^\d+(\.\d{1,2})?$/.test(normal) ? Number(normal) : Number.NaN
}

/**
 * The parts of an order, one per producer, on Medusa's order page: where each stands, its items
 * and way of delivery, and the actions its status allows (the same rules as the producer's own:
 * `transitions.ts` decides, the buttons only offer what it would allow). A refusal is shown in
 * the route's words.
 */
const OrderPartsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, i18n } = useTranslation()
  const text = (key: string, options?: Record<string, unknown>) => t(`genussnetz.orderParts.${key}`, options) as string
  const money = (amount: number, currency: string) => new Intl.NumberFormat(i18n.language, { style: "currency", currency: currency.toUpperCase() }).format(amount)

  const [parts, setParts] = useState<OrderPart[] | null>(null)
  const [tracking, setTracking] = useState<Record<string, string>>({})
  const [refunds, setRefunds] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState<string | null>(null)
  const load = useCallback(async () => {
    const answer = await sdk.client.fetch<{ order_parts: OrderPart[] }>("/admin/order-parts", { query: { order_id: order.id, limit: 100 } })
    setParts(answer.order_parts)
  }, [order.id])
  useEffect(() => {
    load().catch((e: Error) => toast.error(e.message))
  }, [load])

  const act = async (part: OrderPart, action: Action) => {
    const body =
      action === "ship"
        ? tracking[part.id]?.trim()
          ? { tracking_number: tracking[part.id].trim() }
          : {}
        : action === "refund"
          ? { amount: parseAmount(refunds[part.id] ?? "") }
          : {}
    setBusy(`${part.id}:${action}`)
    try {
      await sdk.client.fetch(`/admin/order-parts/${part.id}/${action}`, { method: "POST", body })
      toast.success(text("done", { producer: part.producer_name ?? part.id }))
      setRefunds({ ...refunds, [part.id]: "" })
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(null)
    }
  }

  const button = (part: OrderPart, action: Action, variant: "primary" | "secondary" | "danger" = "secondary") => (
    <Button type="button" size="small" variant={variant} isLoading={busy === `${part.id}:${action}`} onClick={() => void act(part, action)}>
      {text(action)}
    </Button>
  )

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{text("heading")}</Heading>
        <Text size="small" className="text-ui-fg-subtle mt-1">
          {text("intro")}
        </Text>
      </div>
      {parts?.length === 0 && <Text className="px-6 py-4">{text("empty")}</Text>}
      {parts?.map((part) => {
        const kind = part.shipping_methods[0]?.kind
        return (
          <section key={part.id} data-order-part={part.id} aria-label={part.producer_name ?? part.id} className="flex flex-col gap-y-2 px-6 py-4">
            <div className="flex flex-wrap items-center gap-2">
              <Text weight="plus">{part.producer_name ?? part.id}</Text>
              <Badge size="2xsmall" color={part.status === "canceled" ? "red" : part.status === "open" ? "orange" : "green"} data-status={part.status}>
                {text(`statuses.${part.status}`)}
              </Badge>
              {kind && (
                <Text size="small" className="text-ui-fg-subtle">
                  {text(`kinds.${kind}`)}
                </Text>
              )}
            </div>
            <ul>
              {part.items.map((item) => (
                <li key={item.id}>
                  <Text size="small">
                    {item.quantity} × {item.title}
                    {item.variant_title ? ` (${item.variant_title})` : ""}
                  </Text>
                </li>
              ))}
            </ul>
            {part.status !== "canceled" && (
              <div className="flex flex-wrap items-end gap-2">
                {part.status === "open" && button(part, "fulfil", "primary")}
                {part.status === "fulfilled" && kind !== "pickup" && (
                  <>
                    <Input
                      size="small"
                      className="w-48"
                      aria-label={`${text("tracking")}: ${part.producer_name ?? part.id}`}
                      placeholder={text("tracking")}
                      value={tracking[part.id] ?? ""}
                      onChange={(e) => setTracking({ ...tracking, [part.id]: e.target.value })}
                    />
                    {button(part, "ship", "primary")}
                  </>
                )}
                {["ready_for_pickup", "fulfilled", "shipped"].includes(part.status) && button(part, "deliver")}
                {part.status === "open" && button(part, "cancel", "danger")}
              </div>
            )}
            {part.refundable > 0 && (
              <div className="flex flex-wrap items-end gap-2">
                <Text size="small" className="text-ui-fg-subtle" data-refundable>
                  {text("refundable", { amount: money(part.refundable, part.currency_code) })}
                </Text>
                <Input
                  size="small"
                  className="w-32"
                  inputMode="decimal"
                  aria-label={`${text("refundAmount")}: ${part.producer_name ?? part.id}`}
                  placeholder={text("refundAmount")}
                  value={refunds[part.id] ?? ""}
                  onChange={(e) => setRefunds({ ...refunds, [part.id]: e.target.value })}
                />
                {button(part, "refund")}
              </div>
            )}
          </section>
        )
      })}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderPartsWidget
