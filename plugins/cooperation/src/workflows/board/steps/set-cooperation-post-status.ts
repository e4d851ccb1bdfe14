import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATION_MODULE, type CooperationModuleService, type PostStatus } from "../../../modules/cooperation"

/** Closes or reopens a post of the producer's; a reopened post needs its window still ahead. Compensation puts the status back. */
export const setCooperationPostStatusStep = createStep(
  "set-cooperation-post-status",
  async (input: { id: string; status: "open" | "closed" }, { container }) => {
    const board = container.resolve<CooperationModuleService>(COOPERATION_MODULE)
    const post = await board.retrieveCooperationPost(input.id)
    if (post.supply_link_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This need became a supply link: it stays closed")
    if (input.status === "open" && new Date(post.available_until) <= new Date()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The window of this post has passed: post it again with a new one")
    }
    const updated = await board.updateCooperationPosts({ id: post.id, status: input.status })
    return new StepResponse(updated, { id: post.id, status: post.status as PostStatus })
  },
  async (before, { container }) => {
    if (before) await container.resolve<CooperationModuleService>(COOPERATION_MODULE).updateCooperationPosts(before)
  }
)
