import type { MedusaContainer } from "@medusajs/framework/types"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { ENGLISH } from "@genussnetz/producers/workflows"

/** German lives on the entities; the English texts go to Medusa's Translation Module. */
export { ENGLISH }

export async function addEnglish(
  container: MedusaContainer,
  entries: { reference: string; reference_id: string; translations: Record<string, string> }[]
) {
  if (!entries.length) return
  await createTranslationsWorkflow(container).run({
    input: { translations: entries.map((entry) => ({ ...entry, locale_code: ENGLISH })) },
  })
}
