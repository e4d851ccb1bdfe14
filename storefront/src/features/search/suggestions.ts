/**
 * The search suggestions' pure parts: what the endpoint accepts, the one `POST /store/search`
 * it sends (products, producers and categories in one batched request) and how the answer
 * becomes what the header's search box lists. No backend call happens here (see
 * handle-suggestions.ts).
 */
import { z } from "astro/zod"
import { LOCALES, pathTo, type Locale } from "../../lib/i18n"

/** Where the search box asks (src/pages/suche/vorschlaege.ts); one path for both languages. */
export const SUGGESTIONS_PATH = "/suche/vorschlaege"
/** Suggestions start with the second character: one letter matches too much to help. */
export const MIN_QUERY_LENGTH = 2
/** As long as the catalog's own search text. */
export const MAX_QUERY_LENGTH = 100
export const SUGGESTED = { products: 5, producers: 3, categories: 3 } as const

/** C0 control characters and DEL: no name or title in the shop holds one. */
const CONTROL = /[\u0000-\u001f\u007f]/

/** `?q=<text>&lang=<de|en>`: the text trimmed, 2 to 100 characters; German unless told. */
export const SuggestionQuery = z
  .object({
    q: z
      .string({ error: "q is required" })
      .trim()
      .min(MIN_QUERY_LENGTH, `q must be at least ${MIN_QUERY_LENGTH} characters`)
      .max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`)
      .refine((q) => !CONTROL.test(q), "q must not contain control characters"),
    lang: z.enum(LOCALES, { error: `lang must be one of ${LOCALES.join(", ")}` }).default("de"),
  })
  .strict()
export type SuggestionQueryType = z.infer<typeof SuggestionQuery>

export type ParsedSuggestionQuery = { ok: true; query: SuggestionQueryType } | { ok: false; message: string }

/** Reads and checks the endpoint's query string; a refusal says what is wrong, in one line. */
export function parseSuggestionQuery(params: URLSearchParams): ParsedSuggestionQuery {
  const input: Record<string, string> = {}
  for (const [key, value] of params) {
    if (key in input) return { ok: false, message: `Invalid request: ${key} is given more than once` }
    input[key] = value
  }
  const parsed = SuggestionQuery.safeParse(input)
  if (parsed.success) return { ok: true, query: parsed.data }
  const issues = parsed.error.issues.map((issue) =>
    issue.code === "unrecognized_keys" ? `unknown parameter ${issue.keys.join(", ")}` : issue.message
  )
  return { ok: false, message: `Invalid request: ${issues.join("; ")}` }
}

/** Best match first; the index settles ties by id, so the same text lists the same way. */
const BY_RELEVANCE = { _score: "DESC" } as const

/** A typeahead query: completed words must match (typos allowed), the last one as a beginning. */
const typeahead = (entity: string, q: string, fields: string[], take: number) => ({
  entity,
  fields,
  filters: { q },
  pagination: { take, order: BY_RELEVANCE },
  search_options: { match_strategy: "last", typo_tolerance: true, count: "none" },
})

export const PRODUCT_FIELDS = ["id", "handle", "title", "title_en", "producer_name"]
export const PRODUCER_FIELDS = ["id", "handle", "name", "town"]
export const CATEGORY_FIELDS = ["id", "handle", "name", "name_en"]

/**
 * The body of the suggestions' one `POST /store/search`. Both languages ask the same
 * indexes: they hold the English texts beside the German ones.
 */
export function suggestionsRequest(q: string) {
  return {
    queries: [
      typeahead("product", q, PRODUCT_FIELDS, SUGGESTED.products),
      typeahead("producer", q, PRODUCER_FIELDS, SUGGESTED.producers),
      typeahead("product_category", q, CATEGORY_FIELDS, SUGGESTED.categories),
    ],
  }
}

type Hit = { id: string; document: Record<string, unknown> }
export type SuggestionsAnswer = { results: { hits: Hit[] }[] }

/** What the search box lists, in the page's language, each with the page it leads to. */
export type Suggestions = {
  query: string
  products: { title: string; producer: string | null; href: string }[]
  producers: { name: string; town: string | null; href: string }[]
  categories: { name: string; href: string }[]
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null)

export function toSuggestions(locale: Locale, query: string, answer: SuggestionsAnswer): Suggestions {
  const [products, producers, categories] = answer.results.map((result) => result?.hits ?? [])
  const inLanguage = (german: unknown, english: unknown) => (locale === "en" ? (text(english) ?? text(german)) : text(german))
  const withHandle = (hits: Hit[] = []) => hits.filter((hit) => text(hit.document.handle))
  return {
    query,
    products: withHandle(products).flatMap(({ document }) => {
      const title = inLanguage(document.title, document.title_en)
      return title ? [{ title, producer: text(document.producer_name), href: pathTo(locale, "product", String(document.handle)) }] : []
    }),
    producers: withHandle(producers).flatMap(({ document }) => {
      const name = text(document.name)
      return name ? [{ name, town: text(document.town), href: pathTo(locale, "producer", String(document.handle)) }] : []
    }),
    categories: withHandle(categories).flatMap(({ document }) => {
      const name = inLanguage(document.name, document.name_en)
      // A category's page is the catalog filtered by it.
      return name ? [{ name, href: `${pathTo(locale, "products")}?kategorie=${encodeURIComponent(String(document.handle))}` }] : []
    }),
  }
}
