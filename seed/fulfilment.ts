/**
 * How each producer's goods reach the shopper: its own stock location, shipping profile and ways
 * of delivery (pickup, local delivery, parcel), set up by the marketplace plugin's workflow for
 * every producer that has none yet. What a producer offers follows from its craft and its shop:
 * everyone can be visited (farm shop or market stand), crafts that bring their goods round
 * deliver to the towns within 25 km, and everything but a restaurant's dishes goes by parcel
 * (chilled goods never do: the parcel option's rule refuses them).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import type { FulfilmentOffer } from "@genussnetz/marketplace/fulfilment"
import { setUpProducerFulfilmentWorkflow, syncMarketPickupsWorkflow } from "@genussnetz/marketplace/workflows"
import type { CategoryKey } from "./data/catalog"
import { PRODUCERS, type SeedProducer } from "./data/producers"
import { producerStreet } from "./producers"
import { TOWNS } from "./data/towns"
import type { Query } from "./query"
import { unitHash } from "./unit-hash"

/** Goods that need the cold chain (product `metadata.chilled`): no parcel for these. */
export const CHILLED_CATEGORIES: ReadonlySet<CategoryKey> = new Set(["fleisch", "kaese", "fisch", "feinkost"])

/** Crafts that bring their goods round themselves. */
const DELIVERING_CRAFTS: ReadonlySet<SeedProducer["craft"]> = new Set(["bakery", "butchery", "dairy", "farm", "fishery", "brewery"])
const DELIVERY_RADIUS_KM = 25

function kilometresBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

/** The postal codes of the seed's towns within the radius: a radius, written down as the postcode list the rule checks. */
function deliveryArea(producer: SeedProducer) {
  const home = TOWNS[producer.town]
  return Object.values(TOWNS)
    .filter((town) => kilometresBetween(home, town) <= DELIVERY_RADIUS_KM)
    .map((town) => town.postal_code)
    .sort()
}

/** What a seeded producer offers. */
export function seedOffer(producer: SeedProducer): FulfilmentOffer {
  const pickupHours = producer.farm_shop
    ? [5, 6].map((day) => ({ day: day as 5 | 6, opens: day === 5 ? "14:00" : "08:00", closes: day === 5 ? "18:00" : "12:00" }))
    : // Without a farm shop: the Saturday market stand.
      [{ day: 6 as const, opens: "07:00", closes: "12:00" }]
  const offer: FulfilmentOffer = { pickup: { hours: pickupHours } }
  if (DELIVERING_CRAFTS.has(producer.craft)) {
    offer.delivery = {
      fee: producer.craft === "bakery" ? 2.9 : 3.9,
      minimum_order: producer.craft === "butchery" ? 30 : 20,
      postal_codes: deliveryArea(producer),
    }
  }
  if (producer.craft !== "restaurant") offer.parcel = { fee: 4.9 + Math.round(unitHash(`${producer.handle}:parcel`) * 2) }
  return offer
}

export type ProducerFulfilment = { locationId: string; shippingProfileId: string }

/** Every producer's stock location and shipping profile, set up where missing; by producer handle. */
export async function ensureProducerFulfilment(
  container: MedusaContainer,
  query: Query,
  producerIds: Map<string, string>,
  salesChannelId: string
): Promise<Map<string, ProducerFulfilment>> {
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "stock_location.id", "shipping_profile.id"],
    filters: { id: [...producerIds.values()] },
  })
  const fulfilment = new Map<string, ProducerFulfilment>()
  for (const producer of producers) {
    if (producer.stock_location?.id && producer.shipping_profile?.id) {
      fulfilment.set(producer.handle, { locationId: producer.stock_location.id, shippingProfileId: producer.shipping_profile.id })
    }
  }
  for (const seed of PRODUCERS) {
    const producerId = producerIds.get(seed.handle)
    if (!producerId || fulfilment.has(seed.handle)) continue
    const town = TOWNS[seed.town]
    const { result } = await setUpProducerFulfilmentWorkflow(container).run({
      input: {
        producer_id: producerId,
        producer_name: seed.name,
        address: { address_1: producerStreet(seed), city: town.name, postal_code: town.postal_code, country_code: "de" },
        sales_channel_id: salesChannelId,
        offer: seedOffer(seed),
      },
    })
    fulfilment.set(seed.handle, { locationId: result.stock_location_id, shippingProfileId: result.shipping_profile_id })
  }
  return fulfilment
}

/**
 * The weekly markets as pickup points of the producers standing at them, once the calendar is
 * in: the marketplace's own sync (the running shop follows every change of an event by it too).
 */
export async function ensureMarketPickups(container: MedusaContainer): Promise<number> {
  const { result } = await syncMarketPickupsWorkflow(container).run({ input: {} })
  return result.created
}
