import { model } from "@medusajs/framework/utils"
import { CONTENT_STATUSES, PLACE_KINDS, type OpeningHoursRule } from "../vocabulary"
import ContentEvent from "./event"
import ContentTourStop from "./tour-stop"

/**
 * A Genussort: a place to taste or buy — a Bierkeller, a brewery's tap room, a farm shop, a
 * market hall, a Gasthaus. Its name is a proper name (the same in both languages); description
 * and the note beside its hours are German here and English through the Translation Module.
 * The producer that runs it, if any, is linked (links/place-producer.ts).
 */
const ContentPlace = model
  .define("content_place", {
    id: model.id({ prefix: "cplc" }).primaryKey(),
    handle: model.text().unique(),
    kind: model.enum([...PLACE_KINDS]),
    status: model.enum([...CONTENT_STATUSES]).default("draft"),
    name: model.text().searchable(),
    description: model.text().translatable(),
    street: model.text(),
    postal_code: model.text(),
    town: model.text(),
    latitude: model.float(),
    longitude: model.float(),
    opening_hours: model.json<OpeningHoursRule[]>(),
    opening_note: model.text().translatable().nullable(),
    website_url: model.text().nullable(),
    image_url: model.text().nullable(),
    events: model.hasMany(() => ContentEvent, { mappedBy: "place" }),
    tour_stops: model.hasMany(() => ContentTourStop, { mappedBy: "place" }),
  })
  .indexes([{ on: ["status", "town"] }, { on: ["kind"] }])

export default ContentPlace
