import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingProducer } from "@genussnetz/producers/ownership"
import { postAnswer } from "../../../board/answers"
import { loadOpenBoard } from "../../../board/load-board"
import { matchOf } from "../../../board/matching"
import { materialKey } from "../../../resilience"
import type { ProducerGetCooperationBoardParamsType } from "../validators"

/**
 * The cooperation board as a producer browses it: the open posts of the other producers, nearest
 * first, each with its distance and which of the producer's own open posts it matches.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ProducerGetCooperationBoardParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as ProducerGetCooperationBoardParamsType
  const producerId = actingProducer(req)
  const board = await loadOpenBoard(req.scope)
  const here = board.producers.get(producerId)
  const mine = board.posts.filter((post) => post.producer_id === producerId)
  const material = params.material ? materialKey(params.material) : undefined
  const now = new Date()
  const listed = board.posts
    .filter((post) => post.producer_id !== producerId)
    .filter((post) => !params.kind || post.kind === params.kind)
    .filter((post) => !material || materialKey(post.material).includes(material))
    .map((post) => {
      const answer = postAnswer(post, board.producers.get(post.producer_id), here)
      const matching = mine.filter((own) => own.kind !== post.kind && (own.kind === "need" ? matchOf(own, post, board.producers, now) : matchOf(post, own, board.producers, now)))
      return { ...answer, matches_own: matching.map((own) => own.id) }
    })
    .sort((a, b) => (a.distance_km ?? Infinity) - (b.distance_km ?? Infinity) || a.id.localeCompare(b.id))
  res.json({ cooperation_posts: listed.slice(params.offset, params.offset + params.limit), count: listed.length, offset: params.offset, limit: params.limit })
}
