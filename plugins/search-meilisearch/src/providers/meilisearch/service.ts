import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import { MeilisearchClient, type MeilisearchTask } from "./client"
import {
  facetResults,
  filterExpression,
  indexSettings,
  leafFields,
  paging,
  planFacets,
  rangeFilter,
  sortExpression,
  toMeilisearchDocument,
} from "./translate"

export type MeilisearchProviderOptions = {
  /** e.g. http://127.0.0.1:7700 */
  host: string
  /** A key allowed to manage indexes and documents (the master key, or an admin key). */
  api_key?: string
  /** Put before every index uid, so several shops can share one Meilisearch. */
  index_prefix?: string
}

type MeilisearchHit = Record<string, unknown> & { _rankingScore?: number }
type MeilisearchAnswer = {
  hits: MeilisearchHit[]
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
  processingTimeMs: number
  query: string
}

/**
 * Medusa's Search Module on Meilisearch: index definitions become index settings, documents
 * are written as Meilisearch tasks, and searches (filters, sort, facets, paging) are
 * translated in ./translate.ts. Registered only when MEILISEARCH_HOST is set
 * (backend/medusa-config.ts); otherwise PostgreSQL answers.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected readonly client: MeilisearchClient
  protected readonly prefix: string
  protected readonly logger: Logger
  /** Definitions by physical index name, learnt from `upsertIndex` (searches bring their own). */
  protected readonly definitions = new Map<string, SearchTypes.ResolvedSearchIndexDefinition>()

  static validateOptions(options: Record<string, unknown>) {
    if (!options?.host || typeof options.host !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Meilisearch search provider needs a `host` option (MEILISEARCH_HOST)")
    }
  }

  constructor({ logger }: { logger: Logger }, options: MeilisearchProviderOptions) {
    super()
    this.logger = logger
    this.client = new MeilisearchClient(options.host, options.api_key)
    this.prefix = options.index_prefix ?? ""
  }

  protected uid(index: string) {
    return `${this.prefix}${index}`
  }

  protected task(task: MeilisearchTask): SearchTypes.SearchTask {
    return {
      id: String(task.taskUid),
      index: task.indexUid ?? undefined,
      status: task.status === "canceled" ? "failed" : task.status,
      ...(task.error ? { error: { message: task.error.message, code: task.error.code } } : {}),
    }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const settings = indexSettings(index)
    this.definitions.set(index.physical_name, index)
    const uid = this.uid(index.physical_name)
    const created = await this.client
      .request<MeilisearchTask>("POST", "/indexes", { uid, primaryKey: index.primary_key })
      .then((task) => this.client.waitForTask(task.taskUid))
    // "index_already_exists" is fine: the settings below bring it up to date.
    if (created.status === "failed" && created.error?.code !== "index_already_exists") return this.task(created)
    const updated = await this.client.request<MeilisearchTask>("PATCH", `/indexes/${uid}/settings`, settings)
    return this.task(await this.client.waitForTask(updated.taskUid))
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    this.definitions.delete(index)
    const task = await this.client.request<MeilisearchTask>("DELETE", `/indexes/${this.uid(index)}`).catch((error) => {
      if (error.type === MedusaError.Types.NOT_FOUND) return { taskUid: -1, status: "succeeded" } as MeilisearchTask
      throw error
    })
    return this.task(task)
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const { results } = await this.client.request<{ results: { uid: string; createdAt: string; updatedAt: string }[] }>(
      "GET",
      "/indexes?limit=1000"
    )
    const ours = results.filter((index) => index.uid.startsWith(this.prefix))
    return Promise.all(
      ours.map(async (index) => {
        const stats = await this.client.request<{ numberOfDocuments: number }>("GET", `/indexes/${index.uid}/stats`)
        return {
          name: index.uid.slice(this.prefix.length),
          provider: MeilisearchSearchService.identifier,
          document_count: stats.numberOfDocuments,
          created_at: new Date(index.createdAt),
          updated_at: new Date(index.updatedAt),
        }
      })
    )
  }

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
    const task = await this.client.request<MeilisearchTask>(
      "POST",
      `/indexes/${this.uid(index)}/documents?primaryKey=${encodeURIComponent(definition.primary_key)}`,
      documents.map((document) => toMeilisearchDocument(document, definition))
    )
    return this.task(await this.client.waitForTask(task.taskUid))
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const definition = this.definitions.get(index)
    const primaryKey = definition?.primary_key ?? "id"
    const ids = filters[primaryKey]
    const onlyIds = Object.keys(filters).length === 1 && (typeof ids === "string" || Array.isArray(ids))
    // By id needs no filterable attribute; anything else is a filter Meilisearch evaluates.
    const task = onlyIds
      ? await this.client.request<MeilisearchTask>("POST", `/indexes/${this.uid(index)}/documents/delete-batch`, [ids].flat())
      : await this.client.request<MeilisearchTask>("POST", `/indexes/${this.uid(index)}/documents/delete`, {
          filter: filterExpression(filters, definition ?? { name: index, fields: {}, primary_key: primaryKey, settings: {} }),
        })
    return this.task(await this.client.waitForTask(task.taskUid))
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const task = await this.client.request<MeilisearchTask>("DELETE", `/indexes/${this.uid(index)}/documents`)
    return this.task(await this.client.waitForTask(task.taskUid))
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (!task.id || task.status === "succeeded" || task.status === "failed") return task
    return this.task(await this.client.waitForTask(Number(task.id), options?.timeout_ms))
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** One multi-search round trip for all queries and their range-facet counts. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const prepared = inputs.map((input) => this.prepare(input))
    const queries = prepared.flatMap((p) => [p.query, ...p.rangeQueries])
    const { results } = await this.client.request<{ results: MeilisearchAnswer[] }>("POST", "/multi-search", { queries })
    let cursor = 0
    return prepared.map((p) => {
      const answer = results[cursor]
      const rangeCounts = results.slice(cursor + 1, cursor + 1 + p.rangeQueries.length).map((r) => r.totalHits ?? r.estimatedTotalHits ?? 0)
      cursor += 1 + p.rangeQueries.length
      const total = answer.totalHits ?? answer.estimatedTotalHits ?? answer.hits.length
      return {
        hits: answer.hits.map(({ _rankingScore, ...document }) => ({
          id: String(document[p.primaryKey]),
          ...(p.includeScore && _rankingScore !== undefined ? { score: _rankingScore } : {}),
          document: p.retrieve ? Object.fromEntries(Object.entries(document).filter(([key]) => p.retrieve!.has(key))) : document,
        })),
        facets: facetResults(p.facets, answer.facetDistribution, answer.facetStats, rangeCounts, total),
        metadata: {
          skip: p.skip,
          take: p.take,
          count: p.count === "none" ? null : total,
          query: answer.query,
          processing_time_ms: answer.processingTimeMs,
        },
      }
    })
  }

  protected prepare(input: SearchTypes.ProviderSearchQuery) {
    const definition = input.index
    const options = input.search_options ?? {}
    if (options.vector) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Meilisearch provider: vector search is not configured")
    if (options.highlight) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Meilisearch provider: highlighting is not supported yet")
    if (input.pagination?.cursor !== undefined) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Meilisearch provider: cursor pagination is not supported")
    }
    const indexUid = this.uid(definition.physical_name)
    const filter = filterExpression(input.filters, definition)
    const facets = planFacets(options.facets, definition)
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const count = options.count ?? "estimated"
    const leaves = leafFields(definition.fields)
    const query = {
      indexUid,
      q: input.q ?? "",
      ...paging(skip, take, count),
      ...(filter ? { filter } : {}),
      ...(sortExpression(input.pagination?.order) ? { sort: sortExpression(input.pagination?.order) } : {}),
      ...(facets.facets.length ? { facets: facets.facets } : {}),
      ...(input.attributes_to_retrieve?.length
        ? { attributesToRetrieve: [...new Set([definition.primary_key, ...input.attributes_to_retrieve])] }
        : {}),
      ...(options.attributes_to_search_on?.length ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
      ...(options.match_strategy ? { matchingStrategy: options.match_strategy === "any" ? "frequency" : options.match_strategy } : {}),
      ...(options.include_score || options.min_score !== undefined ? { showRankingScore: true } : {}),
      ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
      ...(options.distinct ? { distinct: options.distinct } : {}),
      ...(options.locales?.length ? { locales: options.locales } : {}),
    }
    // Counted, not listed: page mode with no hits per page answers with the exact total.
    const rangeQueries = facets.ranges.map((range) => ({
      indexUid,
      q: input.q ?? "",
      page: 1,
      hitsPerPage: 0,
      filter: filter ? `${filter} AND ${rangeFilter(range, leaves.get(range.field))}` : rangeFilter(range, leaves.get(range.field)),
    }))
    return {
      query,
      rangeQueries,
      facets,
      skip,
      take,
      count,
      primaryKey: definition.primary_key,
      includeScore: !!options.include_score,
      retrieve: input.attributes_to_retrieve?.length ? new Set(input.attributes_to_retrieve) : undefined,
    }
  }
}
