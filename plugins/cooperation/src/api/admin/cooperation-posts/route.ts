import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE, type ProducerModuleService } from "@genussnetz/producers/modules/producer"
import { postAnswer } from "../../../board/answers"
import { loadOpenBoard, type BoardBusiness } from "../../../board/load-board"
import { matchPosts } from "../../../board/matching"
import { COOPERATION_MODULE, type CooperationModuleService } from "../../../modules/cooperation"
import type { AdminGetCooperationPostsParamsType } from "./validators"

/**
 * The cooperation board for the association, newest first, each post with its producer and how
 * many posts match it now; `unmet=true` lists the open needs no offer in the region meets.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetCooperationPostsParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as AdminGetCooperationPostsParamsType
  const board = await loadOpenBoard(req.scope)
  const matches = matchPosts(board.posts.filter((post) => post.kind === "need"), board.posts.filter((post) => post.kind === "offer"), board.producers)
  const matchCount = new Map<string, number>()
  for (const match of matches) for (const id of [match.need_id, match.offer_id]) matchCount.set(id, (matchCount.get(id) ?? 0) + 1)

  const posts = params.unmet
    ? board.posts.filter((post) => post.kind === "need" && !matchCount.has(post.id))
    : await req.scope.resolve<CooperationModuleService>(COOPERATION_MODULE).listCooperationPosts(
        { ...(params.kind ? { kind: params.kind } : {}), ...(params.status ? { status: params.status } : {}) },
        { order: { created_at: "DESC" }, take: null }
      )
  const page = posts.slice(params.offset, params.offset + params.limit)
  const producerIds = [...new Set(page.map((post) => post.producer_id).filter((id) => !board.producers.has(id)))]
  const others = producerIds.length
    ? await req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: producerIds }, { select: ["id", "name", "handle", "town", "craft", "latitude", "longitude", "district"] })
    : []
  const producers = new Map<string, BoardBusiness>([...board.producers, ...others.map((p: any) => [p.id, { ...p, email: null }] as [string, BoardBusiness])])
  res.json({
    cooperation_posts: page.map((post) => ({ ...postAnswer(post, producers.get(post.producer_id)), matches: matchCount.get(post.id) ?? 0 })),
    count: posts.length,
    offset: params.offset,
    limit: params.limit,
  })
}
