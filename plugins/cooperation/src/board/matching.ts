import { distanceKm } from "@genussnetz/provenance/modules/provenance"
import type { PostKind } from "../modules/cooperation/vocabulary"
import { materialKey } from "../resilience/network"

/** A post as the matching reads it. */
export type BoardPost = {
  id: string
  producer_id: string
  kind: PostKind
  material: string
  craft: string | null
  step: string
  available_from: Date
  available_until: Date
  radius_km: number
}
/** Where a producer is, and what it does (a need may ask for a craft). */
export type BoardProducer = { latitude: number; longitude: number; craft: string }
export type BoardMatch = { need_id: string; offer_id: string; distance_km: number }


/**
 * Whether an offer can meet a need, and how far apart they are: not the same producer; the same
 * step; the same material (whatever its spelling), or an offer by a producer of the craft the
 * need asks for; windows that overlap and have not passed; both within each other's radius.
 * Null when they do not match.
 */
export function matchOf(need: BoardPost, offer: BoardPost, producers: Map<string, BoardProducer>, now: Date): BoardMatch | null {
  if (need.producer_id === offer.producer_id || need.step !== offer.step) return null
  const supplier = producers.get(offer.producer_id)
  const customer = producers.get(need.producer_id)
  if (!supplier || !customer) return null
  if (materialKey(need.material) !== materialKey(offer.material) && !(need.craft && need.craft === supplier.craft)) return null
  if (offer.available_from > need.available_until || need.available_from > offer.available_until) return null
  if (need.available_until <= now || offer.available_until <= now) return null
  const distance = Math.round(distanceKm(customer, supplier) * 10) / 10
  if (distance > Math.min(need.radius_km, offer.radius_km)) return null
  return { need_id: need.id, offer_id: offer.id, distance_km: distance }
}

/**
 * Every match between open needs and open offers, nearest first. Offers are looked up by
 * material and by their producer's craft, so a thousand of each is a few thousand comparisons,
 * not a million.
 */
export function matchPosts(needs: BoardPost[], offers: BoardPost[], producers: Map<string, BoardProducer>, now: Date = new Date()): BoardMatch[] {
  const byMaterial = new Map<string, BoardPost[]>()
  const byCraft = new Map<string, BoardPost[]>()
  const add = (index: Map<string, BoardPost[]>, key: string, offer: BoardPost) => index.set(key, [...(index.get(key) ?? []), offer])
  for (const offer of offers) {
    add(byMaterial, materialKey(offer.material), offer)
    const craft = producers.get(offer.producer_id)?.craft
    if (craft) add(byCraft, craft, offer)
  }
  const matches: BoardMatch[] = []
  for (const need of needs) {
    const candidates = new Set([...(byMaterial.get(materialKey(need.material)) ?? []), ...(need.craft ? (byCraft.get(need.craft) ?? []) : [])])
    for (const offer of candidates) {
      const match = matchOf(need, offer, producers, now)
      if (match) matches.push(match)
    }
  }
  return matches.sort((a, b) => a.distance_km - b.distance_km || a.need_id.localeCompare(b.need_id) || a.offer_id.localeCompare(b.offer_id))
}
