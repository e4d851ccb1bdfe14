import { model } from "@medusajs/framework/utils"
import ContentPlace from "./place"
import ContentTour from "./tour"

/**
 * A tour's stop, in order: a Genussort of this module, or a producer named by id. The producer
 * is a column rather than a module link because the stop's position and note belong to the pair
 * (as an order line names its product by id); a producer's page finds the tours passing it by it.
 */
const ContentTourStop = model
  .define("content_tour_stop", {
    id: model.id({ prefix: "ctstp" }).primaryKey(),
    position: model.number(),
    producer_id: model.text().nullable(),
    note: model.text().translatable().nullable(),
    tour: model.belongsTo(() => ContentTour, { mappedBy: "stops" }),
    place: model.belongsTo(() => ContentPlace, { mappedBy: "tour_stops" }).nullable(),
  })
  .indexes([{ on: ["producer_id"] }])

export default ContentTourStop
