import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { actingProducer } from "@genussnetz/producers/ownership"
import { FOOD_INFORMATION_MODULE } from "../../../modules/food-information"
import type FoodInformationModuleService from "../../../modules/food-information/service"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { stockOf } from "../../../producer-products/listing"

/** A pack size counts as running low at or below this many left to sell. */
export const LOW_STOCK = 3
/** The low pack sizes the dashboard names; the rest it counts. */
const LOW_STOCK_NAMED = 5

type LowStockLine = { product_id: string; title: string; variant: string; stock: number }

/**
 * The published pack sizes with at most LOW_STOCK left to sell, fewest first. Only the levels at
 * the producer's own location are read whole (one row per pack size); the pack sizes behind the
 * low ones are then read with their products, so a producer with hundreds of products costs one
 * narrow query, not a walk over every product.
 */
async function lowStock(container: MedusaContainer, locationId: string, productIds: Set<string>): Promise<LowStockLine[]> {
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels(
    { location_id: locationId },
    { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"], take: null }
  )
  const lowItemIds = levels
    .filter((level) => Number(level.stocked_quantity) - Number(level.reserved_quantity) <= LOW_STOCK)
    .map((level) => level.inventory_item_id)
  if (!lowItemIds.length) return []
  const { data: items } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "inventory_item",
    fields: [
      "variants.id",
      "variants.title",
      "variants.manage_inventory",
      "variants.product.id",
      "variants.product.title",
      "variants.product.status",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
      "variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: lowItemIds },
  })
  const lines = new Map<string, LowStockLine>()
  for (const variant of items.flatMap((item: any) => item.variants ?? [])) {
    const product = variant.product
    if (!product || product.status !== "published" || !productIds.has(product.id)) continue
    // A pack size of several items is low by their sum, as the product list counts it.
    const stock = stockOf(variant)
    if (stock === null || stock > LOW_STOCK) continue
    lines.set(variant.id, { product_id: product.id, title: product.title, variant: variant.title, stock: Math.max(0, stock) })
  }
  return [...lines.values()].sort((a, b) => a.stock - b.stock || a.title.localeCompare(b.title, "de") || a.variant.localeCompare(b.variant, "de"))
}

/**
 * What waits for the logged-in producer: its order parts per status, whether it is set up to
 * sell (a stock location and shipping profile), its pack sizes running low and how many of its
 * products still lack their food information. Counted here so the portal's first page does not
 * read every product and part.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const producerId = actingProducer(req)
  const {
    data: [producer],
  } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "producer", fields: ["shipping_profile.id", "stock_location.id", "products.id"], filters: { id: producerId } })
  const productIds = new Set<string>((producer?.products ?? []).map((product: { id: string }) => product.id))
  const locationId: string | undefined = producer?.stock_location?.id
  const [parts, low, described] = await Promise.all([
    req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).countOrderPartsByStatus(producerId),
    locationId ? lowStock(req.scope, locationId, productIds) : Promise.resolve([]),
    productIds.size
      ? req.scope
          .resolve<FoodInformationModuleService>(FOOD_INFORMATION_MODULE)
          .listFoodInformations({ product_id: [...productIds] }, { select: ["product_id"], take: null })
      : Promise.resolve([]),
  ])
  res.json({
    dashboard: {
      order_parts: {
        open: parts.open ?? 0,
        ready_for_pickup: parts.ready_for_pickup ?? 0,
        fulfilled: parts.fulfilled ?? 0,
        total: Object.values(parts).reduce((sum, count) => sum + (count ?? 0), 0),
      },
      set_up: Boolean(producer?.shipping_profile?.id && locationId),
      low_stock: { count: low.length, named: low.slice(0, LOW_STOCK_NAMED) },
      products_without_food_information: productIds.size - new Set(described.map((record) => record.product_id)).size,
    },
  })
}
