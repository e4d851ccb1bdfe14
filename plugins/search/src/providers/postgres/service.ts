import type { SearchTypes } from "@medusajs/framework/types"
import { readDocumentPath } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { tableNameForIndex, toWhereClause } from "@medusajs/search-postgres/dist/utils"
import { allowedTypos, compoundParts, indexTerms, queryWords, typoDistance, vocabularyOf } from "../../german"
import { SynonymSource, synonymsOf } from "../../synonyms"

type Weight = "A" | "B" | "C" | "D"
type Catalog = { table_name: string; plan: { searchable: string[] } }
type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

/** A shopper's query, turned into PostgreSQL text search queries (tsquery texts) once per search. */
type PreparedQuery = {
  /** Every word, each by any of its forms (ANDed): what a document must match. */
  match: string
  /** Per word: the word itself, and the word by any of its forms (synonyms, parts, typos). */
  words: { exact: string; any: string }[]
}

/** The prepared form of each query the module hands over, found again in the fragment builders. */
const preparedQueries = new WeakMap<object, PreparedQuery>()

const WEIGHTS: Weight[] = ["A", "B", "C", "D"]
const lower = (weight: Weight, steps: number): Weight => WEIGHTS[Math.min(WEIGHTS.indexOf(weight) + steps, 3)]

/**
 * Copies of the search vector holding only the lexemes of some weights (title: A; title heads and
 * producer name: B; modifiers, town, categories: C), stored beside it with GIN indexes of their
 * own. "Is the word in a title?" becomes a plain match on a small column: the planner estimates
 * it from the column's own statistics and answers it from its own index, which a weight-restricted
 * query ('bier':A) on the full vector cannot (its index ignores weights, so every document with
 * the word anywhere is fetched and rechecked).
 */
const WEIGHT_COLUMNS = { a: "search_vector_a", ab: "search_vector_ab", abc: "search_vector_abc" } as const

/**
 * Where a query word is found, best first, and what each place scores. Per word: its exact form
 * in a title 8, as a title's compound head or in the producer's name 4, as a modifier, town or
 * category 3, in a description 2; only by a synonym, part or correction, in a title or producer
 * name 1.5, elsewhere 1 (a document that matches has the word somewhere by some form). Within a
 * form the columns grow (A ⊂ AB ⊂ ABC ⊂ all), which the bands below rely on.
 */
const TIERS = [
  { score: 8, form: "exact", column: WEIGHT_COLUMNS.a },
  { score: 4, form: "exact", column: WEIGHT_COLUMNS.ab },
  { score: 3, form: "exact", column: WEIGHT_COLUMNS.abc },
  { score: 2, form: "exact", column: "search_vector" },
  { score: 1.5, form: "any", column: WEIGHT_COLUMNS.ab },
  { score: 1, form: "any", column: "search_vector" },
] as const

/**
 * An estimated count is exact up to this many matches, as Meilisearch's estimatedTotalHits is
 * for its first thousand; beyond, the planner's estimate of the match set.
 */
const EXACT_COUNT_UP_TO = 1_000
/** Above this planner estimate, the count is not checked against the rows at all. */
const TRUST_ESTIMATE_ABOVE = 2 * EXACT_COUNT_UP_TO

/** How long a process keeps an index's catalog (see retrieve). */
const CATALOG_TTL_MS = 1_000

/** At most this many corrections per misspelt word. */
const TYPO_CANDIDATES = 3
const VOCABULARY_CHUNK = 1_000

/**
 * Medusa's PostgreSQL search provider, taught German food words and made fast at 100,000
 * products. Its tables, filters, facets and sorting stay Medusa's.
 *
 * Writing: each searchable text goes into the index with its folded spellings at its own
 * weight, the heads of its compounds one weight lower and their modifiers two lower
 * ("Rauchbier" in a title: rauchbier at A, bier at B, rauch at C), and its words into a
 * vocabulary table beside the index (trigram-indexed) for typo correction.
 *
 * Searching: each query word is folded and may match as itself, by its synonyms from the
 * association's list, by its own compound parts ("Käsebrot" → käse & brot) and, where the
 * query allows typos, by the vocabulary's words within one typo (5+ letters) or two (9+).
 * All are one tsquery over the index's GIN index, so matching stays an index scan. Ranking
 * puts a word found whole in a title first, then as a compound head, then elsewhere, then
 * found only through a synonym or correction (TIERS).
 *
 * Speed (bench/results/search.json): the tiers are tested on weight-filtered copies of the
 * search vector with indexes of their own (WEIGHT_COLUMNS); a one-word search in relevance order
 * fetches its page tier by tier and stops when it is full (searchKeyword); an estimated count,
 * the module's default, is exact up to 1,000 matches and the planner's estimate beyond
 * (countMatches); a row keeps in line only what searches read.
 */
