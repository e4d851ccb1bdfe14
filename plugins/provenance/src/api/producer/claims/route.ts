import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createClaimsWorkflow } from "../../../workflows/provenance/create-claims"
import { actingProducer } from "@genussnetz/producers/ownership"
import type { ProducerCreateClaimType } from "../validators"

/** The producer files a claim about itself or one of its products; the association reviews it. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerCreateClaimType>, res: MedusaResponse) => {
  const { result } = await createClaimsWorkflow(req.scope).run({
    input: { claims: [{ ...req.validatedBody, producer_id: actingProducer(req) }] },
  })
  res.status(201).json({ claim: result[0] })
}
