import { SYNONYM_REFRESH_MS, SynonymSource, type SqlManager } from "@genussnetz/search/synonyms"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, extractPrimaryKeyFilter, MedusaError } from "@medusajs/framework/utils"
// The client is an ES module; this package is CommonJS, so it is loaded with import() (see
// `client()`) and only its types are imported here.
import type {
  EnqueuedTaskPromise,
  Meilisearch,
  MultiSearchQuery,
  SearchParams,
  SearchResponse,
  Task,
} from "meilisearch" with { "resolution-mode": "import" }
import { foldedQuery, synonymsSetting } from "./german"
import {
  attributesToSearchOn,
  facetResults,
  filterExpression,
  indexSettings,
  leafFields,
  paging,
  planFacets,
  publicDocument,
  rangeFilter,
  sortExpression,
  toMeilisearchDocument,
  type FacetPlan,
} from "./translate"

export type MeilisearchProviderOptions = {
  /** e.g. http://127.0.0.1:7700 */
  host: string
  /** A key allowed to manage indexes and documents (the master key, or an admin key). */
  api_key?: string
  /** Put before every index uid, so several shops can share one Meilisearch. */
  index_prefix?: string
  /** How long one request may take, in milliseconds (default 10 s). */
  timeout_ms?: number
  /** How long a write may take to be applied, in milliseconds (default 60 s). */
  task_timeout_ms?: number
}

/** What the Search Module's container gives a provider; `manager` is its database connection. */
type Cradle = { logger?: Logger; manager?: SqlManager }

const silent = { info() {}, warn() {}, error() {}, debug() {} } as unknown as Logger

/** A registration the container lacks throws when read; here it is simply absent. */
function optional<T>(read: () => T): T | undefined {
  try {
    return read()
  } catch {
    return undefined
  }
}

/** One query as sent, and what is needed to turn its answer into Medusa's result. */
type Prepared = {
  definition: SearchTypes.ResolvedSearchIndexDefinition
  indexUid: string
  /** Null when the query has no word that could match ("!!"): answered without Meilisearch. */
  query: (MultiSearchQuery & { q?: string }) | null
  /** Range buckets, each counted by a query of its own (page mode with no hits). */
  rangeQueries: MultiSearchQuery[]
  facets: FacetPlan
  skip: number
  take: number
  drop: number
  count: SearchTypes.SearchCountStrategy
  includeScore: boolean
  retrieve?: string[]
}

