import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ITranslationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export const setEnglishTextsStepId = "set-english-texts"

/** The locale English texts are kept under in Medusa's Translation Module (the seed's, the storefront's `locale`). */
export const ENGLISH = "en-GB"

export type EnglishTexts = {
  reference: string
  reference_id: string
  /** The record's English texts; none at all removes its English, so the English shop shows the German words, never stale ones. */
  translations: Record<string, string>
}

type Translation = { id: string; reference: string; reference_id: string; locale_code: string; translations: Record<string, string> }

/**
 * Sets records' English texts in Medusa's Translation Module: replaces a record's English,
 * creates it, or removes it when no English is given. Compensation puts back what was there.
 */
export const setEnglishTextsStep = createStep(
  setEnglishTextsStepId,
  async (input: EnglishTexts[], { container }) => {
    const service = container.resolve<ITranslationModuleService>(Modules.TRANSLATION)
    const before = (
      input.length ? await service.listTranslations({ reference_id: input.map((entry) => entry.reference_id), locale_code: ENGLISH }) : []
    ) as Translation[]
    const existing = (entry: EnglishTexts) => before.find((t) => t.reference_id === entry.reference_id && t.reference === entry.reference)
    const given = (entry: EnglishTexts) => Object.keys(entry.translations).length > 0
    const toCreate = input.filter((entry) => given(entry) && !existing(entry))
    const toUpdate = input.filter((entry) => given(entry) && existing(entry))
    const toDelete = input.filter((entry) => !given(entry) && existing(entry)).map((entry) => existing(entry)!)
    const created = toCreate.length ? await service.createTranslations(toCreate.map((entry) => ({ ...entry, locale_code: ENGLISH }))) : []
    if (toUpdate.length) {
      await service.updateTranslations(toUpdate.map((entry) => ({ id: existing(entry)!.id, translations: entry.translations })))
    }
    // Soft-deleted, so compensation can bring it back.
    if (toDelete.length) await service.softDeleteTranslations(toDelete.map((t) => t.id))
    return new StepResponse(undefined, {
      createdIds: created.map((t) => t.id),
      previous: before.filter((t) => toUpdate.some((entry) => existing(entry)?.id === t.id)),
      deleted: toDelete,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<ITranslationModuleService>(Modules.TRANSLATION)
    if (undo.createdIds.length) await service.deleteTranslations(undo.createdIds)
    if (undo.previous.length) await service.updateTranslations(undo.previous.map((t) => ({ id: t.id, translations: t.translations })))
    if (undo.deleted.length) await service.restoreTranslations(undo.deleted.map((t) => t.id))
  }
)
