import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "@genussnetz/producers/modules/producer"
import ContentModule from "../modules/content"

/**
 * The producers taking part in an event (a market's stallholders): Query follows it as
 * `content_event.producers` and `producer.content_events`, so a producer's page lists its events.
 */
export default defineLink(
  { linkable: ContentModule.linkable.contentEvent, isList: true },
  { linkable: ProducerModule.linkable.producer, isList: true }
)
