import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { MedusaError, search } from "@medusajs/framework/utils"
import { z } from "zod"
import { MeilisearchSearchService } from "../service"

/**
 * What the provider sends Meilisearch, through the real `meilisearch` client, checked request
 * by request against schemas written from Meilisearch's documented request shapes. No
 * Meilisearch runs here (CI machines cannot have one): a local HTTP server answers the way
 * Meilisearch does — writes enqueue a task, `GET /tasks/:uid` reports it processing, then
 * done — and records every request. ./meilisearch.live.spec.ts runs against the real thing.
 */

// ---- Meilisearch's request shapes (https://www.meilisearch.com/docs/reference/api) ---------

const indexUid = z.string().regex(/^[A-Za-z0-9_-]{1,400}$/)
const attributes = z.array(z.string().min(1))
const nonNegative = z.number().int().min(0)

/** Ranking rules: the built-in ones, or a custom `attribute:asc|desc`. */
const rankingRule = z.union([
  z.enum(["words", "typo", "proximity", "attribute", "sort", "exactness"]),
  z.string().regex(/^[A-Za-z0-9_.]+:(asc|desc)$/),
])

/** `synonyms`: each word or phrase maps to the list of its synonyms. */
const synonyms = z.record(z.string().min(1), z.array(z.string().min(1)).min(1))

/** `typoTolerance`, with `minWordSizeForTypos` (oneTypo may not exceed twoTypos). */
const typoTolerance = z
  .object({
    enabled: z.boolean(),
    minWordSizeForTypos: z
      .object({ oneTypo: nonNegative.max(255), twoTypos: nonNegative.max(255) })
      .strict()
      .refine((sizes) => sizes.oneTypo <= sizes.twoTypos, "oneTypo must not exceed twoTypos"),
    disableOnAttributes: attributes,
    disableOnWords: z.array(z.string()).optional(),
    disableOnNumbers: z.boolean().optional(),
  })
  .strict()

/** `PATCH /indexes/{uid}/settings`: only documented settings, each of its documented type. */
const settings = z
  .object({
    searchableAttributes: attributes.min(1),
    displayedAttributes: attributes.min(1),
    filterableAttributes: attributes,
    sortableAttributes: attributes,
    rankingRules: z.array(rankingRule).min(1),
    distinctAttribute: z.string().nullable(),
    synonyms: synonyms.optional(),
    typoTolerance,
    localizedAttributes: z.array(
      z.object({ attributePatterns: attributes.min(1), locales: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1) }).strict()
    ),
  })
  .strict()

/** `POST /indexes`. */
const createIndex = z.object({ uid: indexUid, primaryKey: z.string().min(1).optional() }).strict()

/** A document: an id of letters, digits, `-` and `_`; `_geo` a point; the hidden German attributes word lists. */
const document = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,511}$/),
    _geo: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict().optional(),
  })
  .catchall(z.unknown())
  .superRefine((doc, ctx) => {
    for (const [key, value] of Object.entries(doc)) {
      if (!key.startsWith("_") || key === "_geo") continue
      if (!/^_german_t\d+_(words|heads|modifiers)$/.test(key)) ctx.addIssue({ code: "custom", message: `reserved-looking attribute ${key}` })
      else if (!Array.isArray(value) || !value.length || value.some((word) => typeof word !== "string" || !word)) {
        ctx.addIssue({ code: "custom", message: `${key} must be a non-empty list of words` })
      }
    }
  })

const filter = z.union([z.string().min(1), z.array(z.union([z.string(), z.array(z.string())]))])

