import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { AdminListApplicationsType } from "./validators"

/** Applications to join, newest first, a page at a time (the pending ones by default in the admin page). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListApplicationsType>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery
  const [applications, count] = await req.scope
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listAndCountProducerApplications(status ? { status } : {}, { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } })
  res.json({ producer_applications: applications, count, limit, offset })
}
