import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { handleFromName } from "@genussnetz/producers/modules/producer"
import type { NewProducerProductType } from "../schemas"
import { loadSellingSetup, refuse } from "./selling-setup"

export const prepareNewProductStepId = "prepare-new-product"

/** The option every producer product's pack sizes hang on, as the seed names it. */
export const PACK_SIZE_OPTION = { de: "Packungsgröße", en: "Pack size" }

/**
 * Checks a producer's new product against the shop (its category and type exist, the producer
 * can sell, a product to be published has its food information) and turns it into Medusa's
 * product input: a handle of its own, the producer's shipping profile, the shop's sales channel,
 * the season tags, each variant's net quantity. Reads only; nothing to undo.
 */
export const prepareNewProductStep = createStep(
  prepareNewProductStepId,
  async (input: { producer_id: string; product: NewProducerProductType; season_tag_ids: string[] }, { container }) => {
    const { product } = input
    const setup = await loadSellingSetup(container, input.producer_id, { category_id: product.category_id, type_id: product.type_id })
    if (product.status === "published" && !product.food_information) {
      refuse("A food is published only with its food information (ingredients, allergens, storage): add it, or save the product as a draft")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const base = `${handleFromName(product.title.de) || "produkt"}-${setup.producer_handle}`.slice(0, 120)
    const { data: taken } = await query.graph({ entity: "product", fields: ["handle"], filters: { handle: { $like: `${base}%` } }, withDeleted: true })
    const takenHandles = new Set(taken.map((p: { handle: string }) => p.handle))
    let handle = base
    for (let n = 2; takenHandles.has(handle); n++) handle = `${base}-${n}`
    return new StepResponse({
      location_id: setup.location_id,
      handle,
      product: {
        title: product.title.de,
        subtitle: setup.producer_name,
        handle,
        description: product.description.de,
        status: product.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
        type_id: product.type_id,
        category_ids: [product.category_id],
        tag_ids: input.season_tag_ids,
        shipping_profile_id: setup.shipping_profile_id,
        metadata: product.chilled ? { chilled: true } : undefined,
        options: [{ title: PACK_SIZE_OPTION.de, values: product.variants.map((v) => v.label.de) }],
        variants: product.variants.map((variant) => ({
          title: variant.label.de,
          sku: `${handle}-${variant.net_quantity}${variant.net_unit}`.toUpperCase().slice(0, 140),
          manage_inventory: true,
          options: { [PACK_SIZE_OPTION.de]: variant.label.de },
          prices: [{ amount: variant.price, currency_code: "eur" }],
          metadata: { net_quantity: variant.net_quantity, net_unit: variant.net_unit },
        })),
        sales_channels: [{ id: setup.sales_channel_id }],
      },
    })
  }
)

