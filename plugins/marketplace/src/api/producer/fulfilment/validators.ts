import { z } from "@medusajs/framework/zod"
import type { OpeningHours } from "@genussnetz/producers/http"

/** Monday 1 … Sunday 7, as opening hours name days. */
const isoDay = z.number().int().min(1).max(7).transform((day) => day as OpeningHours[number]["day"])
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time such as 08:00")
/** Euros with at most two decimals, between `min` and `max`. */
const euros = (max: number) =>
  z
    .number()
    .min(0)
    .max(max)
    .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, "has at most two decimals (cents)")

export const ProducerGetFulfilmentParams = z.object({}).strict()

/** How the producer's goods reach shoppers: its street, and any of pickup, delivery and parcel. */
export const ProducerSaveOffer = z.strictObject({
  street: z.string().trim().min(3).max(120),
  offer: z
    .strictObject({
      pickup: z
        .strictObject({
          hours: z
            .array(z.strictObject({ day: isoDay, opens: time, closes: time }).refine((hours) => hours.opens < hours.closes, "closes after it opens"))
            .min(1)
            .max(14),
        })
        .optional(),
      delivery: z
        .strictObject({
          fee: euros(100),
          minimum_order: euros(1000),
          postal_codes: z
            .array(z.string().regex(/^\d{5}$/, "A German postal code has five digits"))
            .min(1)
            .max(300)
            .refine((codes) => new Set(codes).size === codes.length, "Name each postal code once"),
        })
        .optional(),
      parcel: z.strictObject({ fee: euros(50) }).optional(),
    })
    .refine((offer) => offer.pickup || offer.delivery || offer.parcel, "Offer at least one way: pickup, delivery or parcel"),
})
export type ProducerSaveOfferType = z.infer<typeof ProducerSaveOffer>