export class GermanPostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres-german"

  protected readonly synonyms_: SynonymSource
  private readonly catalogs_ = new Map<string, { at: number; catalog: ReturnType<PostgresSearchService["retrieve"]> }>()

  constructor(cradle: ConstructorParameters<typeof PostgresSearchService>[0], options: ConstructorParameters<typeof PostgresSearchService>[1] = {}) {
    super(cradle, { language: "german", ...options })
    this.synonyms_ = new SynonymSource(this.manager_, (error) =>
      this.logger_?.warn(`[search] synonym list unreadable, searching without it: ${error.message}`)
    )
  }

  // ---- writing -------------------------------------------------------------------------

  protected override buildSearchVectorSql(weightedParts: { text: string; weight: Weight }[], params: unknown[]): string {
    const enriched = weightedParts.flatMap(({ text, weight }) => {
      const terms = indexTerms(text)
      return [
        { text: [text, ...terms.spellings].join(" "), weight },
        { text: terms.heads.join(" "), weight: lower(weight, 1) },
        { text: terms.modifiers.join(" "), weight: lower(weight, 2) },
      ].filter((part) => part.text.trim())
    })
    return super.buildSearchVectorSql(enriched, params)
  }

  protected override async createDocumentTable(table: string, plan: any, manager: Manager): Promise<void> {
    await super.createDocumentTable(table, plan, manager as any)
    // A row stays narrow where searches read it: the filters' `indexed` stays in the row
    // (compressed), the stored document (read only for a page's hits) and Medusa's search_text
    // (which this provider does not read) live in the TOAST table. Checked first, as this runs
    // at every start and ALTER TABLE locks the table; rows written before change as they are rewritten.
    await manager.execute(
      `DO $$ BEGIN
         IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = '"${table}"'::regclass AND attname = 'indexed' AND attstorage <> 'm') THEN
           ALTER TABLE "${table}" ALTER COLUMN "indexed" SET STORAGE MAIN,
             ALTER COLUMN "document" SET STORAGE EXTERNAL, ALTER COLUMN "search_text" SET STORAGE EXTERNAL;
         END IF;
       END $$`
    )
    // Added to tables written before these columns existed too (a one-time rewrite of the table).
    for (const [weights, column] of Object.entries(WEIGHT_COLUMNS)) {
      await manager.execute(
        `ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${column}" tsvector
           GENERATED ALWAYS AS (ts_filter("search_vector", '{${[...weights].join(",")}}')) STORED`
      )
      await manager.execute(`CREATE INDEX IF NOT EXISTS "${table}_${column}_idx" ON "${table}" USING GIN ("${column}")`)
    }
    await manager.execute(`CREATE TABLE IF NOT EXISTS "${vocabularyTable(table)}" ("word" text PRIMARY KEY)`)
    await manager.execute(
      `CREATE INDEX IF NOT EXISTS "${vocabularyTable(table)}_trgm_idx" ON "${vocabularyTable(table)}" USING GIN ("word" gin_trgm_ops)`
    )
  }

  protected override async dropDocumentTable(table: string, manager: Manager): Promise<void> {
    await manager.execute(`DROP TABLE IF EXISTS "${vocabularyTable(table)}"`)
    await super.dropDocumentTable(table, manager as any)
  }

  override async upsertDocuments(input: { index: string; definition: SearchTypes.ResolvedSearchIndexDefinition; documents: SearchTypes.SearchDocument[] }) {
    const task = await super.upsertDocuments(input)
    const catalog = (await this.retrieve(input.index)) as unknown as Catalog
    const vocabulary = new Set<string>()
    for (const document of input.documents) {
      for (const path of catalog.plan.searchable) {
        for (const value of readDocumentPath(document, path.split("."))) {
          if (value !== null && value !== undefined) vocabularyOf(String(value)).forEach((word) => vocabulary.add(word))
        }
      }
    }
    const words = [...vocabulary]
    for (let offset = 0; offset < words.length; offset += VOCABULARY_CHUNK) {
      const chunk = words.slice(offset, offset + VOCABULARY_CHUNK)
      await this.manager_.execute(
        `INSERT INTO "${vocabularyTable(catalog.table_name)}" ("word") SELECT unnest(ARRAY[${chunk.map(() => "?").join(", ")}]::text[]) ON CONFLICT DO NOTHING`,
        chunk
      )
    }
    return task
  }

  override async clearIndex(input: { index: string }) {
    const task = await super.clearIndex(input)
    await this.manager_.execute(`TRUNCATE TABLE "${vocabularyTable(tableNameForIndex(input.index))}"`)
    return task
  }

  // ---- searching -----------------------------------------------------------------------

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const q = input.q?.trim()
    if (q && !preparedQueries.has(input)) {
      // The document table's name follows from the index's name, as Medusa's provider derives
      // it; the index's catalog is read meanwhile, for Medusa's search to find it cached.
      const [prepared] = await Promise.all([
        this.prepareQuery(q, input, tableNameForIndex(input.index.physical_name)),
        this.retrieve(input.index.physical_name),
      ])
      preparedQueries.set(input, prepared)
    }
    return super.search(input)
  }

  /**
   * An index's catalog (its table and plan), read at most once a second: every search reads it
   * first, and it changes only when the index's definition does (upsertIndex and deleteIndex
   * forget it here at once; another process sees the change within the second).
   */
  protected override retrieve(index: string) {
    const cached = this.catalogs_.get(index)
    if (cached && Date.now() - cached.at < CATALOG_TTL_MS) return cached.catalog
    const catalog = super.retrieve(index)
    this.catalogs_.set(index, { at: Date.now(), catalog })
    catalog.catch(() => this.catalogs_.delete(index))
    return catalog
  }

  override async upsertIndex(input: Parameters<PostgresSearchService["upsertIndex"]>[0]) {
    try {
      return await super.upsertIndex(input)
    } finally {
      this.catalogs_.delete(input.index.physical_name)
    }
  }

  override async deleteIndex(input: Parameters<PostgresSearchService["deleteIndex"]>[0]) {
    try {
      return await super.deleteIndex(input)
    } finally {
      this.catalogs_.delete(input.index)
    }
  }

  /**
   * The tsquery texts of a query, in one round trip: PostgreSQL builds each form's tsquery (so
   * stemming and stop words are the text search configuration's) and, where typos are allowed,
   * returns the vocabulary's words close to each query word with their tsqueries.
   */
  protected async prepareQuery(q: string, input: SearchTypes.ProviderSearchQuery, table: string): Promise<PreparedQuery> {
    const options = input.search_options ?? {}
    const words = queryWords(q)
    const prefixLast = options.match_strategy === "last"
    const typos = !!options.typo_tolerance && (input.index.settings.typo_tolerance?.enabled ?? true)
    const groups = await this.synonyms_.groups()

    // Each word: its exact tsquery and the OR of all its forms but corrections.
    type Fragment = { sql: string; params: unknown[] }
    const plain = (text: string): Fragment => ({ sql: `plainto_tsquery('${this.tsConfig_}', ?)`, params: [text] })
    const params: unknown[] = []
    const columns: string[] = []
    const column = (fragments: Fragment[]) => {
      params.push(...fragments.flatMap((f) => f.params))
      columns.push(`(${fragments.map((f) => f.sql).join(" || ")})::text`)
    }
    words.forEach((word, i) => {
      const exact: Fragment =
        prefixLast && i === words.length - 1
          ? { sql: `to_tsquery('${this.tsConfig_}', quote_literal(?) || ':*')`, params: [word] }
          : plain(word)
      const synonyms = (term: string): Fragment[] => synonymsOf(term, groups).map((synonym) => plain(synonym.join(" ")))
      const forms = [exact, ...synonyms(word)]
      // A compound by its parts, each also by its synonyms ("Pflaumenbrand" finds the Zwetschgenbrand).
      const parts = compoundParts(word)
      if (parts.heads.length) {
        const each = [...parts.modifiers, ...parts.heads].map((part) => [plain(part), ...synonyms(part)])
        forms.push({
          sql: `(${each.map((alternatives) => `(${alternatives.map((f) => f.sql).join(" || ")})`).join(" && ")})`,
          params: each.flat().flatMap((f) => f.params),
        })
      }
      column([exact])
      column(forms)
    })
    if (!columns.length) return { match: "", words: [] }

    // The last word of a type-ahead query may be a beginning ("Bratw") or a finished word with
    // a typo ("Bratwrst"): it is matched as a prefix and, where typos are allowed, corrected.
    const candidates = typos ? [...new Set(words.filter((word) => allowedTypos(word) > 0))] : []
    const build = async (withCorrections: boolean) => {
      const similar =
        withCorrections && candidates.length
          ? `(SELECT coalesce(json_agg(json_build_object('query', q."word", 'word', v."word", 'tsquery', plainto_tsquery('${this.tsConfig_}', v."word")::text)), '[]'::json)
                FROM unnest(ARRAY[${candidates.map(() => "?").join(", ")}]::text[]) AS q("word")
                JOIN "${vocabularyTable(table)}" v ON v."word" % q."word")`
          : `'[]'::json`
      const [row] = await this.manager_.execute(`SELECT ARRAY[${columns.join(", ")}] AS queries, ${similar} AS similar`, [
        ...params,
        ...(withCorrections ? candidates : []),
      ])
      return row as { queries: string[]; similar: Similar[] | string }
    }
    let row: Awaited<ReturnType<typeof build>>
    try {
      row = await build(true)
    } catch (error) {
      if (!candidates.length) throw error
      // An index written before its vocabulary table existed searches without corrections
      // until it is rebuilt, rather than failing the shopper's search.
      this.logger_?.warn(`[search] no typo corrections for ${table}: ${(error as Error).message}`)
      row = await build(false)
    }
    const corrections = closestCorrections(candidates, typeof row.similar === "string" ? JSON.parse(row.similar) : row.similar)
    const prepared: PreparedQuery["words"] = []
    words.forEach((word, i) => {
      const [exact, any] = [row.queries[2 * i], row.queries[2 * i + 1]]
      // A stop word ("im", "und") has no query of its own and does not narrow the search.
      if (!any) return
      const corrected = corrections.get(word) ?? []
      prepared.push({ exact: exact || any, any: corrected.length ? [any, ...corrected].map((text) => `( ${text} )`).join(" | ") : any })
    })
    return { match: prepared.map((word) => `(${word.any})`).join(" & "), words: prepared }
  }

  protected override keywordFragments(input: Parameters<PostgresSearchService["keywordFragments"]>[0]) {
    const prepared = preparedQueries.get(input.query)
    // A search narrowed to some fields builds its text vector on the fly: Medusa's own way.
    if (!prepared || narrowedToSomeFields(input.query, input.catalog)) {
      return super.keywordFragments(input)
    }
    const vector = `"search_vector"`
    const matchSql = (params: unknown[]) => {
      if (!prepared.match) return "false"
      params.push(prepared.match)
      return `${vector} @@ ?::tsquery`
    }
    const rankSql = (params: unknown[]) => {
      if (!prepared.match) return `0::float4`
      // Each word's tier, tested on the small weight columns (inline beside the row) rather than
      // on the full vector with weight-restricted queries: at 100k documents ranking a common
      // word's matches is most of a search's time (bench/results/search.json).
      const perWord = prepared.words.map((word) => {
        const better = TIERS.slice(0, -1).map((tier) => `WHEN ${found(tier, word, params)} THEN ${tier.score}`)
        return `CASE ${better.join(" ")} ELSE ${TIERS[TIERS.length - 1].score} END`
      })
      return `(${perWord.join(" + ")})::float4`
    }
    return { q: input.query.q?.trim(), needsBm25Limit: false, rankSql, matchSql }
  }

  /**
   * Medusa's order, made total: equally ordered documents follow their id, so a page never
   * repeats or skips a document of the page before (Medusa orders `_score` alone by score only).
   */
  protected override resolveOrderBy(input: SearchTypes.ProviderSearchQuery, plan: any, hasScore: boolean): string {
    const order = super.resolveOrderBy(input, plan, hasScore)
    return /"id" (ASC|DESC)$/.test(order) ? order : `${order}, "id" ASC`
  }

  /**
   * A one-word search in relevance order is answered band by band, best tier first, each band in
   * its own order (the id, unless the caller asks for more), and stops as soon as the page is full:
   * one statement whose later bands PostgreSQL never runs once the earlier ones fill the LIMIT.
   * A common word ("Bier": 29,000 of 100,000 products) then costs the 24 documents of its best
   * bands, found by walking the primary key or from a band's own index as the planner judges,
   * instead of ranking every match. Anything else (several words, another order) is ranked as a
   * whole, Medusa's way with our tiers. Counts follow the requested strategy, "estimated" (the
   * default) without counting large match sets (see countMatches). A search with `distinct` or
   * `min_score` is Medusa's throughout: its count is of what remains after them.
   */
  protected override async searchKeyword(input: Parameters<PostgresSearchService["searchKeyword"]>[0]) {
    const { input: query, catalog, skip, take } = input
    const options = query.search_options ?? {}
    const strategy = options.count ?? "estimated"
    const fragments = this.keywordFragments({ query, catalog })
    if (fragments.needsBm25Limit || input.distinct || options.min_score !== undefined) return super.searchKeyword(input)
    const bands = this.relevanceBands(input)
    if (!bands && strategy !== "estimated") return super.searchKeyword(input)

    const filters = toWhereClause(query.filters, catalog.plan)
    const filtered = (conditions: string[], params: unknown[]) => {
      if (filters?.sql) {
        conditions.push(`(${filters.sql})`)
        params.push(...filters.params)
      }
      return conditions
    }
    // What Medusa's keyword search counts: the match and the filters.
    const where = (params: unknown[]) => filtered(fragments.matchSql ? [fragments.matchSql(params)] : [], params)
    const hits = async () => {
      if (!bands) return (await super.searchKeyword(withCount(input, "none"))).hitRows
      if (take === 0) return []
      const params: unknown[] = []
      const statements = bands.conditions.map(({ score, sql }) => {
        // A band's tier implies the match (every form of the word is in its match), so the match is not repeated.
        const conditions = filtered([sql(params)], params)
        params.push(take + skip)
        return `(SELECT "id", "document", "indexed", ${score}::float4 AS score FROM "${catalog.table_name}"
                  WHERE ${conditions.join(" AND ")} ORDER BY ${bands.order} LIMIT ?)`
      })
      params.push(take, skip)
      return this.manager_.execute(`SELECT * FROM (${statements.join(" UNION ALL ")}) AS bands LIMIT ? OFFSET ?`, params)
    }
    const [hitRows, count] = await Promise.all([
      hits(),
      strategy === "none" ? null : this.countMatches(catalog.table_name, where, strategy),
    ])
    return { hitRows, count }
  }

  /** The bands of a one-word relevance search and the order within each, or null where it does not apply. */
  protected relevanceBands({ input: query, catalog }: Parameters<PostgresSearchService["searchKeyword"]>[0]) {
    const prepared = preparedQueries.get(query)
    if (!prepared || prepared.words.length !== 1 || narrowedToSomeFields(query, catalog)) return null
    const [first, ...rest] = Object.entries(query.pagination?.order ?? {})
    if (first && (first[0] !== "_score" || first[1] !== "DESC")) return null
    const [word] = prepared.words
    const order = this.resolveOrderBy({ ...query, pagination: { ...query.pagination, order: Object.fromEntries(rest) } }, catalog.plan, false)
    const conditions = TIERS.map((tier, i) => ({
      score: tier.score,
      // Found in this tier and not in a better one: within a form the columns grow, so excluding
      // the tier just before excludes every better tier of the form; a tier of the any form also
      // excludes every exact find (the exact form anywhere).
      sql: (params: unknown[]) => {
        const conditions = [found(tier, word, params)]
        const before = TIERS[i - 1]
        if (before) conditions.push(`NOT ${found(before, word, params)}`)
        if (tier.form === "any" && before?.form === "any") conditions.push(`NOT ${found(EXACT_ANYWHERE, word, params)}`)
        return conditions.join(" AND ")
      },
    }))
    // A word with no other form than itself (no synonym, part or correction) has nothing in the
    // any-form tiers: their bands are left out rather than planned.
    return { conditions: conditions.filter((_, i) => TIERS[i].form === "exact" || word.any !== word.exact), order }
  }

  /**
   * The number of matches: exact when asked for; estimated (the module's default) exact up to
   * EXACT_COUNT_UP_TO and beyond it the planner's estimate, so a common word's count costs a
   * plan instead of visiting its 29,000 rows (the page itself needs only 24).
   */
  protected async countMatches(table: string, where: (params: unknown[]) => string[], strategy: "exact" | "estimated"): Promise<number> {
    const params: unknown[] = []
    const conditions = where(params)
    const from = `FROM "${table}" ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}`
    if (strategy === "exact") {
      const [row] = await this.manager_.execute(`SELECT COUNT(*)::int AS count ${from}`, params)
      return Number(row?.count ?? 0)
    }
    const [explained] = await this.manager_.execute(`EXPLAIN (FORMAT JSON) SELECT 1 ${from}`, params)
    const planText = explained["QUERY PLAN"]
    const estimate = Math.round(Number((typeof planText === "string" ? JSON.parse(planText) : planText)[0].Plan["Plan Rows"]))
    if (estimate > TRUST_ESTIMATE_ABOVE) return estimate
    const [row] = await this.manager_.execute(`SELECT COUNT(*)::int AS count FROM (SELECT 1 ${from} LIMIT ?) AS capped`, [...params, EXACT_COUNT_UP_TO + 1])
    const counted = Number(row?.count ?? 0)
    return counted <= EXACT_COUNT_UP_TO ? counted : Math.max(counted, estimate)
  }
}

