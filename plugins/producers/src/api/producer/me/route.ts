import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { actingProducer } from "../ownership"
import { actingMember } from "../team"

/** Who is logged in: the producer (its profile) and the member acting for it, with its role. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const producer = await producers.retrieveProducer(actingProducer(req), {
    select: ["id", "handle", "name", "craft", "status", "town", "district", "street", "postal_code", "email", "phone", "website", "farm_shop", "pickup", "opening_hours"],
  })
  res.json({ producer, member: actingMember(req) })
}
