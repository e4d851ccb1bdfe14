/**
 * The catalog's search index, rebuilt from what the seed wrote and awaited: stock, supply
 * links and claims are written after the products, so the events that accompanied product
 * creation saw them incomplete.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export async function rebuildSearchIndex(container: MedusaContainer) {
  const { indexes } = await container.resolve(Modules.SEARCH).reindex({ index: "product" })
  return indexes as string[]
}
