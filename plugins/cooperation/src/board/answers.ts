import { distanceKm } from "@genussnetz/provenance/modules/provenance"
import type { BoardBusiness } from "./load-board"

/** A post as the portal shows it, with its producer (never its e-mail address) and, when asked, its distance. */
export function postAnswer(post: Record<string, any>, producer: BoardBusiness | undefined, from?: { latitude: number; longitude: number }) {
  return {
    id: post.id,
    kind: post.kind,
    material: post.material,
    craft: post.craft ?? null,
    step: post.step,
    quantity: post.quantity,
    unit: post.unit,
    rhythm: post.rhythm,
    available_from: new Date(post.available_from).toISOString().slice(0, 10),
    available_until: new Date(post.available_until).toISOString().slice(0, 10),
    radius_km: post.radius_km,
    note: post.note ?? null,
    status: post.status,
    supply_link_id: post.supply_link_id ?? null,
    met_by_id: post.met_by_id ?? null,
    producer: producer ? { id: producer.id, name: producer.name, handle: producer.handle, town: producer.town, craft: producer.craft } : null,
    distance_km: from && producer ? Math.round(distanceKm(from, producer) * 10) / 10 : null,
  }
}
