/**
 * The search's starting synonym list, through the search plugin's workflow. A group is added
 * only when none of its terms is in the list yet, so the association's own edits survive.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { createSynonymGroupsWorkflow } from "@genussnetz/search/workflows"
import { SYNONYM_GROUPS } from "./data/synonyms"
import type { Query } from "./query"

export async function ensureSynonyms(container: MedusaContainer, query: Query) {
  const { data: existing } = await query.graph({ entity: "synonym_group", fields: ["terms"] })
  const known = new Set(existing.flatMap((g) => (g.terms as string[]).map((t) => t.toLocaleLowerCase("de"))))
  const missing = SYNONYM_GROUPS.filter((group) => !group.terms.some((t) => known.has(t.toLocaleLowerCase("de"))))
  if (missing.length) await createSynonymGroupsWorkflow(container).run({ input: { groups: missing } })
  return missing.length
}
