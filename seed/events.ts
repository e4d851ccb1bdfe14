/**
 * The association's events through the content plugin's workflow (seed/plan-events.ts says
 * which, on which days). Idempotent by handle: an event that exists is left as it is.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { createContentEventsWorkflow } from "@genussnetz/content/workflows"
import { planEvents } from "./plan-events"
import type { Query } from "./query"

export async function ensureEvents(container: MedusaContainer, query: Query, today: Date): Promise<number> {
  const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "handle"] })
  const producerId = new Map(producers.map((p) => [p.handle as string, p.id as string]))
  const planned = planEvents(today, producerId)
  const { data: existing } = await query.graph({ entity: "content_event", fields: ["handle"], filters: { handle: planned.map((event) => event.handle!) } })
  const made = new Set(existing.map((event) => event.handle as string))
  const missing = planned.filter((event) => !made.has(event.handle!))
  if (missing.length) await createContentEventsWorkflow(container).run({ input: { events: missing } })
  return missing.length
}
