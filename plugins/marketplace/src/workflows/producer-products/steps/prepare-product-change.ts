import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerProductChangeType } from "../schemas"
import { loadSellingSetup, refuse } from "./selling-setup"

export const prepareProductChangeStepId = "prepare-product-change"

/**
 * Checks a producer's change to its product (the variants it names are the product's, the
 * category and type exist, a product to be published has its food information) and turns it
 * into Medusa's inputs: the product's fields, each variant's new price, and the stock level to
 * set so that exactly `stock` more can be sold (stocked = stock + what orders hold reserved).
 * Reads only; nothing to undo.
 */
export const prepareProductChangeStep = createStep(
  prepareProductChangeStepId,
  async (input: { producer_id: string; product_id: string; change: ProducerProductChangeType; season_tag_ids: string[] }, { container }) => {
    const { change } = input
    const setup = await loadSellingSetup(container, input.producer_id, { category_id: change.category_id, type_id: change.type_id })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "status",
        "metadata",
        "food_information.id",
        "variants.id",
        "variants.inventory_items.inventory_item_id",
        "variants.inventory_items.inventory.location_levels.id",
        "variants.inventory_items.inventory.location_levels.location_id",
        "variants.inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { id: input.product_id },
    })
    if (!product) refuse(`Product ${input.product_id} was not found`)
    if (change.status === "published" && product.status !== "published" && !product.food_information) {
      refuse("A food is published only with its food information (ingredients, allergens, storage): add it first")
    }
    const variantOf = new Map((product.variants ?? []).map((variant: any) => [variant.id as string, variant]))
    const unknown = (change.variants ?? []).find((variant) => !variantOf.has(variant.id))
    if (unknown) refuse(`Variant ${unknown.id} is not one of this product's`)

    const update: Record<string, unknown> = {}
    if (change.title) update.title = change.title.de
    if (change.description) update.description = change.description.de
    if (change.category_id) update.category_ids = [change.category_id]
    if (change.type_id) update.type_id = change.type_id
    if (change.status) update.status = change.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT
    if (change.season_months) update.tag_ids = input.season_tag_ids
    // Said outright either way (false, not a removed key), so no merge of metadata can keep an old true.
    if (change.chilled !== undefined) update.metadata = { ...((product.metadata ?? {}) as Record<string, unknown>), chilled: change.chilled }

    const prices = (change.variants ?? [])
      .filter((variant) => variant.price !== undefined)
      .map((variant) => ({ id: variant.id, prices: [{ amount: variant.price!, currency_code: "eur" }] }))
    const levels = { create: [] as any[], update: [] as any[] }
    for (const variant of change.variants ?? []) {
      if (variant.stock === undefined) continue
      for (const item of (variantOf.get(variant.id) as any).inventory_items ?? []) {
        const level = (item.inventory?.location_levels ?? []).find((l: any) => l.location_id === setup.location_id)
        if (level) {
          levels.update.push({
            id: level.id,
            inventory_item_id: item.inventory_item_id,
            location_id: setup.location_id,
            stocked_quantity: variant.stock + Number(level.reserved_quantity ?? 0),
          })
        } else {
          levels.create.push({ inventory_item_id: item.inventory_item_id, location_id: setup.location_id, stocked_quantity: variant.stock })
        }
      }
    }
    return new StepResponse({ update, prices, levels })
  }
)
