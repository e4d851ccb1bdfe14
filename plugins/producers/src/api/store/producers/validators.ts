import { z } from "@medusajs/framework/zod"
import { PRODUCER_CRAFTS } from "../../../modules/producer/vocabulary"
import { allowedFields, sortOrder } from "../../utils/query-params"
import { allowedStoreProducerListFields, sortableStoreProducerListFields } from "./query-config"

const boundedText = z.string().trim().min(1).max(100)

export type StoreGetProducersParamsType = z.infer<typeof StoreGetProducersParams>
// Medusa's list parameters spelled out rather than taken from createFindParams: a store route
// takes no `with_deleted`, and `fields` and `order` are limited to what is public.
export const StoreGetProducersParams = z
  .object({
    fields: allowedFields(allowedStoreProducerListFields).optional(),
    order: sortOrder(sortableStoreProducerListFields).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
    craft: z.union([z.enum(PRODUCER_CRAFTS), z.array(z.enum(PRODUCER_CRAFTS)).max(PRODUCER_CRAFTS.length)]).optional(),
    town: boundedText.optional(),
    q: boundedText.optional(),
  })
  .strict()

export type StoreGetProducerParamsType = z.infer<typeof StoreGetProducerParams>
// The profile always answers with the same fields: it filters the linked products by
// status, which a client-chosen field list could otherwise leave out.
export const StoreGetProducerParams = z.object({}).strict()

/** A handle is lower-case words joined by hyphens, as the seed and the admin write them. */
export const ProducerHandle = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120)
