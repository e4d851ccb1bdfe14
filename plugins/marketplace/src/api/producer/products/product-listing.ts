import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ENGLISH } from "../../../workflows/food-information/steps/set-english-texts"

type Texts = { de: string; en: string | null }

/** A product's food information as its producer edits it: every text in German and English. */
export type ProducerFoodInformation = {
  product_id: string
  ingredients: Texts | null
  allergens: string[]
  storage: Texts
  date_marking: string
  alcohol_percent: number | null
}

/** The food information of the given products (none for a product that has none yet), with its English words. */
export async function producerFoodInformation(container: MedusaContainer, productIds: string[]): Promise<ProducerFoodInformation[]> {
  if (!productIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: records } = await query.graph({
    entity: "food_information",
    fields: ["id", "product_id", "ingredients", "allergens", "storage", "date_marking", "alcohol_percent"],
    filters: { product_id: productIds },
  })
  const { data: translations } = records.length
    ? await query.graph({
        entity: "translation",
        fields: ["reference_id", "translations"],
        filters: { reference_id: records.map((r: { id: string }) => r.id), locale_code: ENGLISH },
      })
    : { data: [] }
  const englishOf = new Map(translations.map((t: any) => [t.reference_id as string, (t.translations ?? {}) as Record<string, string>]))
  return records.map((record: any) => {
    const english = englishOf.get(record.id) ?? {}
    return {
      product_id: record.product_id,
      ingredients: record.ingredients === null ? null : { de: record.ingredients, en: english.ingredients ?? null },
      allergens: record.allergens ?? [],
      storage: { de: record.storage, en: english.storage ?? null },
      date_marking: record.date_marking,
      alcohol_percent: record.alcohol_percent ?? null,
    }
  })
}

/**
 * A page of the producer's own products in every status, by title: each variant with its price,
 * net quantity and the stock still on sale (stocked less reserved), and the food information.
 */
export async function producerProductPage(container: MedusaContainer, producerId: string, page: { limit: number; offset: number }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: [
      "products.id",
      "products.handle",
      "products.title",
      "products.status",
      "products.thumbnail",
      "products.variants.id",
      "products.variants.title",
      "products.variants.metadata",
      "products.variants.prices.amount",
      "products.variants.prices.currency_code",
      "products.variants.manage_inventory",
      "products.variants.inventory_items.inventory.location_levels.stocked_quantity",
      "products.variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: producerId },
  })
  const all = [...((producer?.products ?? []) as any[])].sort((a, b) => a.title.localeCompare(b.title, "de") || a.id.localeCompare(b.id))
  const products = all.slice(page.offset, page.offset + page.limit)
  const foodInformation = await producerFoodInformation(container, products.map((p) => p.id))
  return {
    products: products.map((product) => ({
      id: product.id,
      handle: product.handle,
      title: product.title,
      status: product.status,
      thumbnail: product.thumbnail ?? null,
      variants: (product.variants ?? []).map((variant: any) => ({
        id: variant.id,
        title: variant.title,
        price: variant.prices?.find((price: any) => price.currency_code === "eur")?.amount ?? null,
        net_quantity: variant.metadata?.net_quantity ?? null,
        net_unit: variant.metadata?.net_unit ?? null,
        stock: variant.manage_inventory
          ? (variant.inventory_items ?? []).reduce(
              (sum: number, item: any) =>
                sum +
                (item.inventory?.location_levels ?? []).reduce(
                  (levels: number, level: any) => levels + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
                  0
                ),
              0
            )
          : null,
      })),
      food_information: foodInformation.find((info) => info.product_id === product.id) ?? null,
    })),
    count: all.length,
    ...page,
  }
}
