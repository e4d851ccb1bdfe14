import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ENGLISH } from "../../../workflows/common/steps/set-english-texts"
import { updateProducerProfileWorkflow } from "../../../workflows/producer/update-producer-profile"
import { actingProducer } from "../ownership"
import type { ProducerUpdateProfileType } from "./validators"

/** The profile as its producer edits it: tagline and story in German and English, contact, farm shop, opening hours. */
async function profileOf(container: MedusaContainer, producerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: producers }, { data: translations }] = await Promise.all([
    query.graph({
      entity: "producer",
      fields: ["id", "handle", "name", "tagline", "story", "website", "email", "phone", "farm_shop", "opening_hours"],
      filters: { id: producerId },
    }),
    query.graph({ entity: "translation", fields: ["translations"], filters: { reference_id: producerId, locale_code: ENGLISH } }),
  ])
  const producer = producers[0]
  const english = (translations[0]?.translations ?? {}) as Record<string, string>
  return {
    handle: producer.handle as string,
    name: producer.name as string,
    tagline: producer.tagline === null ? null : { de: producer.tagline as string, en: english.tagline ?? null },
    story: { de: producer.story as string, en: english.story ?? null },
    website: producer.website ?? null,
    email: producer.email ?? null,
    phone: producer.phone ?? null,
    farm_shop: Boolean(producer.farm_shop),
    opening_hours: producer.opening_hours ?? null,
  }
}

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ profile: await profileOf(req.scope, actingProducer(req)) })
}

/** Changes what the shop shows of the producer; answers the profile as it is now. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerUpdateProfileType>, res: MedusaResponse) => {
  const producerId = actingProducer(req)
  await updateProducerProfileWorkflow(req.scope).run({ input: { producer_id: producerId, change: req.validatedBody } })
  res.json({ profile: await profileOf(req.scope, producerId) })
}
