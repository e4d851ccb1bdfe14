import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import type { RemoteQueryFunction, SearchTypes } from "@medusajs/framework/types"

/**
 * The shop's categories as the search suggests them ("Käse" → "Käse & Milch", "cheese" →
 * "Cheese & Dairy"): the German name on the category, the English one from the Translation
 * Module. Only what the Store API lists — active categories that are not internal — has a
 * document, so `POST /store/search` finds nothing the shop would not show.
 */
export const productCategorySearchFields = search.define({
  id: search.keyword().filterable(),
  /** Unique: settles ties of relevance, so the order is stable. */
  handle: search.keyword().filterable().sortable(),
  name: search.text().searchable({ weight: 3 }).sortable(),
  name_en: search.text().searchable({ weight: 3 }),
})

type CategoryRow = { id: string; handle: string; name: string; is_active: boolean; is_internal: boolean }
type Query = Pick<RemoteQueryFunction, "graph">

/** The shop's second language, as the Translation Module names it. */
const ENGLISH = "en-GB"
const REFERENCE = "product_category"

/** A category's document, or none for one the shop does not list. */
export function toProductCategorySearchDocument(
  category: CategoryRow,
  englishNames: Map<string, string> = new Map()
): SearchTypes.InferSearchDocumentType<typeof productCategorySearchFields> | null {
  if (!category.is_active || category.is_internal) return null
  return { id: category.id, handle: category.handle, name: category.name, name_en: englishNames.get(category.id) ?? null }
}

async function englishNames(query: Query, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "translations"],
    filters: { reference_id: ids, reference: REFERENCE, locale_code: ENGLISH },
  })
  return new Map(
    data
      .filter((t: any) => typeof t.translations?.name === "string" && t.translations.name)
      .map((t: any) => [t.reference_id as string, t.translations.name as string])
  )
}

const CATEGORY_EVENTS = ["product-category.created", "product-category.updated", "product-category.deleted"]
/** A category's English name arrives, changes or goes as a translation record. */
const TRANSLATION_EVENTS = ["translation.created", "translation.updated", "translation.deleted"]

type Event = { name: string; data?: { id?: string | string[] } }
const idsOf = (event: Event) => {
  const id = event.data?.id
  return id === undefined ? [] : Array.isArray(id) ? id : [id]
}

/** The categories an event is about: its own ids, or the categories its translations name. */
export async function categoryIdsOfEvent(event: Event, query: Query): Promise<string[]> {
  const ids = idsOf(event)
  if (!ids.length) return []
  if (CATEGORY_EVENTS.includes(event.name)) return ids
  if (!TRANSLATION_EVENTS.includes(event.name)) return []
  // A deleted translation is soft-deleted: still readable for what it named.
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference", "reference_id"],
    filters: { id: ids },
    withDeleted: event.name === "translation.deleted",
  })
  return [...new Set(data.filter((t: any) => t.reference === REFERENCE).map((t: any) => t.reference_id as string))]
}

const source = {
  fields: ["id", "handle", "name", "is_active", "is_internal"],
  transform: async (rows: CategoryRow[], { container }: { container: { query: RemoteQueryFunction } }) => {
    const english = await englishNames(container.query, rows.map((row) => row.id))
    return rows
      .map((row) => toProductCategorySearchDocument(row, english))
      .filter((doc): doc is NonNullable<typeof doc> => doc !== null)
  },
}

export default defineSearchIndex({
  name: "product_category",
  entity: "product_category",
  fields: productCategorySearchFields,
  events: [...CATEGORY_EVENTS, ...TRANSLATION_EVENTS],
  seed: graphSeed(source),
  consume: graphConsume({
    ...source,
    resolve_ids: (event, { container }) => categoryIdsOfEvent(event, container.query),
    // A translation's deletion changes a category's document; only a category's removes it.
    is_delete: (event) => event.name === "product-category.deleted",
  }),
})
