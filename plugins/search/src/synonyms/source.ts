import type { FoldedSynonymGroup } from "./expand"
import { foldSynonymGroups } from "./expand"

/** What a search provider can run SQL with: the Search Module's database connection. */
export type SqlManager = { execute(sql: string, params?: unknown[]): Promise<unknown> }

/** How long a provider answers from the list it read before reading it again. */
export const SYNONYM_REFRESH_MS = 1_000

/**
 * The association's synonym list as the search providers see it. A provider lives inside the
 * Search Module and cannot resolve the synonym module's service, so it reads the module's
 * table (owned by this same plugin) through its own database connection — at most once a
 * second, in the background while the last list keeps answering. Every server instance reads
 * the same table, so an edit reaches all of them within that second without an event.
 */
export class SynonymSource {
  private groups_: FoldedSynonymGroup[] = []
  private version_ = ""
  private readAt_ = 0
  private reading_: Promise<void> | null = null

  constructor(
    private readonly manager: SqlManager,
    private readonly onError: (error: Error) => void = () => {}
  ) {}

  /** The current groups, folded; the first call waits for the table, later ones never do. */
  async groups(): Promise<FoldedSynonymGroup[]> {
    if (!this.readAt_) await this.refresh()
    else if (Date.now() - this.readAt_ > SYNONYM_REFRESH_MS) void this.refresh()
    return this.groups_
  }

  /** A fingerprint of the list, for an engine that keeps synonyms as a setting (Meilisearch). */
  async version(): Promise<string> {
    await this.groups()
    return this.version_
  }

  /** Read now (after an edit, in tests and when an engine's settings are written). */
  refresh(): Promise<void> {
    this.reading_ ??= this.read().finally(() => {
      this.reading_ = null
    })
    return this.reading_
  }

  private async read() {
    try {
      const rows = (await this.manager.execute(
        `SELECT "terms" FROM "synonym_group" WHERE "deleted_at" IS NULL ORDER BY "id"`
      )) as { terms: string[] }[]
      const terms = rows.map((row) => row.terms)
      this.groups_ = foldSynonymGroups(terms)
      this.version_ = JSON.stringify(terms)
    } catch (error) {
      // Without the table (the synonym module not migrated yet) search works without synonyms.
      this.onError(error as Error)
    } finally {
      this.readAt_ = Date.now()
    }
  }
}
