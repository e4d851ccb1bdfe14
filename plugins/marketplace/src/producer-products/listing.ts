import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ENGLISH } from "@genussnetz/producers/workflows"
import { PRODUCT_REVIEW_MODULE } from "../modules/product-review"
import type ProductReviewModuleService from "../modules/product-review/service"
import { seasonTag } from "../workflows/producer-products/schemas"
import { inOrder, photoView, type ProductImageRecord } from "./photos"

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

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

/** The product fields every producer view reads: each variant with its price, net quantity and stock levels. */
const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "status",
  "thumbnail",
  "variants.id",
  "variants.title",
  "variants.metadata",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.manage_inventory",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/** What can still be sold of a variant: stocked less reserved, over its items' levels; null where stock sets no limit. */
export function stockOf(variant: any): number | null {
  if (!variant.manage_inventory) return null
  return (variant.inventory_items ?? []).reduce(
    (sum: number, item: any) =>
      sum +
      (item.inventory?.location_levels ?? []).reduce(
        (levels: number, level: any) => levels + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
        0
      ),
    0
  )
}

function productSummary(product: any, foodInformation: ProducerFoodInformation | null, pendingReview: boolean) {
  return {
    id: product.id as string,
    handle: product.handle as string,
    title: product.title as string,
    status: product.status as string,
    thumbnail: (product.thumbnail ?? null) as string | null,
    // Smallest pack first, as the shop lists them.
    variants: [...(product.variants ?? [])]
      .sort((a: any, b: any) => Number(a.metadata?.net_quantity ?? 0) - Number(b.metadata?.net_quantity ?? 0) || a.title.localeCompare(b.title, "de"))
      .map((variant: any) => ({
      id: variant.id as string,
      title: variant.title as string,
      price: (variant.prices?.find((price: any) => price.currency_code === "eur")?.amount ?? null) as number | null,
      net_quantity: (variant.metadata?.net_quantity ?? null) as number | null,
      net_unit: (variant.metadata?.net_unit ?? null) as string | null,
      stock: stockOf(variant),
    })),
    food_information: foodInformation,
    /** A change of it waits for the association's review. */
    pending_review: pendingReview,
  }
}

/** A page of the producer's own products in every status, by title, each with its food information. */
export async function producerProductPage(container: MedusaContainer, producerId: string, page: { limit: number; offset: number }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({ entity: "producer", fields: PRODUCT_FIELDS.map((field) => `products.${field}`), filters: { id: producerId } })
  const all = [...((producer?.products ?? []) as any[])].sort((a, b) => a.title.localeCompare(b.title, "de") || a.id.localeCompare(b.id))
  const products = all.slice(page.offset, page.offset + page.limit)
  const ids = products.map((p) => p.id as string)
  const [foodInformation, pending] = await Promise.all([
    producerFoodInformation(container, ids),
    ids.length
      ? container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).listProductChangeRequests({ product_id: ids, status: "pending" }, { select: ["product_id"] })
      : Promise.resolve([]),
  ])
  const waiting = new Set(pending.map((request) => request.product_id))
  return {
    products: products.map((product) =>
      productSummary(product, foodInformation.find((info) => info.product_id === product.id) ?? null, waiting.has(product.id))
    ),
    count: all.length,
    ...page,
  }
}

const PHOTO_FIELDS = ["thumbnail", "images.id", "images.url", "images.rank", "images.metadata"]
const photosOf = (product: any) => inOrder((product.images ?? []) as ProductImageRecord[]).map((image) => photoView(image, product.thumbnail ?? null))

/** A product's photos in their order, the main one first. */
export async function producerProductPhotos(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: ["id", ...PHOTO_FIELDS], filters: { id: productId } })
  return photosOf(product)
}

/**
 * One product as its producer edits it: the summary, and every text in German and English,
 * category, type, chilled, the months it is in season.
 */
export async function producerProductDetail(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: [...PRODUCT_FIELDS, "description", "metadata", "type_id", "categories.id", "tags.value", ...PHOTO_FIELDS],
    filters: { id: productId },
  })
  const [[foodInformation], [latestRequest]] = await Promise.all([
    producerFoodInformation(container, [productId]),
    container
      .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
      .listProductChangeRequests({ product_id: productId }, { order: { created_at: "DESC", id: "DESC" }, take: 1 }),
  ])
  const variantIds = (product.variants ?? []).map((variant: { id: string }) => variant.id)
  const { data: translations } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "translations"],
    filters: { reference_id: [productId, ...variantIds], locale_code: ENGLISH },
  })
  const englishOf = (id: string) => ((translations.find((t: any) => t.reference_id === id)?.translations ?? {}) as Record<string, string>)
  const summary = productSummary(product, foodInformation ?? null, latestRequest?.status === "pending")
  return {
    ...summary,
    title: { de: product.title as string, en: englishOf(productId).title ?? null },
    description: { de: (product.description ?? "") as string, en: englishOf(productId).description ?? null },
    category_id: (product.categories?.[0]?.id ?? null) as string | null,
    type_id: (product.type_id ?? null) as string | null,
    chilled: product.metadata?.chilled === true || product.metadata?.chilled === "true",
    season_months: MONTHS.filter((month) => ((product.tags ?? []) as { value: string }[]).some((tag) => tag.value === seasonTag(month))),
    variants: summary.variants.map((variant: { id: string; title: string }) => ({ ...variant, label: { de: variant.title, en: englishOf(variant.id).title ?? null } })),
    photos: photosOf(product),
    /** Its latest change request while it waits, or when the association turned it down (with the reason). */
    change_request:
      latestRequest && (latestRequest.status === "pending" || latestRequest.status === "rejected")
        ? {
            id: latestRequest.id,
            status: latestRequest.status,
            proposed: latestRequest.proposed as Record<string, unknown>,
            reason: latestRequest.reason,
            created_at: latestRequest.created_at,
            decided_at: latestRequest.decided_at,
          }
        : null,
  }
}