/** Search parameters, as `POST /indexes/{uid}/search` and each multi-search query take them. */
const searchShape = {
  q: z.string().optional(),
  offset: nonNegative.optional(),
  limit: nonNegative.optional(),
  page: z.number().int().min(1).optional(),
  hitsPerPage: nonNegative.optional(),
  filter: filter.optional(),
  sort: z.array(z.string().regex(/^[A-Za-z0-9_.]+:(asc|desc)$/)).min(1).optional(),
  facets: attributes.min(1).optional(),
  attributesToRetrieve: attributes.min(1).optional(),
  attributesToSearchOn: attributes.min(1).optional(),
  matchingStrategy: z.enum(["last", "all", "frequency"]).optional(),
  showRankingScore: z.boolean().optional(),
  rankingScoreThreshold: z.number().min(0).max(1).optional(),
  distinct: z.string().optional(),
  locales: z.array(z.string()).optional(),
}
const onePagingMode = (params: { page?: number; hitsPerPage?: number; offset?: number; limit?: number }) =>
  !((params.page !== undefined || params.hitsPerPage !== undefined) && (params.offset !== undefined || params.limit !== undefined))
const searchParams = z.object(searchShape).strict().refine(onePagingMode, "page/hitsPerPage and offset/limit are two paging modes")
const multiSearch = z
  .object({
    queries: z
      .array(z.object({ indexUid, ...searchShape }).strict().refine(onePagingMode, "one paging mode per query"))
      .min(1),
  })
  .strict()

type Recorded = { method: string; path: string; query: Record<string, string>; authorization?: string; body: unknown }
type Route = {
  method: string
  path: RegExp
  body?: z.ZodType
  query?: z.ZodType
  answer: (match: RegExpMatchArray, body: any, query: Record<string, string>) => [number, unknown]
}

// ---- a server that answers like Meilisearch -----------------------------------------------

const recorded: Recorded[] = []
const problems: string[] = []
const tasks = new Map<number, { indexUid: string | null; type: string; polls: number; error?: { code: string; message: string } }>()
/** Index uids that exist already (creating one again fails with index_already_exists). */
const existing = new Set<string>()
/** Synonyms per index uid, as the settings writes left them. */
const storedSynonyms = new Map<string, Record<string, string[]>>()
/** Index uids whose document writes fail, and how. */
const failing = new Map<string, { code: string; message: string }>()
let nextTask = 0

function enqueue(indexUid: string | null, type: string, error?: { code: string; message: string }): [number, unknown] {
  const taskUid = nextTask++
  tasks.set(taskUid, { indexUid, type, polls: 0, error: error ?? (indexUid && type === "documentAdditionOrUpdate" ? failing.get(indexUid) : undefined) })
  return [202, { taskUid, indexUid, status: "enqueued", type, enqueuedAt: new Date().toISOString() }]
}

const HITS = [
  { id: "p1", title: "Rauchbier Märzen", producer_town: "Bamberg", price: 1.6, _german_t0_heads: ["bier"], _german_t0_modifiers: ["rauch"], _geo: { lat: 49.89, lng: 10.89 } },
  { id: "p2", title: "Kellerbier", producer_town: "Bamberg", price: 1.4, _german_t0_heads: ["bier"], _geo: { lat: 49.89, lng: 10.89 } },
  { id: "p3", title: "Bauernbrot", producer_town: "Hof", price: 5.3, _german_t0_heads: ["brot"] },
]

function searchAnswer(params: z.infer<typeof searchParams>) {
  const pageMode = params.page !== undefined || params.hitsPerPage !== undefined
  const size = pageMode ? params.hitsPerPage ?? 20 : params.limit ?? 20
  const start = pageMode ? ((params.page ?? 1) - 1) * size : params.offset ?? 0
  const hits = HITS.slice(start, start + size).map((hit, i) => ({ ...hit, ...(params.showRankingScore ? { _rankingScore: 0.9 - i / 10 } : {}) }))
  const facets = params.facets ?? []
  return {
    hits,
    query: params.q ?? "",
    processingTimeMs: 1,
    ...(facets.length
      ? {
          facetDistribution: Object.fromEntries(facets.map((f) => [f, f === "producer_town" ? { Bamberg: 2, Hof: 1 } : f === "price" ? { "1.4": 1, "1.6": 1, "5.3": 1 } : {}])),
          facetStats: facets.includes("price") ? { price: { min: 1.4, max: 5.3 } } : {},
        }
      : {}),
    ...(pageMode
      ? { page: params.page ?? 1, hitsPerPage: size, totalHits: HITS.length, totalPages: size ? Math.ceil(HITS.length / size) : 0 }
      : { offset: start, limit: size, estimatedTotalHits: HITS.length }),
  }
}

