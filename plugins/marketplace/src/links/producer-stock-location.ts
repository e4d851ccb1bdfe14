import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ProducerModule from "@genussnetz/producers/modules/producer"

/**
 * The producer's farm, shop or market stand as a stock location: its goods are stocked and
 * reserved there, picked up there, and delivered or sent from there (`producer.stock_location`).
 */
export default defineLink(
  { linkable: ProducerModule.linkable.producer, isList: false },
  { linkable: StockLocationModule.linkable.stockLocation, isList: false }
)
