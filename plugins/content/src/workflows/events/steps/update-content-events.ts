import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONTENT_MODULE } from "../../../modules/content"
import type ContentModuleService from "../../../modules/content/service"

export const updateContentEventsStepId = "update-content-events"

/** Writes changed events' records; undone by writing back what they were. */
export const updateContentEventsStep = createStep(
  updateContentEventsStepId,
  async (records: (Record<string, unknown> & { id: string })[], { container }) => {
    const service = container.resolve<ContentModuleService>(CONTENT_MODULE)
    const fields = [...new Set(records.flatMap((record) => Object.keys(record)))]
    const before = await service.listContentEvents({ id: records.map((record) => record.id) }, { select: fields })
    const updated: { id: string; handle: string; status: string }[] = await service.updateContentEvents(records as any[])
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve<ContentModuleService>(CONTENT_MODULE).updateContentEvents(before as any[])
  }
)
