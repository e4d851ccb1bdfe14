import type { ITranslationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const setEnglishTextsStepId = "set-english-texts"

/** The locale English texts are kept under in Medusa's Translation Module (the seed's, the storefront's `locale`). */
export const ENGLISH = "en-GB"

export type EnglishTexts = {
  reference: string
  reference_id: string
  /**
   * A field's English words; null removes them, so the English shop shows the German words
   * rather than stale English ones. Fields not named keep what they have.
   */
  translations: Record<string, string | null>
}

type Translation = { id: string; reference: string; reference_id: string; translations: Record<string, string> }

/**
 * Sets records' English texts in Medusa's Translation Module, field by field: creates a record's
 * English, changes it, or removes it once no field is left. Compensation puts back what was there.
 */
export const setEnglishTextsStep = createStep(
  setEnglishTextsStepId,
  async (input: EnglishTexts[], { container }) => {
    const service = container.resolve<ITranslationModuleService>(Modules.TRANSLATION)
    const before = (
      input.length ? await service.listTranslations({ reference_id: input.map((entry) => entry.reference_id), locale_code: ENGLISH }) : []
    ) as Translation[]
    const existing = (entry: EnglishTexts) => before.find((t) => t.reference_id === entry.reference_id && t.reference === entry.reference)
    const merged = input.map((entry) => {
      const fields = { ...(existing(entry)?.translations ?? {}) }
      for (const [field, words] of Object.entries(entry.translations)) {
        if (words) fields[field] = words
        else delete fields[field]
      }
      return { entry, fields, current: existing(entry) }
    })
    // A record's English is replaced whole (deleted and made anew): Medusa's update merges the
    // stored fields, so a field whose English is dropped would otherwise live on.
    const replaced = merged.filter(({ current }) => current).map(({ current }) => current!)
    const toCreate = merged.filter(({ fields }) => Object.keys(fields).length)
    if (replaced.length) await service.deleteTranslations(replaced.map((t) => t.id))
    const created = toCreate.length
      ? await service.createTranslations(
          toCreate.map(({ entry, fields }) => ({ reference: entry.reference, reference_id: entry.reference_id, locale_code: ENGLISH, translations: fields }))
        )
      : []
    return new StepResponse(undefined, { createdIds: created.map((t) => t.id), replaced })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<ITranslationModuleService>(Modules.TRANSLATION)
    if (undo.createdIds.length) await service.deleteTranslations(undo.createdIds)
    if (undo.replaced.length) {
      await service.createTranslations(
        undo.replaced.map((t) => ({ reference: t.reference, reference_id: t.reference_id, locale_code: ENGLISH, translations: t.translations }))
      )
    }
  }
)
