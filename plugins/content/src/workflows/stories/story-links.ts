import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "@genussnetz/producers/modules/producer"
import { CONTENT_MODULE } from "../../modules/content"

/** The link between a story and a producer or product, as Medusa's link steps name it. */
export function storyLink(storyId: string, module: typeof PRODUCER_MODULE | typeof Modules.PRODUCT, id: string) {
  const key = module === PRODUCER_MODULE ? "producer_id" : "product_id"
  return { [CONTENT_MODULE]: { content_story_id: storyId }, [module]: { [key]: id } }
}
