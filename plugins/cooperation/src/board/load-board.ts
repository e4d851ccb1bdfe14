import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCER_MODULE, type ProducerModuleService } from "@genussnetz/producers/modules/producer"
import { COOPERATION_MODULE, type CooperationModuleService } from "../modules/cooperation"
import type { BoardPost, BoardProducer } from "./matching"

export type BoardBusiness = BoardProducer & { id: string; name: string; handle: string; town: string; district: string; email: string | null }
export type OpenBoard = { posts: (BoardPost & Record<string, any>)[]; producers: Map<string, BoardBusiness> }

/** Dates as the matching compares them (the module answers them as Dates or ISO texts). */
export const asBoardPost = <T extends { available_from: Date | string; available_until: Date | string }>(post: T) => ({
  ...post,
  available_from: new Date(post.available_from),
  available_until: new Date(post.available_until),
})

/**
 * Every open post whose window has not passed, of active producers, with those producers'
 * places, crafts and addresses: what the matching and the board's pages read.
 */
export async function loadOpenBoard(container: MedusaContainer, now = new Date()): Promise<OpenBoard> {
  const board = container.resolve<CooperationModuleService>(COOPERATION_MODULE)
  const open = await board.listCooperationPosts({ status: "open", available_until: { $gt: now } }, { take: null, order: { created_at: "DESC" } })
  const ids = [...new Set(open.map((post) => post.producer_id))]
  const producers = ids.length
    ? await container
        .resolve<ProducerModuleService>(PRODUCER_MODULE)
        .listProducers({ id: ids, status: "active" }, { select: ["id", "name", "handle", "town", "district", "latitude", "longitude", "craft", "email"], take: null })
    : []
  const byId = new Map<string, BoardBusiness>(
    producers.map((p: any) => [p.id, { id: p.id, name: p.name, handle: p.handle, town: p.town, district: p.district, email: p.email ?? null, craft: p.craft, latitude: Number(p.latitude), longitude: Number(p.longitude) }])
  )
  return { posts: open.filter((post) => byId.has(post.producer_id)).map(asBoardPost), producers: byId }
}
