import type { Alternative } from "./network"
import type { NetworkBusiness, NetworkSnapshot } from "./load"

/** How a business is named in the resilience answers: enough to find it, show it and place it on a map. */
export type BusinessSummary = Pick<NetworkBusiness, "id" | "handle" | "name" | "craft" | "town" | "district" | "latitude" | "longitude" | "in_region">

export function businessSummary(snapshot: NetworkSnapshot, id: string): BusinessSummary {
  const business = snapshot.businesses.get(id)
  // A link may name a producer deleted since: still answered, by id.
  if (!business) return { id, handle: "", name: id, craft: "farm", town: "", district: "", latitude: 0, longitude: 0, in_region: false }
  const { handle, name, craft, town, district, latitude, longitude, in_region } = business
  return { id, handle, name, craft, town, district, latitude, longitude, in_region }
}

export const alternativeAnswer = (snapshot: NetworkSnapshot, alternative: Alternative) => ({
  producer: businessSummary(snapshot, alternative.producer_id),
  second_source: alternative.second_source,
  verified: alternative.verified,
  distance_km: alternative.distance_km,
})

/** Sums money in cents, so a column of prices adds up exactly. */
export const sumEuros = (amounts: number[]) => Math.round(amounts.reduce((total, amount) => total + Math.round(amount * 100), 0)) / 100
