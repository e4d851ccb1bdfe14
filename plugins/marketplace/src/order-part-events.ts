/**
 * What happens to one producer's part of an order, as events on Medusa's event bus. The part
 * actions (fulfil, ready for pickup, ship, hand over, cancel, refund) emit them once their
 * workflow succeeded; notifications and anything else that follows a part listen to them.
 */
export const OrderPartEvents = {
  /** The producer packed its items (a Medusa fulfillment of the part's items at its location). */
  FULFILLED: "order_part.fulfilled",
  /** A pickup part is packed and waits for the shopper at the farm shop or market stand. */
  READY_FOR_PICKUP: "order_part.ready_for_pickup",
  /** A delivery or parcel part left the producer (tracking numbers, where given, are on the fulfillment). */
  SHIPPED: "order_part.shipped",
  /** The shopper has the goods: picked up, or delivered. */
  DELIVERED: "order_part.delivered",
  /** The producer or the association cancelled the part before it was handed over. */
  CANCELED: "order_part.canceled",
  /** Money of the part went back to the shopper (data.amount, in the order's currency). */
  REFUNDED: "order_part.refunded",
  /** The shopper's payment failed after the order was placed (a SEPA debit returned): the part is off, nothing is owed. */
  VOIDED: "order_part.voided",
} as const

export type OrderPartEventName = (typeof OrderPartEvents)[keyof typeof OrderPartEvents]

/** Every order-part event carries which part, of which order and producer. */
export type OrderPartEventData = {
  id: string
  order_id: string
  producer_id: string
  /** Only on REFUNDED: the amount returned, in major units (12.5 = 12,50 €). */
  amount?: number
}
