import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, PaymentActions, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { cancelUnpaidOrderWorkflow } from "../workflows/payment-failure/cancel-unpaid-order"

/**
 * A payment that fails after its order was placed: Stripe places the order while a SEPA debit is
 * processing (medusa-config.ts, `asyncPaymentMethodTypes`) and reports days later whether it went
 * through. Medusa's own webhook handler does nothing with a failure, so the order would stay
 * placed, its goods reserved and its producers packing for nobody. Here, beside that handler
 * (the provider checks the webhook's signature again), a failure of a session whose cart already
 * became an order calls the order off (workflows/payment-failure) — unless a producer packed
 * goods of it already: then the order stays and the association is told (the log) to collect.
 * A failure before an order exists needs nothing: no order is made from it.
 */
export default async function paymentFailedAfterOrder({ event, container }: SubscriberArgs<any>) {
  const input = event.data
  if (input?.payload?.rawData?.type === "Buffer") input.payload.rawData = Buffer.from(input.payload.rawData.data)
  const processed = await container.resolve(Modules.PAYMENT).getWebhookActionAndData(input)
  const sessionId = processed?.data?.session_id
  if (!sessionId || (processed.action !== PaymentActions.FAILED && processed.action !== PaymentActions.CANCELED)) return

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [session],
  } = await query.graph({ entity: "payment_session", fields: ["payment_collection_id"], filters: { id: sessionId } })
  if (!session) return
  const { data: carts } = await query.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters: { payment_collection_id: session.payment_collection_id } })
  if (!carts.length) return
  const { data: orders } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: carts[0].cart_id } })
  if (!orders.length) return
  const { result } = await cancelUnpaidOrderWorkflow(container).run({ input: { order_id: orders[0].order_id } })
  if (result.packed && !result.called_off) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`The payment of order ${result.order_id} failed after goods of it were packed: the order stays, the association collects the money from the shopper`)
  }
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "genussnetz-payment-failed-after-order" },
}
