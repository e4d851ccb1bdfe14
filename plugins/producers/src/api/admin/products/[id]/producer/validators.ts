import { z } from "@medusajs/framework/zod"

/**
 * A record id as Medusa writes them (`pdcr_01K…`): letters, digits and underscores only, so
 * a malformed value (a NUL byte, a quote) is refused here with 400 instead of reaching SQL.
 */
const recordId = z.string().regex(/^[A-Za-z0-9_]{1,64}$/, "Expected an id such as pdcr_01K…")

/** `GET /admin/products/:id/producer` takes no parameters. */
export const AdminGetProductProducerParams = z.object({}).strict()

/** `POST /admin/products/:id/producer`: the producer that makes the product, or null for none. */
export const AdminSetProductProducer = z
  .object({
    producer_id: recordId.nullable(),
  })
  .strict()
export type AdminSetProductProducerType = z.infer<typeof AdminSetProductProducer>

/**
 * What Medusa's own `POST /admin/products` accepts in `additional_data`: the producer the new
 * products belong to, linked by the `productsCreated` hook (workflows/hooks/products-created.ts).
 */
export const AdminCreateProductAdditionalData = {
  producer_id: recordId.optional(),
}