/** Whether a search looks in fewer than all of its index's searchable fields (`attributes_to_search_on`). */
function narrowedToSomeFields(query: SearchTypes.ProviderSearchQuery, catalog: { plan: { searchable: string[] } }) {
  const searchOn = query.search_options?.attributes_to_search_on
  return !!searchOn && searchOn.length < catalog.plan.searchable.length
}

/** The exact form found anywhere: the broadest exact tier. */
const EXACT_ANYWHERE = TIERS[3]

/** A word found in a tier: `"search_vector_ab" @@ 'bier'`. */
function found(tier: (typeof TIERS)[number], word: PreparedQuery["words"][number], params: unknown[]): string {
  params.push(word[tier.form])
  return `"${tier.column}" @@ ?::tsquery`
}

/** The same search with another count strategy; its prepared query goes with it. */
function withCount(input: Parameters<PostgresSearchService["searchKeyword"]>[0], count: "none") {
  const query = { ...input.input, search_options: { ...input.input.search_options, count } }
  const prepared = preparedQueries.get(input.input)
  if (prepared) preparedQueries.set(query, prepared)
  return { ...input, input: query }
}

/** A vocabulary word close to a query word, with its tsquery text. */
type Similar = { query: string; word: string; tsquery: string }

/**
 * For each query word the vocabulary lacks: the tsqueries of the vocabulary's words within its
 * allowed typos (trigram neighbours, checked by edit distance), closest first, at most TYPO_CANDIDATES.
 */
function closestCorrections(candidates: string[], similar: Similar[]): Map<string, string[]> {
  const found = new Map<string, string[]>()
  for (const word of candidates) {
    const neighbours = similar.filter((row) => row.query === word)
    if (neighbours.some((row) => row.word === word)) continue
    const close = neighbours
      .map((row) => ({ row, distance: typoDistance(word, row.word) }))
      .filter(({ row, distance }) => distance <= allowedTypos(word) && row.tsquery)
      .sort((a, b) => a.distance - b.distance || a.row.word.localeCompare(b.row.word))
      .slice(0, TYPO_CANDIDATES)
      .map(({ row }) => row.tsquery)
    if (close.length) found.set(word, close)
  }
  return found
}

/** The table of an index's words, beside its document table. */
function vocabularyTable(table: string) {
  return `${table}_words`
}
