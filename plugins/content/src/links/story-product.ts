import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ContentModule from "../modules/content"

/** The products a story tells of: `content_story.products`, and `product.content_stories` for the product's page. */
export default defineLink(
  { linkable: ContentModule.linkable.contentStory, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
