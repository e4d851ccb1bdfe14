import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONTENT_MODULE } from "../../../modules/content"
import type ContentModuleService from "../../../modules/content/service"
import { contentMethods, type ContentRecord, type ContentRecordKind } from "./content-records"

export const createContentRecordsStepId = "create-content-records"

/** Creates events, Genussorte, tours or stories from prepared records; undone by deleting them. */
export const createContentRecordsStep = createStep(
  createContentRecordsStepId,
  async (input: { kind: ContentRecordKind; records: ContentRecord[] }, { container }) => {
    const created = await contentMethods(container.resolve<ContentModuleService>(CONTENT_MODULE), input.kind).create(input.records)
    return new StepResponse(created, { kind: input.kind, ids: created.map((record) => record.id) })
  },
  async (made, { container }) => {
    if (made?.ids.length) await contentMethods(container.resolve<ContentModuleService>(CONTENT_MODULE), made.kind).remove(made.ids)
  }
)
