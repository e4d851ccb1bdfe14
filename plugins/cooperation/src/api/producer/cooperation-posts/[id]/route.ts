import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingProducer } from "@genussnetz/producers/ownership"
import { postAnswer } from "../../../../board/answers"
import { asBoardPost, loadOpenBoard } from "../../../../board/load-board"
import { matchPosts } from "../../../../board/matching"
import { COOPERATION_MODULE, type CooperationModuleService } from "../../../../modules/cooperation"
import { setCooperationPostStatusWorkflow } from "../../../../workflows"
import type { ProducerSetCooperationPostStatusType } from "../../validators"

/** One of the producer's posts with the posts of others that match it now, nearest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const post = asBoardPost(await req.scope.resolve<CooperationModuleService>(COOPERATION_MODULE).retrieveCooperationPost(req.params.id))
  const board = await loadOpenBoard(req.scope)
  const others = board.posts.filter((other) => other.producer_id !== actingProducer(req) && other.kind !== post.kind)
  const open = post.status === "open" && post.available_until > new Date()
  const matches = !open ? [] : post.kind === "need" ? matchPosts([post], others, board.producers) : matchPosts(others, [post], board.producers)
  const byId = new Map(others.map((other) => [other.id, other]))
  res.json({
    cooperation_post: postAnswer(post, undefined),
    matches: matches.map((match) => {
      const partner = byId.get(post.kind === "need" ? match.offer_id : match.need_id)!
      return { ...postAnswer(partner, board.producers.get(partner.producer_id)), distance_km: match.distance_km }
    }),
  })
}

/** The producer closes its post, or opens it again. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerSetCooperationPostStatusType>, res: MedusaResponse) => {
  const { result } = await setCooperationPostStatusWorkflow(req.scope).run({ input: { id: req.params.id, status: req.validatedBody.status } })
  res.json({ cooperation_post: postAnswer(result, undefined) })
}