const notFound = (uid: string): [number, unknown] => [
  404,
  { message: `Index \`${uid}\` not found.`, code: "index_not_found", type: "invalid_request", link: "https://docs.meilisearch.com/errors#index_not_found" },
]

const UID = "([A-Za-z0-9_-]+)"
const routes: Route[] = [
  {
    method: "POST",
    path: /^\/indexes$/,
    body: createIndex,
    answer: (_, body) => {
      const error = existing.has(body.uid) ? { code: "index_already_exists", message: `Index \`${body.uid}\` already exists.` } : undefined
      existing.add(body.uid)
      return enqueue(body.uid, "indexCreation", error)
    },
  },
  {
    method: "GET",
    path: /^\/indexes$/,
    query: z.object({ offset: z.string().regex(/^\d+$/), limit: z.string().regex(/^\d+$/) }).strict(),
    answer: () => {
      const results = [...existing, "someone_else"].map((uid) => ({ uid, primaryKey: "id", createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-02T00:00:00Z" }))
      return [200, { results, offset: 0, limit: 100, total: results.length }]
    },
  },
  { method: "DELETE", path: new RegExp(`^/indexes/${UID}$`), answer: ([, uid]) => (existing.delete(uid), enqueue(uid, "indexDeletion")) },
  {
    method: "GET",
    path: new RegExp(`^/indexes/${UID}/stats$`),
    answer: () => [200, { numberOfDocuments: 3, isIndexing: false, fieldDistribution: { id: 3 } }],
  },
  {
    method: "PATCH",
    path: new RegExp(`^/indexes/${UID}/settings$`),
    body: settings,
    answer: ([, uid], body) => (body?.synonyms && storedSynonyms.set(uid, body.synonyms), enqueue(uid, "settingsUpdate")),
  },
  {
    method: "GET",
    path: new RegExp(`^/indexes/${UID}/settings/synonyms$`),
    answer: ([, uid]) => (existing.has(uid) ? [200, storedSynonyms.get(uid) ?? {}] : notFound(uid)),
  },
  {
    method: "PUT",
    path: new RegExp(`^/indexes/${UID}/settings/synonyms$`),
    body: synonyms,
    answer: ([, uid], body) => (storedSynonyms.set(uid, body), enqueue(uid, "settingsUpdate")),
  },
  {
    method: "POST",
    path: new RegExp(`^/indexes/${UID}/documents$`),
    body: z.array(document).min(1),
    query: z.object({ primaryKey: z.string().min(1) }).strict(),
    answer: ([, uid]) => enqueue(uid, "documentAdditionOrUpdate"),
  },
  {
    method: "POST",
    path: new RegExp(`^/indexes/${UID}/documents/delete-batch$`),
    body: z.array(z.union([z.string().min(1), z.number().int()])).min(1),
    answer: ([, uid]) => enqueue(uid, "documentDeletion"),
  },
  {
    method: "POST",
    path: new RegExp(`^/indexes/${UID}/documents/delete$`),
    body: z.object({ filter }).strict(),
    answer: ([, uid]) => enqueue(uid, "documentDeletion"),
  },
  { method: "DELETE", path: new RegExp(`^/indexes/${UID}/documents$`), answer: ([, uid]) => enqueue(uid, "documentDeletion") },
  {
    method: "POST",
    path: new RegExp(`^/indexes/${UID}/search$`),
    body: searchParams,
    answer: ([, uid], body) => (existing.has(uid) ? [200, searchAnswer(body)] : notFound(uid)),
  },
  {
    method: "POST",
    path: /^\/multi-search$/,
    body: multiSearch,
    answer: (_, body) => {
      const missing = body.queries.find((q: { indexUid: string }) => !existing.has(q.indexUid))
      if (missing) return notFound(missing.indexUid)
      return [200, { results: body.queries.map(({ indexUid, ...q }: any) => ({ indexUid, ...searchAnswer(q) })) }]
    },
  },
  {
    method: "GET",
    path: /^\/tasks\/(\d+)$/,
    answer: ([, uid]) => {
      const task = tasks.get(Number(uid))
      if (!task) return [404, { message: "Task not found.", code: "task_not_found", type: "invalid_request", link: "" }]
      // First poll: still processing; then its outcome.
      const done = task.polls++ > 0
      const status = !done ? "processing" : task.error ? "failed" : "succeeded"
      return [
        200,
        {
          uid: Number(uid),
          batchUid: Number(uid),
          indexUid: task.indexUid,
          status,
          type: task.type,
          canceledBy: null,
          details: {},
          error: done && task.error ? { ...task.error, type: "invalid_request", link: `https://docs.meilisearch.com/errors#${task.error.code}` } : null,
          duration: done ? "PT0.001S" : null,
          enqueuedAt: new Date().toISOString(),
          startedAt: new Date().toISOString(),
          finishedAt: done ? new Date().toISOString() : null,
        },
      ]
    },
  },
]

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString("utf8")
  return text ? JSON.parse(text) : undefined
}

function describeIssues(what: string, error: z.ZodError) {
  return error.issues.map((issue) => `${what}: ${issue.path.join(".") || "(body)"}: ${issue.message}`)
}

const server: Server = createServer(async (request, response) => {
  const url = new URL(request.url ?? "/", "http://meilisearch.test")
  const body = await readBody(request)
  const query = Object.fromEntries(url.searchParams)
  recorded.push({ method: request.method ?? "", path: url.pathname, query, authorization: request.headers.authorization, body })
  const what = `${request.method} ${url.pathname}`
  const route = routes.find((r) => r.method === request.method && r.path.test(url.pathname))
  let status = 404
  let payload: unknown = { message: `no such route ${what}`, code: "bad_request", type: "invalid_request", link: "" }
  if (!route) {
    problems.push(`${what}: not a route of Meilisearch's API this provider should use`)
  } else {
    const checkedBody = route.body ? route.body.safeParse(body) : { success: body === undefined, error: undefined }
    if (!checkedBody.success) {
      problems.push(...(checkedBody.error ? describeIssues(what, checkedBody.error) : [`${what}: expects no body`]))
    }
    const checkedQuery = (route.query ?? z.object({}).strict()).safeParse(query)
    if (!checkedQuery.success) problems.push(...describeIssues(`${what} query`, checkedQuery.error))
    ;[status, payload] = route.answer(url.pathname.match(route.path)!, body, query)
  }
  response.writeHead(status, { "content-type": "application/json" })
  response.end(JSON.stringify(payload))
})

// ---- the provider, pointed at it ----------------------------------------------------------

const fields = search
  .define({
    id: search.keyword().filterable(),
    handle: search.keyword().filterable().sortable(),
    title: search.text().searchable({ weight: 3 }).sortable(),
    title_en: search.text().searchable({ weight: 3 }),
    description: search.text().searchable(),
    category_names: search.text().array().searchable({ weight: 1.5 }),
    producer_name: search.text().searchable({ weight: 2 }),
    producer_town: search.keyword().searchable({ weight: 1.5 }).filterable().facetable(),
    producer_latitude: search.float().filterable(),
    producer_longitude: search.float().filterable(),
    price: search.float().filterable().sortable().facetable({ types: ["stats", "range"] }),
    in_stock: search.boolean().filterable(),
    created_at: search.date().filterable().sortable(),
  })
  .toFields()
const index = {
  name: "product",
  entity: "product",
  physical_name: "product_v1",
  primary_key: "id",
  provider: "meilisearch",
  fields,
  settings: {},
  definition_hash: "contract",
  seed: async function* () {},
} as any
const UID_OF_INDEX = "gn_product_v1"

const logger = { info: () => {}, warn: vi.fn(), error: () => {}, debug: () => {} } as any
/** The association's synonym list, as the table `synonym_group` answers. */
let synonymRows: { terms: string[] }[] = [{ terms: ["Brötchen", "Semmel", "Weckla"] }]
const manager = { execute: vi.fn(async () => synonymRows) }
let provider: MeilisearchSearchService

const since = (start: number) => recorded.slice(start)
const of = (start: number, method: string, path: string) => since(start).filter((r) => r.method === method && r.path === path)

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  provider = new MeilisearchSearchService({ logger, manager }, { host: `http://127.0.0.1:${port}`, api_key: "test-key", index_prefix: "gn_" })
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

afterEach(() => {
  // Every request of every test is one Meilisearch documents, in its documented shape.
  expect(problems).toEqual([])
  vi.restoreAllMocks()
})

describe("Meilisearch provider requests (official client against a Meilisearch-shaped server)", () => {
  it("creates the index and writes its settings: weights, German terms, filters, `_geo`, typos, languages, synonyms", async () => {
    const start = recorded.length
    const task = await provider.upsertIndex({ index })
    expect(task).toMatchObject({ status: "succeeded", index: UID_OF_INDEX })
    expect(since(start).map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /indexes",
      "GET /tasks/0",
      "GET /tasks/0",
      "PATCH /indexes/gn_product_v1/settings",
      "GET /tasks/1",
      "GET /tasks/1",
    ])
    expect(since(start).every((r) => r.authorization === "Bearer test-key")).toBe(true)
    expect(of(start, "POST", "/indexes")[0].body).toEqual({ uid: UID_OF_INDEX, primaryKey: "id" })

    const body = of(start, "PATCH", "/indexes/gn_product_v1/settings")[0].body as z.infer<typeof settings>
    expect(body.searchableAttributes).toEqual([
      "title",
      "title_en",
      "_german_t0_words",
      "_german_t0_heads",
      "_german_t0_modifiers",
      "producer_name",
      "_german_t1_words",
      "_german_t1_heads",
      "_german_t1_modifiers",
      "category_names",
      "producer_town",
      "_german_t2_words",
      "_german_t2_heads",
      "_german_t2_modifiers",
      "description",
      "_german_t3_words",
      "_german_t3_heads",
      "_german_t3_modifiers",
    ])
    expect(body.filterableAttributes).toContain("_geo")
    expect(body.sortableAttributes).toContain("_geo")
    expect(body.displayedAttributes).not.toContain("_geo")
    expect(body.displayedAttributes.some((name) => name.startsWith("_german_"))).toBe(false)
    expect(body.typoTolerance.minWordSizeForTypos).toEqual({ oneTypo: 5, twoTypos: 9 })
    expect(body.localizedAttributes).toEqual([
      { attributePatterns: ["title", "producer_name", "category_names", "producer_town", "description"], locales: ["deu"] },
      { attributePatterns: ["title_en"], locales: ["eng"] },
    ])
    expect(body.synonyms?.semmel).toEqual(expect.arrayContaining(["brotchen", "weckla"]))
    expect(manager.execute).toHaveBeenCalledWith(expect.stringContaining(`FROM "synonym_group" WHERE "deleted_at" IS NULL`))
  })

  it("brings an existing index up to date instead of failing on index_already_exists", async () => {
    const start = recorded.length
    await expect(provider.upsertIndex({ index })).resolves.toMatchObject({ status: "succeeded" })
    expect(of(start, "PATCH", "/indexes/gn_product_v1/settings")).toHaveLength(1)
  })

  it("writes documents with their German terms and `_geo`, keyed by the definition's primary key", async () => {
    const start = recorded.length
    const task = await provider.upsertDocuments({
      index: "product_v1",
      definition: index,
      documents: [
        {
          id: "p1",
          handle: "rauchbier",
          title: "Rauchbier Märzen",
          title_en: "Smoked beer",
          description: "Aus der Brauerei Kaesmann",
          category_names: ["Bier & Getränke"],
          producer_name: "Brauerei Kaesmann",
          producer_town: "Bamberg",
          producer_latitude: 49.8917,
          producer_longitude: 10.8868,
          price: 1.6,
          in_stock: true,
          created_at: "2026-02-01T00:00:00Z",
        },
        { id: "p2", handle: "brot", title: "Bauernbrot", producer_latitude: null, producer_longitude: null, price: 5.3 },
      ],
    })
    expect(task).toMatchObject({ status: "succeeded", index: UID_OF_INDEX })
    const [write] = of(start, "POST", "/indexes/gn_product_v1/documents")
    expect(write.query).toEqual({ primaryKey: "id" })
    const [rauchbier, brot] = write.body as Record<string, unknown>[]
    expect(rauchbier).toMatchObject({
      _german_t0_heads: ["bier"],
      _german_t0_modifiers: ["rauch"],
      _german_t0_words: ["marzen"],
      _german_t1_words: ["braurei", "kasmann"],
      _geo: { lat: 49.8917, lng: 10.8868 },
      created_at: Date.parse("2026-02-01T00:00:00Z"),
    })
    expect(brot).toMatchObject({ _german_t0_heads: ["brot"] })
    expect("_geo" in brot).toBe(false)
  })

  it("deletes by id, by filter, and everything, waiting for each task", async () => {
    const start = recorded.length
    await provider.deleteDocuments({ index: "product_v1", filters: { id: ["p1", "p2"] } })
    await provider.deleteDocuments({ index: "product_v1", filters: { producer_town: "Bamberg" } })
    await provider.clearIndex({ index: "product_v1" })
    const writes = since(start).filter((r) => !r.path.startsWith("/tasks/"))
    expect(writes.map((r) => [r.method, r.path, r.body])).toEqual([
      ["POST", "/indexes/gn_product_v1/documents/delete-batch", ["p1", "p2"]],
      ["POST", "/indexes/gn_product_v1/documents/delete", { filter: 'producer_town = "Bamberg"' }],
      ["DELETE", "/indexes/gn_product_v1/documents", undefined],
    ])
    // Each write is followed by polling its task until Meilisearch has applied it.
    expect(since(start).filter((r) => r.path.startsWith("/tasks/"))).toHaveLength(6)
    // A filter that selects nothing in particular deletes nothing.
    await expect(provider.deleteDocuments({ index: "product_v1", filters: {} })).rejects.toThrow(/needs a filter/)
  })

  it("fails clearly when Meilisearch reports a write task failed", async () => {
    existing.add("gn_broken")
    failing.set("gn_broken", { code: "invalid_document_id", message: "Document identifier `a b` is invalid." })
    const error = await provider
      .upsertDocuments({ index: "broken", definition: index, documents: [{ id: "p9", title: "Brot" }] })
      .then(() => undefined, (e) => e as MedusaError)
    expect(error).toBeInstanceOf(MedusaError)
    expect(error?.type).toBe(MedusaError.Types.UNEXPECTED_STATE)
    expect(error?.message).toMatch(/writing 1 document\(s\) to "gn_broken" failed in task \d+: Document identifier `a b` is invalid\. \(invalid_document_id\)/)
  })

  it("searches one query with its words folded, filters, exact paging, sort, facets and scores", async () => {
    const start = recorded.length
    const result = await provider.search({
      index,
      q: "Käse aus Bamberg",
      filters: { producer_town: "Bamberg", price: { $lte: 2 } },
      attributes_to_retrieve: ["title", "price"],
      pagination: { skip: 0, take: 2, order: { price: "ASC", _score: "DESC", handle: "ASC" } },
      search_options: { facets: ["producer_town", { field: "price", type: "stats" }], count: "exact", include_score: true },
    })
    const requests = since(start)
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /indexes/gn_product_v1/search"])
    expect(requests[0].body).toEqual({
      q: "kase aus bamberg ",
      matchingStrategy: "all",
      page: 1,
      hitsPerPage: 2,
      filter: '(producer_town = "Bamberg" AND price <= 2)',
      sort: ["price:asc"],
      facets: ["producer_town", "price"],
      attributesToRetrieve: ["id", "title", "price"],
      showRankingScore: true,
    })
    expect(result.hits).toEqual([
      { id: "p1", score: 0.9, document: { title: "Rauchbier Märzen", price: 1.6 } },
      { id: "p2", score: 0.8, document: { title: "Kellerbier", price: 1.4 } },
    ])
    expect(result.metadata).toMatchObject({ skip: 0, take: 2, count: 3, query: "kase aus bamberg " })
    expect(result.facets).toEqual({
      producer_town: { type: "value", values: [{ value: "Bamberg", count: 2 }, { value: "Hof", count: 1 }] },
      price: { type: "stats", min: 1.4, max: 5.3, count: 3 },
    })
  })

  it("never hands back the hidden German attributes or `_geo`", async () => {
    const result = await provider.search({ index, q: "Bier", attributes_to_retrieve: [] })
    for (const hit of result.hits) {
      expect(Object.keys(hit.document).filter((key) => key.startsWith("_"))).toEqual([])
    }
    expect(result.hits[0].document).toMatchObject({ id: "p1", title: "Rauchbier Märzen" })
  })

  it("sends all queries of searchMany, with their range counts, as one multi-search request", async () => {
    const start = recorded.length
    const [catalog, suggest, nothing] = await provider.searchMany([
      {
        index,
        q: "Weißbier",
        attributes_to_retrieve: ["id"],
        filters: { in_stock: true },
        pagination: { skip: 2, take: 1 },
        search_options: {
          facets: [{ field: "price", type: "range", ranges: [{ to: 2 }, { from: 2, key: "2+" }] }],
          count: "exact",
          attributes_to_search_on: ["title"],
        },
      },
      { index, q: "Bratw", attributes_to_retrieve: ["id"], search_options: { match_strategy: "last", typo_tolerance: false } },
      { index, q: "!!", attributes_to_retrieve: ["id"], search_options: { count: "exact" } },
    ])
    const requests = since(start)
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /multi-search"])
    const { queries } = requests[0].body as z.infer<typeof multiSearch>
    expect(queries.map((q) => q.q)).toEqual(["weissbier ", "weissbier ", "weissbier ", "bratw"])
    expect(queries[0]).toMatchObject({
      indexUid: UID_OF_INDEX,
      filter: "in_stock = true",
      // Skip 2, take 1, counted exactly: the third page of one.
      page: 3,
      hitsPerPage: 1,
      attributesToSearchOn: ["title", "_german_t0_words", "_german_t0_heads", "_german_t0_modifiers"],
    })
    // The range buckets are counted with the same matching, in page mode without hits.
    expect(queries.slice(1, 3)).toEqual([
      expect.objectContaining({ page: 1, hitsPerPage: 0, filter: "in_stock = true AND price < 2", attributesToSearchOn: queries[0].attributesToSearchOn }),
      expect.objectContaining({ page: 1, hitsPerPage: 0, filter: "in_stock = true AND price >= 2" }),
    ])
    expect(queries[3]).toMatchObject({ matchingStrategy: "all", offset: 0, limit: 20 })

    expect(catalog.hits.map((hit) => hit.id)).toEqual(["p3"])
    expect(catalog.facets?.price).toEqual({
      type: "range",
      ranges: [
        { key: "*-2", from: undefined, to: 2, count: 3 },
        { key: "2+", from: 2, to: undefined, count: 3 },
      ],
    })
    expect(suggest.hits.map((hit) => hit.id)).toEqual(["p1", "p2", "p3"])
    // A query without a word matches nothing, and costs no query.
    expect(nothing).toMatchObject({ hits: [], metadata: { count: 0 } })
  })

  it("pages off the grid in page mode, dropping what precedes the page", async () => {
    const start = recorded.length
    const result = await provider.search({ index, q: "bier", attributes_to_retrieve: ["id"], pagination: { skip: 1, take: 2 }, search_options: { count: "exact" } })
    expect(since(start)[0].body).toMatchObject({ page: 1, hitsPerPage: 3 })
    expect(result.hits.map((hit) => hit.id)).toEqual(["p2", "p3"])
    expect(result.metadata).toMatchObject({ skip: 1, take: 2, count: 3 })
  })

  it("writes a changed synonym list before the next search (at most once a second), then searches", async () => {
    synonymRows = [...synonymRows, { terms: ["Zwiebelkuchen", "Rauchbier"] }]
    await provider.refreshSynonyms()
    const later = Date.now() + 5_000
    vi.spyOn(Date, "now").mockImplementation(() => later)
    const start = recorded.length
    await provider.search({ index, q: "Zwiebelkuchen", attributes_to_retrieve: ["id"] })
    await provider.search({ index, q: "Zwiebelkuchen", attributes_to_retrieve: ["id"] })
    const requests = since(start).filter((r) => !r.path.startsWith("/tasks/"))
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "PUT /indexes/gn_product_v1/settings/synonyms",
      "POST /indexes/gn_product_v1/search",
      "POST /indexes/gn_product_v1/search",
    ])
    const written = requests[0].body as Record<string, string[]>
    expect(written.zwiebelkuchen).toContain("rauchbier")
    expect(written.semmel).toContain("weckla")
  })

  it("reads an index's synonyms once before writing them, and writes only what differs", async () => {
    const { port } = server.address() as AddressInfo
    const fresh = new MeilisearchSearchService({ logger, manager }, { host: `http://127.0.0.1:${port}`, index_prefix: "gn_" })
    const start = recorded.length
    await fresh.search({ index, q: "Bier", attributes_to_retrieve: ["id"] })
    // The list is what the index holds already (written by the test above): nothing to write.
    expect(since(start).map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /indexes/gn_product_v1/settings/synonyms",
      "POST /indexes/gn_product_v1/search",
    ])
  })

  it("reports a missing index as not found, without creating it through a settings write", async () => {
    const start = recorded.length
    const error = await provider
      .search({ index: { ...index, physical_name: "gone" }, q: "bier", attributes_to_retrieve: ["id"] })
      .then(() => undefined, (e) => e as MedusaError)
    expect(error?.type).toBe(MedusaError.Types.NOT_FOUND)
    expect(error?.message).toMatch(/index_not_found/)
    expect(since(start).map((r) => `${r.method} ${r.path}`)).toEqual(["GET /indexes/gn_gone/settings/synonyms", "POST /indexes/gn_gone/search"])
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it("lists its own indexes with their document counts, and deletes one", async () => {
    const indexes = await provider.listIndexes()
    expect(indexes.map((i) => i.name).sort()).toEqual(["broken", "product_v1"])
    expect(indexes[0]).toMatchObject({ provider: "meilisearch", document_count: 3 })
    const start = recorded.length
    await expect(provider.deleteIndex({ index: "broken" })).resolves.toMatchObject({ status: "succeeded" })
    expect(since(start)[0]).toMatchObject({ method: "DELETE", path: "/indexes/gn_broken" })
  })

  it("runs without synonyms when the container has no database connection", async () => {
    const { port } = server.address() as AddressInfo
    const bare = new MeilisearchSearchService({ logger }, { host: `http://127.0.0.1:${port}`, index_prefix: "bare_" })
    const start = recorded.length
    await bare.upsertIndex({ index })
    const body = of(start, "PATCH", "/indexes/bare_product_v1/settings")[0].body as Record<string, unknown>
    expect("synonyms" in body).toBe(false)
    expect(of(start, "POST", "/indexes")[0].authorization).toBeUndefined()
    await bare.search({ index, q: "Bier", attributes_to_retrieve: ["id"] })
    expect(of(start, "PUT", "/indexes/bare_product_v1/settings/synonyms")).toEqual([])
  })
})
