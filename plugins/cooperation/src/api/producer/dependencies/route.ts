import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingProducer } from "@genussnetz/producers/ownership"
import { dependenciesOf } from "../../../resilience/dependencies"

/** The producer's own dependency figures, both ways: its suppliers' shares, its outlets' shares (genussnetz among them). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ dependencies: await dependenciesOf(req.scope, actingProducer(req)) })
}
