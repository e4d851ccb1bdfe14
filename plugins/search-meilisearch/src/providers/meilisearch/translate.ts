import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's search vocabulary (index definitions, filter trees, facet requests) in
 * Meilisearch's terms. Pure functions, so every translation is tested without a server.
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

export type MeilisearchSettings = {
  searchableAttributes: string[]
  filterableAttributes: string[]
  sortableAttributes: string[]
  distinctAttribute: string | null
  typoTolerance: {
    enabled: boolean
    minWordSizeForTypos?: { oneTypo?: number; twoTypos?: number }
    disableOnAttributes?: string[]
  }
}

/**
 * Index settings for a definition. Meilisearch ranks matches by the order of the searchable
 * attributes, so the definition's weights become that order (heaviest first).
 */
export function indexSettings(definition: Definition): MeilisearchSettings {
  const leaves = [...leafFields(definition.fields)]
  for (const [path, field] of leaves) {
    if (field.type === "geo" || field.type === "vector") {
      throw unsupported(`field "${path}" of type "${field.type}" is not supported`)
    }
  }
  const searchable = leaves
    .filter(([, field]) => isSearchable(field))
    .sort(([a, fa], [b, fb]) => weightOf(fb) - weightOf(fa) || a.localeCompare(b))
    .map(([path]) => path)
  const typo = definition.settings?.typo_tolerance
  return {
    // An index nobody searches by text still needs a value; "*" is Meilisearch's default.
    searchableAttributes: searchable.length ? searchable : ["*"],
    filterableAttributes: leaves.filter(([, f]) => f.filterable || isFacetable(f)).map(([path]) => path),
    sortableAttributes: leaves.filter(([, f]) => f.sortable).map(([path]) => path),
    distinctAttribute: definition.settings?.distinct_attribute ?? null,
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      ...(typo?.min_word_size_for_one_typo || typo?.min_word_size_for_two_typos
        ? {
            minWordSizeForTypos: {
              ...(typo.min_word_size_for_one_typo ? { oneTypo: typo.min_word_size_for_one_typo } : {}),
              ...(typo.min_word_size_for_two_typos ? { twoTypos: typo.min_word_size_for_two_typos } : {}),
            },
          }
        : {}),
      ...(typo?.disabled_on_attributes?.length ? { disableOnAttributes: typo.disabled_on_attributes } : {}),
    },
  }
}

/** Dates travel as epoch milliseconds: Meilisearch filters and sorts numbers, not date strings. */
export function toEpochMs(value: unknown): number | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.getTime()
  if (typeof value === "number") return value
  const parsed = Date.parse(String(value))
  return Number.isNaN(parsed) ? null : parsed
}

/** A document as Meilisearch stores it: date fields as numbers, everything else as given. */
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
  return out
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

const all = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`)
const any = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`)

/**
 * A Medusa filter tree as a Meilisearch filter expression. `q` is not a filter (the module
 * passes it as the query); on array fields equality means "contains", as in Meilisearch.
 * Returns undefined when nothing is filtered.
 */
export function filterExpression(filters: SearchTypes.SearchFilters | undefined, definition: Definition): string | undefined {
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
      const field = fields.get(path)
      if (!field) {
        // A nested object filter ({ producer: { town: "Bamberg" } }) walks into the object.
        if (value && typeof value === "object" && !Array.isArray(value) && !isOperatorMap(value) && !(value instanceof Date)) {
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

/** `{ price: "ASC" }` → `["price:asc"]`; `_score` is Meilisearch's own relevance order, so it is left out. */
export function sortExpression(order: Record<string, SearchTypes.SearchOrderBy> | undefined): string[] | undefined {
  const entries = Object.entries(order ?? {}).filter(([field]) => field !== "_score")
  return entries.length ? entries.map(([field, direction]) => `${field}:${direction === "DESC" ? "desc" : "asc"}`) : undefined
}

/**
 * How a page of hits is asked for. Exact totals need Meilisearch's page mode, which only
 * pages in whole pages; a count without hits (`take: 0`) is page mode with no hits per page.
 */
export function paging(skip: number, take: number, count: SearchTypes.SearchOptions["count"]) {
  if (count === "exact" && take === 0) return { page: 1, hitsPerPage: 0 }
  if (count === "exact" && skip % take === 0) return { hitsPerPage: take, page: skip / take + 1 }
  return { offset: skip, limit: take }
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
