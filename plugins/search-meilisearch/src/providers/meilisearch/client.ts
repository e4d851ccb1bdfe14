import { MedusaError } from "@medusajs/framework/utils"

export type MeilisearchTask = {
  taskUid: number
  indexUid?: string | null
  status: "enqueued" | "processing" | "succeeded" | "failed" | "canceled"
  error?: { message: string; code?: string } | null
}

/**
 * The few calls of Meilisearch's HTTP API the provider needs (v1: indexes, settings,
 * documents, search, multi-search, tasks), over `fetch`, with the master or an admin key.
 */
export class MeilisearchClient {
  constructor(
    private readonly host: string,
    private readonly apiKey?: string,
    private readonly timeoutMs = 10_000
  ) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.host.replace(/\/$/, "")}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        ...(this.apiKey ? { authorization: `Bearer ${this.apiKey}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    }).catch((error: Error) => {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch at ${this.host} is unreachable: ${error.message}`)
    })
    const text = await response.text()
    const payload = text ? JSON.parse(text) : undefined
    if (!response.ok) {
      const message = payload?.message ?? response.statusText
      // Meilisearch names a bad filter or sort "invalid_search_…": that is the caller's input.
      const type = response.status === 404 ? MedusaError.Types.NOT_FOUND : String(payload?.code ?? "").startsWith("invalid_")
        ? MedusaError.Types.INVALID_DATA
        : MedusaError.Types.UNEXPECTED_STATE
      throw new MedusaError(type, `Meilisearch: ${message}`)
    }
    return payload as T
  }

  /** Waits for an asynchronous task (index and document writes are tasks in Meilisearch). */
  async waitForTask(taskUid: number, timeoutMs = 30_000): Promise<MeilisearchTask> {
    const deadline = Date.now() + timeoutMs
    let delay = 25
    while (true) {
      const task = await this.request<MeilisearchTask & { uid: number }>("GET", `/tasks/${taskUid}`)
      if (task.status !== "enqueued" && task.status !== "processing") return { ...task, taskUid }
      if (Date.now() > deadline) return { ...task, taskUid }
      await new Promise((resolve) => setTimeout(resolve, delay))
      delay = Math.min(delay * 2, 500)
    }
  }
}
