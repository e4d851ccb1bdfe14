import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ENGLISH } from "@genussnetz/producers/workflows"

/**
 * A record's words in German and English as the admin's forms edit them. Without English words
 * the Translation Module's English read gives the German back: then there are none.
 */
export async function wordsOf(container: MedusaContainer, entity: string, record: Record<string, any>, fields: string[]) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph(
    { entity, fields: ["id", ...fields], filters: { id: record.id } },
    { locale: ENGLISH }
  )
  const english = data[0] ?? {}
  return Object.fromEntries(
    fields.map((field) => {
      const de = record[field]
      if (de === null || de === undefined) return [field, null]
      const en = english[field]
      return [field, { de, en: en && en !== de ? en : undefined }]
    })
  ) as Record<string, { de: string; en: string | undefined } | null>
}
