/**
 * The search indexes (products, and whatever else the plugins declare: producers, categories),
 * rebuilt from what the seed wrote and awaited: stock, supply links, claims and translations
 * are written after the records they describe, so the events that accompanied their creation
 * saw them incomplete, and an index declared after the records existed has seen no event.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export async function rebuildSearchIndex(container: MedusaContainer) {
  const { indexes } = await container.resolve(Modules.SEARCH).reindex({})
  return indexes as string[]
}
