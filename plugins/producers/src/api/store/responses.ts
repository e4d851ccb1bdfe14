/**
 * The shapes the producers plugin's store routes answer with. Handlers, the storefront and
 * the integration tests derive their types from these schemas, and the tests parse real
 * responses with them, so contract and code cannot drift.
 */
import { z } from "@medusajs/framework/zod"
import { PRODUCER_CRAFTS, PRODUCER_STATUSES } from "../../modules/producer/vocabulary"

const ProducerSummary = z.object({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  craft: z.enum(PRODUCER_CRAFTS),
  status: z.enum(PRODUCER_STATUSES),
  tagline: z.string().nullable(),
  town: z.string(),
  district: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  farm_shop: z.boolean(),
  pickup: z.boolean(),
})

export const StoreProducerList = z.strictObject({
  producers: z.array(ProducerSummary),
  count: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
})
export type StoreProducerListType = z.infer<typeof StoreProducerList>

/** One of a producer's photos: its sizes, narrowest first, for the shop's srcset. */
const ProducerPhoto = z.strictObject({
  id: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  sizes: z.array(z.strictObject({ width: z.number().int(), height: z.number().int(), url: z.string() })),
})

export const StoreProducerDetail = z.strictObject({
  producer: ProducerSummary.extend({
    story: z.string(),
    street: z.string().nullable(),
    postal_code: z.string().nullable(),
    website: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    opening_hours: z.array(z.object({ day: z.number().int().min(1).max(7), opens: z.string(), closes: z.string() })).nullable(),
    photos: z.array(ProducerPhoto),
    products: z.array(
      z.object({
        id: z.string(),
        handle: z.string(),
        title: z.string(),
        subtitle: z.string().nullable(),
        thumbnail: z.string().nullable(),
        status: z.literal("published"),
      })
    ),
  }),
})
export type StoreProducerDetailType = z.infer<typeof StoreProducerDetail>
