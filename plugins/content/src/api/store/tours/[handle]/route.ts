import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePublic } from "../../../utils/public-content"
import { PUBLIC_TOUR_DETAIL_FIELDS, publicTourDetail } from "../public-tours"

/** One public tour with its map track (simplified) and its stops. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const tour = await retrievePublic(req, "content_tour", PUBLIC_TOUR_DETAIL_FIELDS, ["published"], "tour")
  res.json({ tour: await publicTourDetail(req.scope, tour, req.locale) })
}
