import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createFulfillmentSets,
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "@genussnetz/producers/modules/producer"
import { DELIVERY_KINDS, offerRules, type DeliveryKind, type FulfilmentOffer, type MarketPickupData } from "../../fulfilment"

export type SetUpProducerFulfilmentInput = {
  producer_id: string
  /** Names the stock location, the shipping profile and the fulfillment sets. */
  producer_name: string
  address: { address_1: string; city: string; postal_code?: string; country_code: string }
  sales_channel_id: string
  offer: FulfilmentOffer
}

/** Shipping is by the fulfillment provider every option uses: Medusa's manual one (the producer ships). */
const PROVIDER_ID = "manual_manual"

/** How each way is shown (German first; English through Medusa's Translation Module). */
const OPTION_TEXTS: Record<DeliveryKind, { name: string; label: string; description: string }> = {
  pickup: { name: "Abholung", label: "Abholung", description: "Selbst abholen im Hofladen oder am Marktstand" },
  delivery: { name: "Lieferung", label: "Lieferung", description: "Lieferung durch den Betrieb in seiner Umgebung" },
  parcel: { name: "Paketversand", label: "Paketversand", description: "Versand als Paket in 2–4 Werktagen" },
}

/** The ways an offer names, in the order the checkout shows them. */
export const offeredKinds = (offer: FulfilmentOffer) => DELIVERY_KINDS.filter((kind) => offer[kind])

/**
 * One way of delivery as a shipping option of the producer's profile: its fee, the rules that
 * keep it to the carts it can serve, and what the shop shows of it (pickup hours, minimum order,
 * postal codes) in its data. The same input makes the option and changes it later.
 */
export function shippingOptionInput(kind: DeliveryKind, offer: FulfilmentOffer, profileId: string, serviceZoneId: string) {
  const data =
    kind === "pickup"
      ? { pickup_hours: offer.pickup!.hours }
      : kind === "delivery"
        ? { minimum_order: offer.delivery!.minimum_order, postal_codes: offer.delivery!.postal_codes }
        : {}
  const fee = kind === "pickup" ? 0 : kind === "delivery" ? offer.delivery!.fee : offer.parcel!.fee
  return {
    name: OPTION_TEXTS[kind].name,
    price_type: "flat" as const,
    provider_id: PROVIDER_ID,
    service_zone_id: serviceZoneId,
    shipping_profile_id: profileId,
    type: { code: kind, label: OPTION_TEXTS[kind].label, description: OPTION_TEXTS[kind].description },
    prices: [{ currency_code: "eur", amount: fee }],
    rules: offerRules(kind, profileId, offer),
    data: { kind, ...data },
  }
}

/**
 * A weekly market as one more pickup point of a producer standing at it: free, in the producer's
 * pickup service zone, for carts holding its goods (the rules of its own pickup), named after the
 * market (the shop shows the English title itself from the data).
 */
export function marketPickupOptionInput(data: MarketPickupData, profileId: string, serviceZoneId: string) {
  return {
    name: `Abholung am Markt: ${data.market.title}`,
    price_type: "flat" as const,
    provider_id: PROVIDER_ID,
    service_zone_id: serviceZoneId,
    shipping_profile_id: profileId,
    type: { code: "pickup", label: "Abholung am Markt", description: "Selbst abholen am Marktstand eines Wochenmarkts" },
    prices: [{ currency_code: "eur", amount: 0 }],
    rules: offerRules("pickup", profileId, {}),
    data,
  }
}

/**
 * Makes a producer a seller that can ship: its own stock location (its address, in the shop's
 * sales channel), its own shipping profile (so the checkout asks for one method per producer),
 * a pickup and a shipping fulfillment set for Germany, and one shipping option per way it
 * offers, with the rules that keep each way to the carts it can serve. Each part is one of
 * Medusa's own workflows or steps, so a failure rolls all of it back.
 */
export const setUpProducerFulfilmentWorkflow = createWorkflow(
  "set-up-producer-fulfilment",
  (input: SetUpProducerFulfilmentInput) => {
    const locationInput = transform({ input }, ({ input }) => ({
      locations: [{ name: input.producer_name, address: input.address }],
    }))
    const locations = createStockLocationsWorkflow.runAsStep({ input: locationInput })
    const profileInput = transform({ input }, ({ input }) => ({
      data: [{ name: input.producer_name, type: "producer" }],
    }))
    const profiles = createShippingProfilesWorkflow.runAsStep({ input: profileInput })

    const setsInput = transform({ input }, ({ input }) => {
      const germany = [{ type: "country" as const, country_code: "de" }]
      return [
        { name: `${input.producer_name} – Abholung`, type: "pickup", service_zones: [{ name: `${input.producer_name} – Abholung`, geo_zones: germany }] },
        { name: `${input.producer_name} – Versand`, type: "shipping", service_zones: [{ name: `${input.producer_name} – Deutschland`, geo_zones: germany }] },
      ]
    })
    const sets = createFulfillmentSets(setsInput)

    const links = transform({ input, locations, profiles, sets }, ({ input, locations, profiles, sets }): LinkDefinition[] => {
      const locationId = locations[0].id
      return [
        { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: PROVIDER_ID } },
        ...sets.map((set) => ({
          [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
          [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
        })),
        { [PRODUCER_MODULE]: { producer_id: input.producer_id }, [Modules.STOCK_LOCATION]: { stock_location_id: locationId } },
        { [PRODUCER_MODULE]: { producer_id: input.producer_id }, [Modules.FULFILLMENT]: { shipping_profile_id: profiles[0].id } },
      ]
    })
    createRemoteLinkStep(links)

    const salesChannelInput = transform({ input, locations }, ({ input, locations }) => ({
      id: locations[0].id,
      add: [input.sales_channel_id],
    }))
    linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: salesChannelInput })

    const optionsInput = transform({ input, profiles, sets }, ({ input, profiles, sets }) => {
      const zoneOf = (kind: DeliveryKind) => sets.find((set) => set.type === (kind === "pickup" ? "pickup" : "shipping"))!.service_zones[0].id
      return offeredKinds(input.offer).map((kind) => shippingOptionInput(kind, input.offer, profiles[0].id, zoneOf(kind)))
    })
    createShippingOptionsWorkflow.runAsStep({ input: optionsInput })

    const result = transform({ locations, profiles }, ({ locations, profiles }) => ({
      stock_location_id: locations[0].id,
      shipping_profile_id: profiles[0].id,
    }))
    return new WorkflowResponse(result)
  }
)
