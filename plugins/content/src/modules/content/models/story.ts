import { model } from "@medusajs/framework/utils"
import { CONTENT_STATUSES } from "../vocabulary"

/**
 * A story about a producer, a tradition or a product. The body is Markdown as the association
 * wrote it; the shop renders and sanitizes it when it shows it (features/stories), so what is
 * stored is never trusted as HTML. German here, English through the Translation Module.
 * `published_at` is set when it is first published. Producers and products are linked.
 */
const ContentStory = model
  .define("content_story", {
    id: model.id({ prefix: "cstry" }).primaryKey(),
    handle: model.text().unique(),
    status: model.enum([...CONTENT_STATUSES]).default("draft"),
    title: model.text().translatable().searchable(),
    teaser: model.text().translatable(),
    body: model.text().translatable(),
    author: model.text(),
    image_url: model.text().nullable(),
    published_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status", "published_at"] }])

export default ContentStory
