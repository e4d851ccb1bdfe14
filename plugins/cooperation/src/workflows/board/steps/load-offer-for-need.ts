import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE, type ProducerModuleService } from "@genussnetz/producers/modules/producer"
import { matchOf, type BoardProducer } from "../../../board/matching"
import { COOPERATION_MODULE, type CooperationModuleService } from "../../../modules/cooperation"

/**
 * The need a producer takes an offer up for, and the offer: the need open and its own, the offer
 * open and matching it (same step, material or craft, windows, radii). Reads only.
 */
export const loadOfferForNeedStep = createStep("load-offer-for-need", async (input: { need_id: string; offer_id: string }, { container }) => {
  const board = container.resolve<CooperationModuleService>(COOPERATION_MODULE)
  const [need] = await board.listCooperationPosts({ id: input.need_id, kind: "need" })
  if (!need) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No need with id "${input.need_id}" was found`)
  const [offer] = await board.listCooperationPosts({ id: input.offer_id, kind: "offer" })
  if (!offer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No offer with id "${input.offer_id}" was found`)
  if (need.status !== "open") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This need is no longer open")
  if (offer.status !== "open") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This offer is no longer open")
  const producers = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({ id: [need.producer_id, offer.producer_id] }, { select: ["id", "latitude", "longitude", "craft"] })
  const places = new Map<string, BoardProducer>(producers.map((p: any) => [p.id, { latitude: Number(p.latitude), longitude: Number(p.longitude), craft: p.craft }]))
  const asBoardPost = (post: typeof need) => ({ ...post, available_from: new Date(post.available_from), available_until: new Date(post.available_until) })
  if (!matchOf(asBoardPost(need), asBoardPost(offer), places, new Date())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This offer does not meet the need (material or craft, step, time window or distance)")
  }
  return new StepResponse({ need, offer })
})
