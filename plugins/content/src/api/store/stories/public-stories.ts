import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publicProducer } from "../../utils/public-content"

/** What a story list shows: never the body, never a draft. */
export const PUBLIC_STORY_FIELDS = ["id", "handle", "title", "teaser", "author", "image_url", "published_at"]

/** A story's page: the list's fields, the Markdown body, its producers and products. */
export const PUBLIC_STORY_DETAIL_FIELDS = [
  ...PUBLIC_STORY_FIELDS,
  "body",
  "producers.id",
  "producers.handle",
  "producers.name",
  "producers.status",
  "products.id",
  "products.status",
]

type Row = Record<string, any>

export function publicStory(story: Row) {
  return {
    id: story.id,
    handle: story.handle,
    title: story.title,
    teaser: story.teaser,
    author: story.author,
    image_url: story.image_url ?? null,
    published_at: new Date(story.published_at).toISOString(),
  }
}

/**
 * A story with its Markdown body (the shop renders and sanitizes it), producers and published
 * products. Query translates only the entity asked for, so the products' titles are read on their
 * own in the request's language.
 */
export async function publicStoryDetail(container: MedusaContainer, story: Row, locale: string | undefined) {
  const productIds = (story.products ?? []).filter((product: Row | null) => product && product.status === "published").map((product: Row) => product.id)
  const { data: products } = productIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "handle", "title"], filters: { id: productIds } }, { locale })
    : { data: [] as Row[] }
  return {
    ...publicStory(story),
    body: story.body,
    producers: (story.producers ?? []).map(publicProducer).filter(Boolean),
    products: (products as Row[]).map((product) => ({ id: product.id, handle: product.handle, title: product.title })),
  }
}
