import type { MedusaContainer } from "@medusajs/framework/types"
import { COOPERATION_MODULE, type CooperationModuleService } from "../modules/cooperation"

/**
 * Offers and needs expire with their window: every hour, open posts whose window has passed are
 * marked expired. The board already hides them from the moment the window ends (it reads open
 * posts whose window has not passed); the status is for the producer's own list and the
 * association's counts.
 */
// Medusa's job loader passes the time the run was scheduled for.
export default async function expireCooperationPosts(container: MedusaContainer, { scheduledFor: now = new Date() }: { scheduledFor?: Date } = {}) {
  const board = container.resolve<CooperationModuleService>(COOPERATION_MODULE)
  const passed = await board.listCooperationPosts({ status: "open", available_until: { $lte: now } }, { select: ["id"], take: null })
  if (passed.length) await board.updateCooperationPosts(passed.map(({ id }) => ({ id, status: "expired" as const })))
  return { expired: passed.length }
}

export const config = {
  name: "expire-cooperation-posts",
  schedule: "5 * * * *",
}
