import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingProducer } from "@genussnetz/producers/ownership"
import { postAnswer } from "../../../board/answers"
import { loadOpenBoard } from "../../../board/load-board"
import { matchPosts } from "../../../board/matching"
import { COOPERATION_MODULE, type CooperationModuleService } from "../../../modules/cooperation"
import { createCooperationPostWorkflow } from "../../../workflows"
import type { ProducerCreateCooperationPostType } from "../validators"

/** The producer's own posts, newest first, each open one with how many posts of others match it now. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const producerId = actingProducer(req)
  const own = await req.scope.resolve<CooperationModuleService>(COOPERATION_MODULE).listCooperationPosts({ producer_id: producerId }, { order: { created_at: "DESC" }, take: 200 })
  const board = await loadOpenBoard(req.scope)
  const mine = board.posts.filter((post) => post.producer_id === producerId)
  const others = board.posts.filter((post) => post.producer_id !== producerId)
  const of = (posts: typeof mine, kind: string) => posts.filter((post) => post.kind === kind)
  // Only pairs with one of the producer's own posts: the others' matches among themselves are not counted here.
  const matches = [...matchPosts(of(mine, "need"), of(others, "offer"), board.producers), ...matchPosts(of(others, "need"), of(mine, "offer"), board.producers)]
  const count = (id: string) => matches.filter((match) => match.need_id === id || match.offer_id === id).length
  res.json({ cooperation_posts: own.map((post) => ({ ...postAnswer(post, undefined), matches: post.status === "open" ? count(post.id) : 0 })) })
}

/** The producer posts an offer or a need. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerCreateCooperationPostType>, res: MedusaResponse) => {
  const { result } = await createCooperationPostWorkflow(req.scope).run({ input: { ...req.validatedBody, producer_id: actingProducer(req) } })
  res.status(201).json({ cooperation_post: postAnswer(result, undefined) })
}
