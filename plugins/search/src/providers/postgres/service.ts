import type { SearchTypes } from "@medusajs/framework/types"
import { readDocumentPath } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { tableNameForIndex } from "@medusajs/search-postgres/dist/utils"
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

/** At most this many corrections per misspelt word. */
const TYPO_CANDIDATES = 3
const VOCABULARY_CHUNK = 1_000

/**
 * Medusa's PostgreSQL search provider, taught German food words. Everything else — tables,
 * filters, facets, sorting, counting, paging — is Medusa's, unchanged.
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
 * found only through a synonym or correction.
 */
export class GermanPostgresSearchService extends PostgresSearchService {
  static identifier = "search-postgres-german"

  protected readonly synonyms_: SynonymSource

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
      // The document table's name follows from the index's name, as Medusa's provider derives it.
      preparedQueries.set(input, await this.prepareQuery(q, input, tableNameForIndex(input.index.physical_name)))
    }
    return super.search(input)
  }

  /** The tsquery texts of a query: one round trip for typo candidates, one to build them. */
  protected async prepareQuery(q: string, input: SearchTypes.ProviderSearchQuery, table: string): Promise<PreparedQuery> {
    const options = input.search_options ?? {}
    const words = queryWords(q)
    const prefixLast = options.match_strategy === "last"
    const typos = !!options.typo_tolerance && (input.index.settings.typo_tolerance?.enabled ?? true)
    const groups = await this.synonyms_.groups()
    // The last word of a type-ahead query may be a beginning ("Bratw") or a finished word with
    // a typo ("Bratwrst"): it is matched as a prefix and, where typos are allowed, corrected.
    const corrections = typos ? await this.corrections(words, table) : new Map()

    // Each word: its exact tsquery and the OR of all its forms, built by PostgreSQL itself so
    // stemming and stop words are the text search configuration's.
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
      for (const correction of corrections.get(word) ?? []) forms.push(plain(correction))
      column([exact])
      column(forms)
    })
    if (!columns.length) return { match: "", words: [] }
    const [row] = await this.manager_.execute(`SELECT ARRAY[${columns.join(", ")}] AS queries`, params)
    const texts: string[] = row.queries
    const prepared: PreparedQuery["words"] = []
    for (let i = 0; i < texts.length; i += 2) {
      // A stop word ("im", "und") has no query of its own and does not narrow the search.
      if (texts[i + 1]) prepared.push({ exact: texts[i] || texts[i + 1], any: texts[i + 1] })
    }
    return { match: prepared.map((word) => `(${word.any})`).join(" & "), words: prepared }
  }

  /** For each word the vocabulary lacks: the vocabulary's words within its allowed typos, closest first. */
  protected async corrections(words: string[], table: string): Promise<Map<string, string[]>> {
    const candidates = [...new Set(words.filter((word) => allowedTypos(word) > 0))]
    const found = new Map<string, string[]>()
    if (!candidates.length) return found
    let rows: { query: string; word: string }[]
    try {
      rows = await this.manager_.execute(
        `SELECT q."word" AS "query", v."word" AS "word"
           FROM unnest(ARRAY[${candidates.map(() => "?").join(", ")}]::text[]) AS q("word")
           JOIN "${vocabularyTable(table)}" v ON v."word" % q."word"`,
        candidates
      )
    } catch (error) {
      // An index written before its vocabulary table existed searches without corrections
      // until it is rebuilt, rather than failing the shopper's search.
      this.logger_?.warn(`[search] no typo corrections for ${table}: ${(error as Error).message}`)
      return found
    }
    for (const word of candidates) {
      const similar = rows.filter((row) => row.query === word).map((row) => row.word as string)
      if (similar.includes(word)) continue
      const close = similar
        .map((candidate) => ({ candidate, distance: typoDistance(word, candidate) }))
        .filter(({ distance }) => distance <= allowedTypos(word))
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, TYPO_CANDIDATES)
        .map(({ candidate }) => candidate)
      if (close.length) found.set(word, close)
    }
    return found
  }

  protected override keywordFragments(input: Parameters<PostgresSearchService["keywordFragments"]>[0]) {
    const prepared = preparedQueries.get(input.query)
    const searchOn = input.query.search_options?.attributes_to_search_on
    // A search narrowed to some fields builds its text vector on the fly: Medusa's own way.
    if (!prepared || (searchOn && searchOn.length < input.catalog.plan.searchable.length)) {
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
      // Weight-restricted queries ('bier':A) test where a word was found without building
      // filtered vectors per row: at 100k documents ranking a common word's matches is most of
      // the search's time (bench/results/search.json).
      const tiers = prepared.words.map(({ exact, any }) => {
        params.push(withWeights(exact, "A"), withWeights(exact, "AB"), withWeights(exact, "ABC"), exact, withWeights(any, "AB"))
        return `CASE WHEN ${vector} @@ ?::tsquery THEN 8
                     WHEN ${vector} @@ ?::tsquery THEN 4
                     WHEN ${vector} @@ ?::tsquery THEN 3
                     WHEN ${vector} @@ ?::tsquery THEN 2
                     WHEN ${vector} @@ ?::tsquery THEN 1.5
                     ELSE 1 END`
      })
      return `(${tiers.join(" + ")})::float4`
    }
    return { q: input.query.q?.trim(), needsBm25Limit: false, rankSql, matchSql }
  }
}

/**
 * A tsquery text restricted to lexemes of the given weights: `'rauch' & 'bier':*` with "AB"
 * becomes `'rauch':AB & 'bier':*AB`. (PostgreSQL prints lexemes quoted, quotes doubled.)
 */
export function withWeights(tsquery: string, weights: string): string {
  return tsquery.replace(/'((?:[^']|'')*)'(:\*)?/g, (_match, lexeme: string, prefix?: string) => `'${lexeme}':${prefix ? "*" : ""}${weights}`)
}

/** The table of an index's words, beside its document table. */
function vocabularyTable(table: string) {
  return `${table}_words`
}