/**
 * Medusa's Search Module on Meilisearch, through Meilisearch's official JS client
 * (`meilisearch` on npm; Meilisearch v1.10 or later). Index definitions become index settings,
 * documents are written as Meilisearch tasks the provider waits for, searches (filters, sort,
 * facets, paging) are translated in ./translate.ts, and German food words are handled as by
 * the PostgreSQL provider (./german.ts): hidden attributes with folded spellings and compound
 * parts, folded queries, and the association's synonym list as Meilisearch synonyms.
 * Registered only when MEILISEARCH_HOST is set (backend/medusa-config.ts); otherwise
 * PostgreSQL answers.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected readonly options: MeilisearchProviderOptions
  protected readonly prefix: string
  protected readonly logger: Logger
  /** The association's synonym list (table `synonym_group`); absent without a database (unit tests). */
  protected readonly synonyms?: SynonymSource
  /** Definitions by physical index name, learnt from `upsertIndex` (searches bring their own). */
  protected readonly definitions = new Map<string, SearchTypes.ResolvedSearchIndexDefinition>()
  /** Per index uid: the synonym list version last written, when it was last compared, a write under way. */
  protected readonly synonymState = new Map<string, { written?: string; checkedAt: number; writing?: Promise<void> }>()
  private client_?: Promise<Meilisearch>

  static validateOptions(options: Record<string, unknown>) {
    if (!options?.host || typeof options.host !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Meilisearch search provider needs a `host` option (MEILISEARCH_HOST)")
    }
  }

  constructor(cradle: Cradle, options: MeilisearchProviderOptions) {
    super()
    this.options = options
    this.prefix = options.index_prefix ?? ""
    this.logger = optional(() => cradle.logger) ?? silent
    const manager = optional(() => cradle.manager)
    if (manager) {
      this.synonyms = new SynonymSource(manager, (error) =>
        this.logger.warn(`[search] synonym list unreadable, Meilisearch searches without it: ${error.message}`)
      )
    }
  }

  /** The client, loaded on first use (an ES module, from this CommonJS package). */
  protected client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch }) =>
        new Meilisearch({
          host: this.options.host,
          apiKey: this.options.api_key,
          timeout: this.options.timeout_ms ?? 10_000,
          defaultWaitOptions: { timeout: this.options.task_timeout_ms ?? 60_000, interval: 50 },
        })
    )
    return this.client_
  }

  protected uid(index: string) {
    return `${this.prefix}${index}`
  }

  /** Reads the synonym list now instead of within the next second (tests, after an edit). */
  async refreshSynonyms() {
    await this.synonyms?.refresh()
  }

  // ---- errors and tasks ----------------------------------------------------------------

  /** A client error as a MedusaError of the right type, naming what was being done. */
  protected failure(error: unknown, what: string): MedusaError {
    if (error instanceof MedusaError) return error
    const e = error as { name?: string; message?: string; cause?: any; response?: { status?: number } }
    switch (e?.name) {
      case "MeilisearchApiError": {
        const code: string = e.cause?.code ?? ""
        // Meilisearch names a bad filter or sort "invalid_search_…": that is the caller's input.
        const type =
          e.response?.status === 404 || code.endsWith("_not_found")
            ? MedusaError.Types.NOT_FOUND
            : code.startsWith("invalid_")
              ? MedusaError.Types.INVALID_DATA
              : MedusaError.Types.UNEXPECTED_STATE
        return new MedusaError(type, `Meilisearch: ${what}: ${e.cause?.message ?? e.message}${code ? ` (${code})` : ""}`)
      }
      case "MeilisearchTaskTimeOutError":
        return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch: ${what} was not applied in time (${e.message})`)
      case "MeilisearchRequestError":
      case "MeilisearchRequestTimeOutError":
        return new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Meilisearch at ${this.options.host} is unreachable (${what}): ${e.cause?.message ?? e.message}`
        )
      default:
        return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch: ${what}: ${e?.message ?? String(error)}`)
    }
  }

  /**
   * Sends a write and waits until Meilisearch has applied it. A task that failed or was
   * canceled is an error that says which write, which task and what Meilisearch reported —
   * unless its error code is one the caller expects (an index that already exists).
   */
  protected async settle(write: () => EnqueuedTaskPromise, what: string, expected: string[] = []): Promise<Task> {
    let task: Task
    try {
      task = await write().waitTask()
    } catch (error) {
      throw this.failure(error, what)
    }
    if (task.status === "succeeded" || (task.error && expected.includes(task.error.code))) return task
    const reason = task.error ? `${task.error.message} (${task.error.code})` : task.status
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch: ${what} failed in task ${task.uid}: ${reason}`)
  }

  protected task(task: Pick<Task, "uid" | "indexUid" | "status" | "error">): SearchTypes.SearchTask {
    return {
      id: String(task.uid),
      index: task.indexUid ?? undefined,
      status: task.status === "canceled" ? "failed" : task.status,
      ...(task.error ? { error: { message: task.error.message, code: task.error.code } } : {}),
    }
  }

  // ---- indexes -------------------------------------------------------------------------

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const uid = this.uid(index.physical_name)
    const synonyms = await this.currentSynonyms()
    const settings = indexSettings(index, synonyms?.setting)
    this.definitions.set(index.physical_name, index)
    const client = await this.client()
    // "index_already_exists" is fine: the settings below bring it up to date.
    await this.settle(() => client.createIndex(uid, { primaryKey: index.primary_key }), `creating index "${uid}"`, ["index_already_exists"])
    const task = await this.settle(() => client.index(uid).updateSettings(settings), `updating the settings of "${uid}"`)
    if (synonyms) this.synonymState.set(uid, { written: synonyms.version, checkedAt: Date.now() })
    return this.task(task)
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    this.definitions.delete(index)
    const uid = this.uid(index)
    this.synonymState.delete(uid)
    const client = await this.client()
    return this.task(await this.settle(() => client.deleteIndex(uid), `deleting index "${uid}"`, ["index_not_found"]))
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const client = await this.client()
    try {
      const ours: { uid: string; createdAt: string; updatedAt: string }[] = []
      for (let offset = 0; ; offset += 100) {
        const page = await client.getRawIndexes({ offset, limit: 100 })
        ours.push(...page.results.filter((index) => index.uid.startsWith(this.prefix)))
        if (offset + page.results.length >= page.total || !page.results.length) break
      }
      return await Promise.all(
        ours.map(async (index) => ({
          name: index.uid.slice(this.prefix.length),
          provider: MeilisearchSearchService.identifier,
          document_count: (await client.index(index.uid).getStats()).numberOfDocuments,
          created_at: new Date(index.createdAt),
          updated_at: new Date(index.updatedAt),
        }))
      )
    } catch (error) {
      throw this.failure(error, "listing indexes")
    }
  }

  // ---- documents -----------------------------------------------------------------------

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    this.definitions.set(index, definition)
    if (!documents.length) return { index, status: "succeeded" }
    const uid = this.uid(index)
    const client = await this.client()
    const body = documents.map((document) => toMeilisearchDocument(document, definition))
    return this.task(
      await this.settle(
        () => client.index(uid).addDocuments(body, { primaryKey: definition.primary_key }),
        `writing ${documents.length} document(s) to "${uid}"`
      )
    )
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const definition = this.definitions.get(index)
    const primaryKey = definition?.primary_key ?? "id"
    const uid = this.uid(index)
    const client = await this.client()
    // By id needs no filterable attribute; anything else is a filter Meilisearch evaluates
    // (delete by filter: Meilisearch v1.2 and later).
    const ids = extractPrimaryKeyFilter(filters, { primary_key: primaryKey })
    if (ids) {
      if (!ids.length) return { index, status: "succeeded" }
      return this.task(await this.settle(() => client.index(uid).deleteDocuments(ids), `deleting ${ids.length} document(s) from "${uid}"`))
    }
    const filter = definition
      ? filterExpression(filters, definition)
      : filterExpression(filters, { name: index, fields: {}, primary_key: primaryKey, settings: {} }, { lenient: true })
    // A delete that selects nothing in particular is refused rather than read as "everything".
    if (!filter) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Meilisearch provider: deleting from "${uid}" needs a filter`)
    return this.task(await this.settle(() => client.index(uid).deleteDocuments({ filter }), `deleting documents from "${uid}" by filter`))
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const uid = this.uid(index)
    const client = await this.client()
    return this.task(await this.settle(() => client.index(uid).deleteAllDocuments(), `clearing "${uid}"`))
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (!task.id || task.status === "succeeded" || task.status === "failed") return task
    const client = await this.client()
    try {
      return this.task(await client.tasks.waitForTask(Number(task.id), options?.timeout_ms ? { timeout: options.timeout_ms } : undefined))
    } catch (error) {
      throw this.failure(error, `waiting for task ${task.id}`)
    }
  }

  // ---- synonyms ------------------------------------------------------------------------

  /** The association's list as Meilisearch's setting, read now; undefined without a database. */
  protected async currentSynonyms(): Promise<{ version: string; setting: Record<string, string[]> } | undefined> {
    if (!this.synonyms) return undefined
    await this.synonyms.refresh()
    return { version: await this.synonyms.version(), setting: synonymsSetting(await this.synonyms.groups()) }
  }

  /**
   * Brings an index's synonyms up to the association's list before it is searched: at most
   * once a second per index (the list itself is re-read at most once a second), and only when
   * the list changed since it was last written. The first time in this process the index's
   * current synonyms are read instead of written blindly (the migration that wrote them may
   * have run elsewhere) — which also never creates a missing index, as a settings write
   * would. A write that fails is logged; the search goes on with the synonyms Meilisearch has.
   */
  protected async syncSynonyms(uid: string): Promise<void> {
    if (!this.synonyms) return
    const state = this.synonymState.get(uid) ?? { checkedAt: 0 }
    this.synonymState.set(uid, state)
    if (state.writing) return state.writing
    if (Date.now() - state.checkedAt < SYNONYM_REFRESH_MS) return
    state.checkedAt = Date.now()
    const version = await this.synonyms.version()
    if (version === state.written) return
    state.writing = (async () => {
      try {
        const setting = synonymsSetting(await this.synonyms!.groups())
        const client = await this.client()
        if (state.written === undefined) {
          const current = await client
            .index(uid)
            .getSynonyms()
            .catch((error) => {
              throw this.failure(error, `reading the synonyms of "${uid}"`)
            })
          if (sameSynonyms(current, setting)) {
            state.written = version
            return
          }
        }
        await this.settle(() => client.index(uid).updateSynonyms(setting), `updating the synonyms of "${uid}"`)
        state.written = version
      } catch (error) {
        // A missing index is the search's to report (the module re-resolves its version).
        if (!(error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND)) {
          this.logger.warn(`[search] ${(error as Error).message}`)
        }
      } finally {
        state.writing = undefined
      }
    })()
    return state.writing
  }

  // ---- searching -----------------------------------------------------------------------

  /** One query: Meilisearch's search route, or multi-search when range facets add counting queries. */
  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const prepared = this.prepare(input)
    if (!prepared.query || prepared.rangeQueries.length) return (await this.run([prepared]))[0]
    await this.syncSynonyms(prepared.indexUid)
    const { indexUid, ...params } = prepared.query
    const client = await this.client()
    const answer = await client
      .index(indexUid)
      .search(params.q, params as SearchParams)
      .catch((error) => {
        throw this.failure(error, `searching "${indexUid}"`)
      })
    return this.result(prepared, answer, [])
  }

  /** All queries, and their range-facet counts, in one multi-search request (Meilisearch v1.1 and later). */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    return this.run(inputs.map((input) => this.prepare(input)))
  }

  protected async run(prepared: Prepared[]): Promise<SearchTypes.SearchResult[]> {
    const asked = prepared.filter((p) => p.query)
    await Promise.all([...new Set(asked.map((p) => p.indexUid))].map((uid) => this.syncSynonyms(uid)))
    const queries = asked.flatMap((p) => [p.query!, ...p.rangeQueries])
    let results: SearchResponse[] = []
    if (queries.length) {
      const client = await this.client()
      results = (
        await client.multiSearch({ queries }).catch((error) => {
          throw this.failure(error, `searching ${[...new Set(queries.map((q) => `"${q.indexUid}"`))].join(", ")}`)
        })
      ).results
    }
    let cursor = 0
    return prepared.map((p) => {
      if (!p.query) return this.result(p, { hits: [], query: "", processingTimeMs: 0, totalHits: 0, estimatedTotalHits: 0 }, [])
      const answer = results[cursor]
      const ranges = results.slice(cursor + 1, cursor + 1 + p.rangeQueries.length)
      cursor += 1 + p.rangeQueries.length
      return this.result(p, answer, ranges.map(total))
    })
  }

  protected result(p: Prepared, answer: SearchResponse, rangeCounts: number[]): SearchTypes.SearchResult {
    const count = total(answer)
    const primaryKey = p.definition.primary_key
    return {
      hits: answer.hits.slice(p.drop).map((hit) => ({
        id: String(hit[primaryKey]),
        ...(p.includeScore && typeof hit._rankingScore === "number" ? { score: hit._rankingScore } : {}),
        document: publicDocument(hit, p.definition, p.retrieve),
      })),
      facets: facetResults(p.facets, answer.facetDistribution, answer.facetStats, rangeCounts, count),
      metadata: {
        skip: p.skip,
        take: p.take,
        count: p.count === "none" ? null : count,
        query: answer.query,
        processing_time_ms: answer.processingTimeMs,
      },
    }
  }

  protected prepare(input: SearchTypes.ProviderSearchQuery): Prepared {
    const definition = input.index
    const options = input.search_options ?? {}
    if (options.vector) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Meilisearch provider: vector search is not configured")
    if (options.highlight) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Meilisearch provider: highlighting is not supported yet")
    if (input.pagination?.cursor !== undefined) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Meilisearch provider: cursor pagination is not supported")
    }
    const indexUid = this.uid(definition.physical_name)
    const filter = filterExpression(input.filters, definition)
    const sort = sortExpression(input.pagination?.order)
    const facets = planFacets(options.facets, definition)
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const count = options.count ?? "estimated"
    const page = paging(skip, take, count)
    const leaves = leafFields(definition.fields)
    const q = foldedQuery(input.q, { strategy: options.match_strategy, typos: options.typo_tolerance })
    const base = {
      retrieve: input.attributes_to_retrieve?.length ? input.attributes_to_retrieve : undefined,
      definition,
      indexUid,
      facets,
      skip,
      take,
      drop: page.drop,
      count,
      includeScore: !!options.include_score,
    }
    if (q === null) return { ...base, query: null, rangeQueries: [] }

    // What decides whether a document matches: the same for the page and its range counts.
    const matching = {
      indexUid,
      ...(q !== undefined ? { q } : {}),
      // Medusa's "last" is typeahead (every word, the last a prefix: see foldedQuery), which is
      // Meilisearch's "all"; Meilisearch's own "last" would drop words. "frequency" needs v1.9.
      matchingStrategy: options.match_strategy === "any" ? ("frequency" as const) : ("all" as const),
      ...(options.attributes_to_search_on?.length
        ? { attributesToSearchOn: attributesToSearchOn(options.attributes_to_search_on, definition) }
        : {}),
      // Search-time `locales` and `distinct` since v1.10 and v1.9; `rankingScoreThreshold` since v1.9.
      ...(options.locales?.length ? { locales: options.locales } : {}),
      ...(options.distinct ? { distinct: options.distinct } : {}),
      ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
    }
    const query = {
      ...matching,
      ...page.params,
      ...(filter ? { filter } : {}),
      ...(sort ? { sort } : {}),
      ...(facets.facets.length ? { facets: facets.facets } : {}),
      ...(base.retrieve ? { attributesToRetrieve: [...new Set([definition.primary_key, ...base.retrieve])] } : {}),
      // `_rankingScore` on hits since v1.3.
      ...(options.include_score ? { showRankingScore: true } : {}),
    }
    const rangeQueries = facets.ranges.map((range) => {
      const bucket = rangeFilter(range, leaves.get(range.field))
      return { ...matching, page: 1, hitsPerPage: 0, filter: filter ? `${filter} AND ${bucket}` : bucket }
    })
    return { ...base, query, rangeQueries }
  }
}

/** Whether two synonym settings say the same, whatever the order of keys and values. */
function sameSynonyms(a: Record<string, string[]> | null | undefined, b: Record<string, string[]>): boolean {
  const keys = Object.keys(a ?? {})
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => {
    const values = new Set(a![key])
    return b[key]?.length === values.size && b[key].every((value) => values.has(value))
  })
}

/** The number of matches an answer reports: exact in page mode, estimated otherwise. */
function total(answer: SearchResponse): number {
  return answer.totalHits ?? answer.estimatedTotalHits ?? answer.hits.length
}
