import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { actingProducer } from "@genussnetz/producers/ownership"
import type { FulfilmentOffer } from "../../../fulfilment"
import { saveProducerOfferWorkflow } from "../../../workflows/fulfilment/save-producer-offer"
import type { ProducerSaveOfferType } from "./validators"

/** The producer's offer as its shipping options say it (the options are the truth the checkout uses). */
async function currentOffer(container: MedusaContainer, producerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({ entity: "producer", fields: ["street", "town", "postal_code", "shipping_profile.id", "stock_location.id"], filters: { id: producerId } })
  const profileId = producer?.shipping_profile?.id
  const offer: FulfilmentOffer = {}
  if (profileId) {
    const { data: options } = await query.graph({ entity: "shipping_option", fields: ["data", "prices.amount", "prices.currency_code"], filters: { shipping_profile_id: profileId } })
    for (const option of options as any[]) {
      const fee = Number(option.prices?.find((price: any) => price.currency_code === "eur")?.amount ?? 0)
      if (option.data?.kind === "pickup") offer.pickup = { hours: option.data.pickup_hours ?? [] }
      if (option.data?.kind === "delivery") offer.delivery = { fee, minimum_order: Number(option.data.minimum_order ?? 0), postal_codes: option.data.postal_codes ?? [] }
      if (option.data?.kind === "parcel") offer.parcel = { fee }
    }
  }
  return {
    set_up: Boolean(profileId && producer?.stock_location?.id),
    street: (producer?.street ?? null) as string | null,
    postal_code: (producer?.postal_code ?? null) as string | null,
    town: (producer?.town ?? null) as string | null,
    offer,
  }
}

/** How the producer's goods reach shoppers now: set up or not, its street, pickup, delivery, parcel. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ fulfilment: await currentOffer(req.scope, actingProducer(req)) })
}

/** Saves its street and offer: the first time it is set up to sell, later its options follow. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerSaveOfferType>, res: MedusaResponse) => {
  const producerId = actingProducer(req)
  await saveProducerOfferWorkflow(req.scope).run({ input: { producer_id: producerId, ...req.validatedBody } })
  res.json({ fulfilment: await currentOffer(req.scope, producerId) })
}
