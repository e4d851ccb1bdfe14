import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATION_MODULE, type CooperationModuleService } from "../../../modules/cooperation"
import type { CooperationPostInputType } from "../schemas"

/** Writes the post; compensation removes it. */
export const createCooperationPostStep = createStep(
  "create-cooperation-post",
  async (post: CooperationPostInputType, { container }) => {
    const created = await container.resolve<CooperationModuleService>(COOPERATION_MODULE).createCooperationPosts(post)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<CooperationModuleService>(COOPERATION_MODULE).deleteCooperationPosts(id)
  }
)
