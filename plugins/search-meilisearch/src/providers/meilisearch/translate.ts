import { MIN_WORD_SIZE_FOR_ONE_TYPO, MIN_WORD_SIZE_FOR_TWO_TYPOS } from "@genussnetz/search/german"
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError, projectDocument, readDocumentPath } from "@medusajs/framework/utils"
import { germanTerms } from "./german"

/**
 * Medusa's search vocabulary (index definitions, filter trees, facet requests) in
 * Meilisearch's terms. Pure functions, so every translation is tested without a server.
 * Setting and parameter names are Meilisearch's; the version that introduced each is noted
 * where it is used. Together they need Meilisearch v1.10 or later (`localizedAttributes`).
 */

type Field = SearchTypes.SearchFieldDefinition
type Definition = Pick<SearchTypes.ResolvedSearchIndexDefinition, "name" | "fields" | "settings" | "primary_key">

const unsupported = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, `Meilisearch provider: ${message}`)

/** Every leaf field of a definition by its dotted path (objects are flattened, as Meilisearch reads them). */
export function leafFields(fields: Record<string, Field>, prefix = ""): Map<string, Field> {
  const leaves = new Map<string, Field>()
  for (const [name, field] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${name}` : name
    if (field.type === "object" && field.fields) {
      for (const [childPath, child] of leafFields(field.fields, path)) leaves.set(childPath, child)
    } else {
      leaves.set(path, field)
    }
  }
  return leaves
}

const isSearchable = (field: Field) => field.searchable === true || typeof field.searchable === "object"
const isFacetable = (field: Field) => field.facetable === true || typeof field.facetable === "object"
const weightOf = (field: Field) => (typeof field.searchable === "object" ? field.searchable.weight ?? 1 : 1)

/**
 * Searchable fields of one weight, and the hidden attributes holding their German terms
 * (see ./german.ts): folded spellings, compound heads, compound modifiers. Meilisearch ranks
 * a match by the position of its attribute in `searchableAttributes`, so each tier's hidden
 * attributes follow its own fields, heads before modifiers, and come before lighter tiers:
 * "Bier" ranks the Rauchbier (a head in a title) above the Bierbrand (a modifier in a title)
 * above a product that only mentions beer in its description.
 */
export type SearchTier = { weight: number; fields: string[]; words: string; heads: string; modifiers: string }

/** Every hidden attribute starts with this; none is ever returned to a caller. */
export const GERMAN_PREFIX = "_german_"

export function searchTiers(definition: Pick<Definition, "fields">): SearchTier[] {
  const byWeight = new Map<number, string[]>()
  for (const [path, field] of leafFields(definition.fields)) {
    if (!isSearchable(field)) continue
    const weight = weightOf(field)
    byWeight.set(weight, [...(byWeight.get(weight) ?? []), path])
  }
  return [...byWeight]
    .sort(([a], [b]) => b - a)
    .map(([weight, fields], i) => ({
      weight,
      fields,
      words: `${GERMAN_PREFIX}t${i}_words`,
      heads: `${GERMAN_PREFIX}t${i}_heads`,
      modifiers: `${GERMAN_PREFIX}t${i}_modifiers`,
    }))
}

const hiddenOf = (tier: SearchTier) => [tier.words, tier.heads, tier.modifiers]

/**
 * The pair of number fields a document's `_geo` point is made of: a field ending in
 * "latitude" and its sibling ending in "longitude" (the product index's producer_latitude and
 * producer_longitude). Meilisearch holds one point per document, so the first pair wins.
 */
export function geoFields(definition: Pick<Definition, "fields">): { lat: string; lng: string } | undefined {
  const leaves = leafFields(definition.fields)
  const numeric = (field: Field | undefined) => field?.type === "float" || field?.type === "integer"
  for (const [path, field] of leaves) {
    if (!numeric(field) || !path.endsWith("latitude")) continue
    const lng = `${path.slice(0, -"latitude".length)}longitude`
    if (numeric(leaves.get(lng))) return { lat: path, lng }
  }
  return undefined
}

/** The reserved attribute Meilisearch's geo filters (`_geoRadius`) and sort (`_geoPoint`) read. */
export const GEO = "_geo"

/**
 * Meilisearch's relevance rules with `sort` right after `words`: a requested order (price,
 * name, newest) decides among the documents that match the words, as on PostgreSQL, and
 * relevance decides when no order or `_score` comes first (see `sortExpression`).
 */
export const RANKING_RULES = ["words", "sort", "typo", "proximity", "attribute", "exactness"]

/** Index settings, each with the Meilisearch version that introduced it. */
export type MeilisearchSettings = {
  /** Since before v1.0. Order is rank: the heaviest tier first, each followed by its German terms. */
  searchableAttributes: string[]
  /** Since before v1.0: what a hit can return (everything but the hidden attributes and `_geo`). */
  displayedAttributes: string[]
  /** Since the v0.2x series; `_geo` in it enables the `_geoRadius` filter (geosearch, after v0.20 too). */
  filterableAttributes: string[]
  /** Since the v0.2x series, with the `sort` ranking rule; `_geo` in it enables `_geoPoint` sorting. */
  sortableAttributes: string[]
  /** Since before v1.0. */
  rankingRules: string[]
  /** Since before v1.0. */
  distinctAttribute: string | null
  /** Since before v1.0; multi-word synonyms included. */
  synonyms?: Record<string, string[]>
  /** `minWordSizeForTypos` and `disableOnAttributes` since v0.27. */
  typoTolerance: {
    enabled: boolean
    minWordSizeForTypos: { oneTypo: number; twoTypos: number }
    disableOnAttributes: string[]
  }
  /**
   * Since v1.10. `deu` also switches on Meilisearch's German compound segmentation, which
   * came after v1.10 (Meilisearch PR #4945, Sept. 2024) and was reworked in late 2025; the
   * hidden attributes carry this provider's own compound parts, so they get no locale.
   */
  localizedAttributes: { attributePatterns: string[]; locales: string[] }[]
}

/** Fields holding English text end in `_en` (title_en, description_en); every other searchable field is German. */
const isEnglish = (path: string) => path.endsWith("_en")

/**
 * Index settings for a definition: searchable attributes by weight with the German terms of
 * each tier, filters, sorts, typo rules (the same on every engine: one typo from 5 letters,
 * two from 9), languages, the synonyms given and `_geo` when the documents carry a point.
 */
export function indexSettings(definition: Definition, synonyms?: Record<string, string[]>): MeilisearchSettings {
  const leaves = [...leafFields(definition.fields)]
  for (const [path, field] of leaves) {
    if (field.type === "geo" || field.type === "vector") {
      throw unsupported(`field "${path}" of type "${field.type}" is not supported`)
    }
  }
  const tiers = searchTiers(definition)
  const geo = geoFields(definition) ? [GEO] : []
  const typo = definition.settings?.typo_tolerance
  const searchable = tiers.flatMap((tier) => tier.fields)
  const locales = [
    { attributePatterns: searchable.filter((path) => !isEnglish(path)), locales: ["deu"] },
    { attributePatterns: searchable.filter(isEnglish), locales: ["eng"] },
  ].filter((rule) => rule.attributePatterns.length)
  return {
    // An index nobody searches by text still needs a value; "*" is Meilisearch's default.
    searchableAttributes: tiers.length ? tiers.flatMap((tier) => [...tier.fields, ...hiddenOf(tier)]) : ["*"],
    displayedAttributes: Object.entries(definition.fields)
      .filter(([, field]) => field.retrievable !== false)
      .map(([name]) => name),
    filterableAttributes: [...leaves.filter(([, f]) => f.filterable || isFacetable(f)).map(([path]) => path), ...geo],
    sortableAttributes: [...leaves.filter(([, f]) => f.sortable).map(([path]) => path), ...geo],
    rankingRules: RANKING_RULES,
    distinctAttribute: definition.settings?.distinct_attribute ?? null,
    ...(synonyms ? { synonyms } : {}),
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      minWordSizeForTypos: {
        oneTypo: typo?.min_word_size_for_one_typo ?? MIN_WORD_SIZE_FOR_ONE_TYPO,
        twoTypos: typo?.min_word_size_for_two_typos ?? MIN_WORD_SIZE_FOR_TWO_TYPOS,
      },
      disableOnAttributes: typo?.disabled_on_attributes ?? [],
    },
    localizedAttributes: locales,
  }
}

/**
 * The attributes a query restricted to some fields searches: those fields and the German
 * terms of their tiers (which also hold the terms of the tier's other fields: a tier's terms
 * are kept together, as its fields rank alike).
 */
export function attributesToSearchOn(paths: string[], definition: Pick<Definition, "fields">): string[] {
  const tiers = searchTiers(definition).filter((tier) => tier.fields.some((field) => paths.includes(field)))
  return [...paths, ...tiers.flatMap(hiddenOf)]
}

/** Dates travel as epoch milliseconds: Meilisearch filters and sorts numbers, not date strings. */
export function toEpochMs(value: unknown): number | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.getTime()
  if (typeof value === "number") return value
  const parsed = Date.parse(String(value))
  return Number.isNaN(parsed) ? null : parsed
}

const finite = (value: unknown): number | undefined => {
  if (value === null || value === undefined || value === "") return undefined
  const number = Number(value)
  return Number.isFinite(number) ? number : undefined
}

/**
 * A document as Meilisearch stores it: date fields as numbers, the German terms of each
 * searchable tier in its hidden attributes, and `_geo` when the document has a point (one
 * without keeps no `_geo` at all, which every Meilisearch version accepts; `null` only since
 * v1.1). Everything else as given.
 */
export function toMeilisearchDocument(document: SearchTypes.SearchDocument, definition: Definition): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(document)
  for (const [path, field] of leafFields(definition.fields)) {
    if (field.type !== "date") continue
    const segments = path.split(".")
    let holder: any = out
    for (const segment of segments.slice(0, -1)) holder = holder?.[segment]
    if (!holder || typeof holder !== "object") continue
    const key = segments[segments.length - 1]
    if (key in holder) {
      holder[key] = Array.isArray(holder[key]) ? holder[key].map(toEpochMs) : toEpochMs(holder[key])
    }
  }
  for (const tier of searchTiers(definition)) {
    const texts = tier.fields.flatMap((path) => readDocumentPath(document, path.split(".")).map(String))
    const terms = germanTerms(texts)
    if (terms.words.length) out[tier.words] = terms.words
    if (terms.heads.length) out[tier.heads] = terms.heads
    if (terms.modifiers.length) out[tier.modifiers] = terms.modifiers
  }
  const geo = geoFields(definition)
  if (geo) {
    const lat = finite(readDocumentPath(document, geo.lat.split("."))[0])
    const lng = finite(readDocumentPath(document, geo.lng.split("."))[0])
    if (lat !== undefined && lng !== undefined) out[GEO] = { lat, lng }
  }
  return out
}

/**
 * A hit as the caller sees it: without Meilisearch's own keys (`_rankingScore`, `_geo`,
 * `_geoDistance` …) and the hidden German attributes — every key starting with "_" the
 * definition does not declare — narrowed to the requested fields.
 */
export function publicDocument(
  hit: Record<string, unknown>,
  definition: Pick<Definition, "fields">,
  retrieve: string[] | undefined
): Record<string, unknown> {
  const document = Object.fromEntries(Object.entries(hit).filter(([key]) => !key.startsWith("_") || key in definition.fields))
  return retrieve?.length ? projectDocument(document, retrieve) : document
}

/** A value in Meilisearch's filter syntax: strings double-quoted with `"` and `\` escaped. */
export function filterValue(value: SearchTypes.SearchFilterValue, field?: Field): string {
  if (field?.type === "date") return String(toEpochMs(value))
  if (value instanceof Date) return String(value.getTime())
  if (typeof value === "number" || typeof value === "boolean") return String(value)
  if (value === null) throw unsupported("null is only supported as equality (field = null)")
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

const COMPARISONS = { $lt: "<", $lte: "<=", $gt: ">", $gte: ">=" } as const
const isOperatorMap = (value: unknown): value is SearchTypes.SearchOperatorMap<SearchTypes.SearchFilterValue> =>
  !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) && Object.keys(value).every((k) => k.startsWith("$"))

const isNestedFilter = (value: unknown) =>
  !!value && typeof value === "object" && !Array.isArray(value) && !isOperatorMap(value) && !(value instanceof Date)

const all = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`)
const any = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`)

/**
 * A Medusa filter tree as a Meilisearch filter expression. `q` is not a filter (the module
 * passes it as the query); on array fields equality means "contains", as in Meilisearch.
 * Returns undefined when nothing is filtered.
 *
 * There is no geo filter here. Medusa's `SearchFilters` only admits a geo key through its
 * catch-all field-path signature, it has no geo operator, and the Search Module rejects every
 * filter path that is not a declared filterable field before a provider sees it — so a
 * `{ _geo_radius: … }` filter can never arrive. The shop resolves its radius to producer
 * handles first; `_geo` stays in documents and settings for a module that one day passes
 * geo filters on (`_geoRadius(lat, lng, metres)` is what they would compile to).
 */
export function filterExpression(
  filters: SearchTypes.SearchFilters | undefined,
  definition: Definition,
  { lenient = false }: { lenient?: boolean } = {}
): string | undefined {
  if (!filters) return undefined
  const fields = leafFields(definition.fields)

  const compile = (branch: SearchTypes.SearchFilters, prefix = ""): string[] => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (value === undefined || key === "q") continue
      if (key === "$and" || key === "$or") {
        const groups = (value as SearchTypes.SearchFilters[]).map((group) => all(compile(group, prefix))).filter(Boolean)
        if (groups.length) parts.push(key === "$and" ? all(groups) : any(groups))
        continue
      }
      if (key === "$not") {
        parts.push(`NOT ${all(compile(value as SearchTypes.SearchFilters, prefix))}`)
        continue
      }
      const path = prefix ? `${prefix}.${key}` : key
      // Lenient (a delete in a process that never saw the definition): an unknown path is a
      // plain value field, and Meilisearch itself says whether it can filter by it.
      const field = fields.get(path) ?? (lenient && !isNestedFilter(value) ? ({ type: "keyword", filterable: true } as Field) : undefined)
      if (!field) {
        // A nested object filter ({ producer: { town: "Bamberg" } }) walks into the object.
        if (isNestedFilter(value)) {
          parts.push(...compile(value as SearchTypes.SearchFilters, path))
          continue
        }
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown field "${path}" used in filters on search index "${definition.name}"`)
      }
      parts.push(fieldExpression(path, field, value))
    }
    return parts
  }

  const parts = compile(filters)
  return parts.length ? all(parts) : undefined
}

/**
 * What an empty `IN` list means — nothing matches — in a syntax without a FALSE literal:
 * a value no document holds (it starts with a NUL character).
 */
const NO_VALUE = '"\u0000"'
const noneOf = (path: string) => `${path} IN [${NO_VALUE}]`

function equality(path: string, field: Field, value: SearchTypes.SearchFilterValue): string {
  return value === null ? `(${path} IS NULL OR ${path} NOT EXISTS)` : `${path} = ${filterValue(value, field)}`
}

function fieldExpression(path: string, field: Field, value: unknown): string {
  if (Array.isArray(value)) return value.length ? `${path} IN [${value.map((v) => filterValue(v, field)).join(", ")}]` : noneOf(path)
  if (!isOperatorMap(value)) return equality(path, field, value as SearchTypes.SearchFilterValue)

  const parts: string[] = []
  for (const [operator, operand] of Object.entries(value) as [string, any][]) {
    switch (operator) {
      case "$eq":
        parts.push(equality(path, field, operand))
        break
      case "$ne":
        parts.push(operand === null ? `(${path} EXISTS AND ${path} IS NOT NULL)` : `${path} != ${filterValue(operand, field)}`)
        break
      case "$in":
      case "$overlaps": {
        const values = Array.isArray(operand) ? operand : [operand]
        parts.push(values.length ? `${path} IN [${values.map((v) => filterValue(v, field)).join(", ")}]` : noneOf(path))
        break
      }
      case "$nin": {
        const values = Array.isArray(operand) ? operand : [operand]
        if (values.length) parts.push(`${path} NOT IN [${values.map((v) => filterValue(v, field)).join(", ")}]`)
        break
      }
      case "$contains": {
        const values = Array.isArray(operand) ? operand : [operand]
        parts.push(all(values.map((v) => `${path} = ${filterValue(v, field)}`)))
        break
      }
      case "$lt":
      case "$lte":
      case "$gt":
      case "$gte":
        parts.push(`${path} ${COMPARISONS[operator]} ${filterValue(operand, field)}`)
        break
      case "$exists":
        parts.push(operand ? `(${path} EXISTS AND ${path} IS NOT NULL)` : `(${path} NOT EXISTS OR ${path} IS NULL)`)
        break
      default:
        throw unsupported(`operator "${operator}" (on "${path}") is not supported`)
    }
  }
  return all(parts)
}

/**
 * `{ price: "ASC" }` → `["price:asc"]`. `_score` is Meilisearch's relevance, which only
 * ranks descending and cannot be a sort key: the fields before it are sorted by (the `sort`
 * rule runs right after `words`, see RANKING_RULES), and relevance decides from there on —
 * fields after `_score` are left out, as Meilisearch's order of equally relevant documents is
 * already stable from page to page. An ascending `_score` is refused.
 */
export function sortExpression(order: Record<string, SearchTypes.SearchOrderBy> | undefined): string[] | undefined {
  const sort: string[] = []
  for (const [field, direction] of Object.entries(order ?? {})) {
    if (field === "_score") {
      if (direction !== "DESC") throw unsupported("relevance (_score) can only be sorted descending")
      break
    }
    sort.push(`${field}:${direction === "DESC" ? "desc" : "asc"}`)
  }
  return sort.length ? sort : undefined
}

export type Paging = {
  params: { offset: number; limit: number } | { page: number; hitsPerPage: number }
  /** Hits at the start of the answer that precede the requested page. */
  drop: number
}

/**
 * How a page of hits is asked for. Meilisearch counts exactly (`totalHits`) only in its page
 * mode (`page` + `hitsPerPage`); `offset` + `limit` answer with `estimatedTotalHits`. Page mode
 * only pages in whole pages, so a skip that is not a multiple of the page size asks for the
 * first `skip + take` hits and drops the first `skip`. A count without hits (`take: 0`) is a
 * page of none. Page mode arrived in v0.30; in both modes Meilisearch reaches at most the
 * index's `pagination.maxTotalHits` documents (1000 unless set).
 */
export function paging(skip: number, take: number, count: SearchTypes.SearchOptions["count"]): Paging {
  if (count !== "exact") return { params: { offset: skip, limit: take }, drop: 0 }
  if (take === 0) return { params: { page: 1, hitsPerPage: 0 }, drop: 0 }
  if (skip % take === 0) return { params: { page: skip / take + 1, hitsPerPage: take }, drop: 0 }
  return { params: { page: 1, hitsPerPage: skip + take }, drop: skip }
}

export type FacetPlan = {
  /** Fields Meilisearch counts values of (and reports min/max for, when numeric). */
  facets: string[]
  /** Range buckets, each counted by a query of its own. */
  ranges: { field: string; key: string; from?: number | string; to?: number | string }[]
  requests: Map<string, SearchTypes.SearchFacetRequest>
}

export function planFacets(requested: (string | SearchTypes.SearchFacetRequest)[] | undefined, definition: Definition): FacetPlan {
  const fields = leafFields(definition.fields)
  const plan: FacetPlan = { facets: [], ranges: [], requests: new Map() }
  for (const entry of requested ?? []) {
    const request: SearchTypes.SearchFacetRequest = typeof entry === "string" ? { field: entry } : entry
    const field = fields.get(request.field)
    if (!field || !isFacetable(field)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Field "${request.field}" is not facetable on search index "${definition.name}"`)
    }
    plan.requests.set(request.field, request)
    if (request.type === "range") {
      for (const range of request.ranges) {
        plan.ranges.push({ field: request.field, key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`, from: range.from, to: range.to })
      }
    } else if (!plan.facets.includes(request.field)) {
      plan.facets.push(request.field)
    }
  }
  return plan
}

/** The filter that selects one range bucket: `from` inclusive, `to` exclusive. */
export function rangeFilter(range: FacetPlan["ranges"][number], field: Field | undefined): string {
  const parts = [
    ...(range.from !== undefined ? [`${range.field} >= ${filterValue(range.from, field)}`] : []),
    ...(range.to !== undefined ? [`${range.field} < ${filterValue(range.to, field)}`] : []),
  ]
  return parts.length ? all(parts) : `${range.field} EXISTS`
}

type Distribution = Record<string, Record<string, number>>
type Stats = Record<string, { min: number; max: number }>

/** Meilisearch's facet answers in Medusa's shape. */
export function facetResults(
  plan: FacetPlan,
  distribution: Distribution | undefined,
  stats: Stats | undefined,
  rangeCounts: number[],
  total: number
): Record<string, SearchTypes.SearchFacetResult> | undefined {
  if (!plan.requests.size) return undefined
  const result: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const [field, request] of plan.requests) {
    if (request.type === "range") {
      result[field] = {
        type: "range",
        ranges: plan.ranges.flatMap((range, i) =>
          range.field === field ? [{ key: range.key, from: range.from, to: range.to, count: rangeCounts[i] ?? 0 }] : []
        ),
      }
    } else if (request.type === "stats") {
      const s = stats?.[field]
      result[field] = { type: "stats", min: s?.min ?? 0, max: s?.max ?? 0, count: total }
    } else {
      const counts = Object.entries(distribution?.[field] ?? {}).map(([value, count]) => ({ value, count }))
      counts.sort((a, b) => (request.sort === "alpha" ? a.value.localeCompare(b.value) : b.count - a.count || a.value.localeCompare(b.value)))
      const limit = request.limit ?? counts.length
      result[field] = {
        type: "value",
        values: counts.slice(0, limit),
        ...(counts.length > limit ? { other_count: counts.slice(limit).reduce((sum, c) => sum + c.count, 0) } : {}),
      }
    }
  }
  return result
}
