import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "@genussnetz/producers/modules/producer"
import ContentModule from "../modules/content"

/** The producers a story is about: `content_story.producers`, and `producer.content_stories` for the producer's page. */
export default defineLink(
  { linkable: ContentModule.linkable.contentStory, isList: true },
  { linkable: ProducerModule.linkable.producer, isList: true }
)
