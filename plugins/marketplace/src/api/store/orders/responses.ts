/**
 * What the shopper's `GET /store/orders/:id/parts` answers: each producer's part of the order
 * as the shopper may see it — who delivers it, where it stands, how it comes (pickup hours and
 * place, tracking), its items, and the money charged and given back so far. Nothing of the
 * association's books (commission, payout, ledger entries) and nothing of the other parts'
 * producers beyond their names. The route parses its answer with this schema, the integration
 * tests parse real responses with it, and the storefront takes its types from it.
 */
import { z } from "@medusajs/framework/zod"
import { ORDER_PART_STATUSES } from "../../../modules/ledger/models/order-part"

// Read from the producer's shipping option and stock location: unknown keys are dropped, not refused.
const PickupAddress = z.object({
  address_1: z.string().nullable(),
  postal_code: z.string().nullable(),
  city: z.string().nullable(),
})

const PickupHours = z.array(z.object({ day: z.number().int().min(1).max(7), opens: z.string(), closes: z.string() }))

export const StoreOrderPart = z.strictObject({
  id: z.string(),
  status: z.enum(ORDER_PART_STATUSES),
  /** Null only for a producer that no longer exists. */
  producer: z.strictObject({ handle: z.string(), name: z.string() }).nullable(),
  /** How the goods come: the way ("pickup", "delivery", "parcel"), the method's name and fee, pickup hours and place. */
  shipping_methods: z.array(
    z.strictObject({
      name: z.string(),
      kind: z.string().nullable(),
      amount: z.number(),
      pickup_hours: PickupHours.nullable(),
      pickup_address: PickupAddress.nullable(),
    })
  ),
  /** The parcel's tracking numbers and pages, once shipped with them. */
  tracking: z.array(z.strictObject({ number: z.string(), url: z.string().nullable() })),
  items: z.array(
    z.strictObject({
      /** The order line's id, as in `GET /store/orders/:id`. */
      id: z.string(),
      title: z.string(),
      variant_title: z.string().nullable(),
      quantity: z.number(),
      total: z.number(),
    })
  ),
  currency_code: z.string(),
  /** Goods and shipping as charged when the order was placed (VAT included). */
  charged_total: z.number(),
  /** What was given back of it so far (cancelled, or refunded in part or in full). */
  refunded_total: z.number(),
})
export type StoreOrderPartType = z.infer<typeof StoreOrderPart>

export const StoreOrderParts = z.strictObject({ order_parts: z.array(StoreOrderPart) })
export type StoreOrderPartsType = z.infer<typeof StoreOrderParts>
