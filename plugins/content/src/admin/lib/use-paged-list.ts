import { toast } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"
import { reasonOf } from "./errors"
import { sdk } from "./sdk"

/** What every list route of the plugin answers besides its records. */
export type PagedAnswer = { count: number; offset: number; limit: number }

/** The lists' filters by query parameter; "" and "all" are no filter. */
export type Filters = Record<string, string>

/** Records per page: the routes give at most 100. */
export const PAGE_SIZE = 50

/**
 * One page of an admin list route (`/admin/events`, `/admin/places` …) under the filters chosen.
 * A new filter starts again at the first page. Each load has a ticket: an answer that arrives
 * after a newer load began is dropped, so typing in the search never shows an older answer last.
 * A failed load is shown as a toast; the page stays as it was.
 */
export function usePagedList<Answer extends PagedAnswer, F extends Filters>(path: string, initial: F) {
  const [filters, setFilters] = useState<F>(initial)
  const [offset, setOffset] = useState(0)
  const [page, setPage] = useState<Answer | null>(null)
  const latestLoad = useRef(0)

  const load = useCallback(async () => {
    const ticket = ++latestLoad.current
    // The routes refuse an empty search (at least one character), so an empty field asks for all.
    const chosen = Object.entries(filters)
      .map(([name, value]) => [name, value.trim()] as const)
      .filter(([, value]) => value !== "" && value !== "all")
    const answer = await sdk.client.fetch<Answer>(path, { query: { ...Object.fromEntries(chosen), limit: PAGE_SIZE, offset } })
    if (ticket === latestLoad.current) setPage(answer)
  }, [path, filters, offset])

  const reload = useCallback(async () => {
    try {
      await load()
    } catch (e) {
      toast.error(reasonOf(e))
    }
  }, [load])

  useEffect(() => {
    void reload()
  }, [reload])

  const filter = (name: keyof F & string, value: string) => {
    setFilters((current) => ({ ...current, [name]: value }))
    setOffset(0)
  }

  return { filters, filter, offset, setOffset, page, reload }
}
