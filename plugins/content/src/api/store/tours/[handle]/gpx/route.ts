import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { writeGpx } from "../../../../../tracks"
import { retrievePublic } from "../../../../utils/public-content"

/** A public tour's whole track as a GPX 1.1 file, to load into a phone or a bike computer. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const tour = await retrievePublic(req, "content_tour", ["handle", "title", "description", "track"], ["published"], "tour")
  res.setHeader("content-type", "application/gpx+xml; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="${tour.handle}.gpx"`)
  res.send(writeGpx({ name: tour.title, description: tour.description, points: tour.track }))
}
