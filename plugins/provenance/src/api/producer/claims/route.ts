import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createClaimsWorkflow } from "../../../workflows/provenance/create-claims"
import { actingProducer } from "@genussnetz/producers/ownership"
import type { ProducerCreateClaimType } from "../validators"

/** What a producer sees of its own claims: all of them, with where each stands. */
const OWN_CLAIM_FIELDS = [
  "id",
  "type",
  "label",
  "issuer",
  "control_body_code",
  "evidence_url",
  "evidence_file",
  "valid_from",
  "valid_until",
  "status",
  "status_changed_at",
  "product_id",
  "created_at",
]

/**
 * The producer's claims whatever their status: the shop shows only those the association
 * verified, so this is where a producer sees a claim that waits for review (or was rejected).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: claims } = await query.graph({
    entity: "claim",
    fields: OWN_CLAIM_FIELDS,
    filters: { producer_id: actingProducer(req) },
    pagination: { order: { created_at: "ASC" } },
  })
  // The evidence file's id is the association's business; the producer sees that there is one.
  res.json({ claims: claims.map(({ evidence_file, ...claim }: any) => ({ ...claim, evidence_file: evidence_file ? { content_type: evidence_file.content_type, bytes: evidence_file.bytes, uploaded_at: evidence_file.uploaded_at } : null })) })
}

/** The producer files a claim about itself or one of its products; the association reviews it. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerCreateClaimType>, res: MedusaResponse) => {
  const { result } = await createClaimsWorkflow(req.scope).run({
    input: { claims: [{ ...req.validatedBody, producer_id: actingProducer(req) }] },
  })
  res.status(201).json({ claim: result[0] })
}
