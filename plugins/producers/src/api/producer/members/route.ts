import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { actingProducer } from "../ownership"

/** The producer's team: its members and the invitations not used yet (without their tokens). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const producer_id = actingProducer(req)
  const [members, invitations] = await Promise.all([
    producers.listProducerMembers({ producer_id }, { select: ["id", "email", "role", "created_at"], order: { created_at: "ASC" } }),
    producers.listProducerInvitations(
      { producer_id, accepted_at: null },
      { select: ["id", "email", "role", "expires_at", "created_at"], order: { created_at: "ASC" } }
    ),
  ])
  res.json({ members, invitations })
}
