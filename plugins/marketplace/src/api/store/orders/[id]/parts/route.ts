import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopperOrderParts } from "../../shopper-parts"

/**
 * Each producer's part of the shopper's order, with where it stands. Guarded as Medusa's own
 * `GET /store/orders/:id` is here (the order's customer, or its access token; 404 for anyone
 * else): the middleware in `../../middlewares.ts` has run before this.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await shopperOrderParts(req.scope, req.params.id, (req as MedusaRequest & { locale?: string }).locale))
}
