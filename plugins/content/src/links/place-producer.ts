import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "@genussnetz/producers/modules/producer"
import ContentModule from "../modules/content"

/**
 * The producer that runs a Genussort (its tap room, its farm shop): Query follows it as
 * `content_place.producer` and `producer.content_places`, so a producer's page names its places.
 */
export default defineLink({ linkable: ContentModule.linkable.contentPlace, isList: true }, ProducerModule.linkable.producer)
