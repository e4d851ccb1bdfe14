import { model } from "@medusajs/framework/utils"
import { CONTENT_STATUSES, TOUR_MODES } from "../vocabulary"
import ContentTourStop from "./tour-stop"

/**
 * A tour: a way to walk, ride or drive from one Genussort or producer to the next, with its GPS
 * track. The track is kept whole (`track`: [lon, lat, ele] as uploaded, for the GPX download)
 * and simplified for the map (`display_track`, a few hundred points); length, ascent and bounds
 * are computed from it when it is uploaded. Lists select their fields, never the track.
 */
const ContentTour = model
  .define("content_tour", {
    id: model.id({ prefix: "ctour" }).primaryKey(),
    handle: model.text().unique(),
    status: model.enum([...CONTENT_STATUSES]).default("draft"),
    mode: model.enum([...TOUR_MODES]),
    title: model.text().translatable().searchable(),
    description: model.text().translatable(),
    track: model.json<[number, number, number | null][]>(),
    display_track: model.json<[number, number, number | null][]>(),
    length_m: model.number(),
    ascent_m: model.number().nullable(),
    descent_m: model.number().nullable(),
    min_lat: model.float(),
    min_lon: model.float(),
    max_lat: model.float(),
    max_lon: model.float(),
    point_count: model.number(),
    stops: model.hasMany(() => ContentTourStop, { mappedBy: "tour" }),
  })
  .indexes([{ on: ["status"] }])
  .cascades({ delete: ["stops"] })

export default ContentTour
