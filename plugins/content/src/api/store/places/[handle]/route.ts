import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePublic } from "../../../utils/public-content"
import { PUBLIC_PLACE_FIELDS, publicPlace } from "../public-places"

/** One public Genussort (its events and the tours passing it come from their own routes, by its id). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const place = await retrievePublic(req, "content_place", PUBLIC_PLACE_FIELDS, ["published"], "Genussort")
  res.json({ place: publicPlace(place) })
}
