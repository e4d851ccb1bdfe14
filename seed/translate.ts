import type { MedusaContainer } from "@medusajs/framework/types"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"

/** German lives on the entities; the English texts go to Medusa's Translation Module. */
export const ENGLISH = "en-GB"

export async function addEnglish(
  container: MedusaContainer,
  entries: { reference: string; reference_id: string; translations: Record<string, string> }[]
) {
  if (!entries.length) return
  await createTranslationsWorkflow(container).run({
    input: { translations: entries.map((entry) => ({ ...entry, locale_code: ENGLISH })) },
  })
}
