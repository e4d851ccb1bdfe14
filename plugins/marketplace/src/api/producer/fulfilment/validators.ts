import { z } from "@medusajs/framework/zod"
import { daySlot, euros } from "@genussnetz/producers/api-utils"

export const ProducerGetFulfilmentParams = z.object({}).strict()

/** How the producer's goods reach shoppers: its street, and any of pickup, delivery and parcel. */
export const ProducerSaveOffer = z.strictObject({
  street: z.string().trim().min(3).max(120),
  offer: z
    .strictObject({
      pickup: z
        .strictObject({
          hours: z
            .array(daySlot)
            .min(1)
            .max(14),
        })
        .optional(),
      delivery: z
        .strictObject({
          fee: euros(0, 100),
          minimum_order: euros(0, 1000),
          postal_codes: z
            .array(z.string().regex(/^\d{5}$/, "A German postal code has five digits"))
            .min(1)
            .max(300)
            .refine((codes) => new Set(codes).size === codes.length, "Name each postal code once"),
        })
        .optional(),
      parcel: z.strictObject({ fee: euros(0, 50) }).optional(),
    })
    .refine((offer) => offer.pickup || offer.delivery || offer.parcel, "Offer at least one way: pickup, delivery or parcel"),
})
export type ProducerSaveOfferType = z.infer<typeof ProducerSaveOffer>
