import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONTENT_MODULE } from "../../../modules/content"
import type ContentModuleService from "../../../modules/content/service"

export const createContentEventsStepId = "create-content-events"

/** Creates events from prepared records; undone by deleting them. */
export const createContentEventsStep = createStep(
  createContentEventsStepId,
  async (records: Record<string, unknown>[], { container }) => {
    const service = container.resolve<ContentModuleService>(CONTENT_MODULE)
    // Records are built by prepare-events from checked input; the module's create type is per field.
    const created: { id: string; handle: string; status: string }[] = await service.createContentEvents(records as any[])
    return new StepResponse(created, created.map((event) => event.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<ContentModuleService>(CONTENT_MODULE).deleteContentEvents(ids)
  }
)
