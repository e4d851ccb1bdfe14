import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONTENT_MODULE } from "../../../modules/content"
import type ContentModuleService from "../../../modules/content/service"
import { contentMethods, type ContentRecord, type ContentRecordKind } from "./content-records"

export const updateContentRecordsStepId = "update-content-records"

/** Writes changed events', Genussorte's, tours' or stories' records; undone by writing back what they were. */
export const updateContentRecordsStep = createStep(
  updateContentRecordsStepId,
  async (input: { kind: ContentRecordKind; records: (ContentRecord & { id: string })[] }, { container }) => {
    const methods = contentMethods(container.resolve<ContentModuleService>(CONTENT_MODULE), input.kind)
    const fields = [...new Set(input.records.flatMap((record) => Object.keys(record)))]
    const before = await methods.list({ id: input.records.map((record) => record.id) }, { select: fields })
    const updated = await methods.update(input.records)
    return new StepResponse(updated, { kind: input.kind, before })
  },
  async (undo, { container }) => {
    if (undo?.before.length) await contentMethods(container.resolve<ContentModuleService>(CONTENT_MODULE), undo.kind).update(undo.before)
  }
)
