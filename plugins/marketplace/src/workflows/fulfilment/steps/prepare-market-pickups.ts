import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isDeepStrictEqual } from "node:util"
import { ENGLISH } from "@genussnetz/producers/workflows"
import { marketOf, marketPickupData, marketPickupHours, type MarketEvent } from "../../../fulfilment"
import { marketPickupOptionInput } from "../set-up-producer-fulfilment"

export const prepareMarketPickupsStepId = "prepare-market-pickups"

/**
 * Which market pickups to bring in line: those of these events, those of these producers, or
 * (neither given) every one.
 */
export type MarketPickupScope = { event_ids?: string[]; producer_ids?: string[] }

type OptionInput = ReturnType<typeof marketPickupOptionInput>
export type MarketPickupChange = {
  create: OptionInput[]
  update: { id: string; name: string; data: OptionInput["data"] }[]
  delete: string[]
}

const EVENT_FIELDS = [
  "id",
  "handle",
  "kind",
  "status",
  "title",
  "starts_local",
  "ends_local",
  "all_day",
  "rrule",
  "exdates",
  "last_ends_at",
  "place_name",
  "street",
  "postal_code",
  "town",
  "producers.id",
]

/**
 * Compares the market pickup options there are with those the calendar asks for — one per
 * published weekly market and producer standing at it that is set up to sell (a shipping profile
 * and a pickup service zone) and has not left — and answers what to make, change and delete.
 * Reads only; nothing to undo.
 */
export const prepareMarketPickupsStep = createStep(prepareMarketPickupsStepId, async (scope: MarketPickupScope, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const eventFilters = scope.event_ids ? { id: scope.event_ids } : { kind: "market" }
  const [{ data: events }, { data: englishEvents }, { data: options }] = await Promise.all([
    query.graph({ entity: "content_event", fields: EVENT_FIELDS, filters: eventFilters }),
    query.graph({ entity: "content_event", fields: ["id", "title"], filters: eventFilters }, { locale: ENGLISH }),
    // Every option, to find the market pickups among them by their data (a few per producer).
    query.graph({ entity: "shipping_option", fields: ["id", "name", "data", "shipping_profile_id"] }),
  ])
  const englishTitle = new Map<string, string>(englishEvents.map((event: any) => [event.id, event.title]))
  const inScope = (producerId: string) => !scope.producer_ids || scope.producer_ids.includes(producerId)
  const standing = events.flatMap((event: any) => (event.producers ?? []).filter(Boolean).map((producer: any) => producer.id as string))
  // The producers asked about too, so the options of one no longer at any market are found.
  const producerIds = [...new Set([...standing.filter(inScope), ...(scope.producer_ids ?? [])])]
  const { data: producers } = producerIds.length
    ? await query.graph({
        entity: "producer",
        fields: ["id", "status", "shipping_profile.id", "stock_location.fulfillment_sets.type", "stock_location.fulfillment_sets.service_zones.id"],
        filters: { id: producerIds },
      })
    : { data: [] as any[] }
  const sellerOf = new Map<string, { profileId: string; zoneId: string }>()
  for (const producer of producers as any[]) {
    const profileId = producer.shipping_profile?.id
    const zoneId = (producer.stock_location?.fulfillment_sets ?? []).find((set: any) => set?.type === "pickup")?.service_zones?.[0]?.id
    if (producer.status !== "left" && profileId && zoneId) sellerOf.set(producer.id, { profileId, zoneId })
  }

  const now = new Date()
  const wanted = new Map<string, OptionInput>()
  for (const event of events as any[]) {
    const english = englishTitle.get(event.id)
    const market: MarketEvent = { ...event, exdates: event.exdates ?? [], title_en: english && english !== event.title ? english : null }
    const hours = marketPickupHours(market, now)
    if (!hours) continue
    for (const producer of event.producers ?? []) {
      const seller = producer && inScope(producer.id) ? sellerOf.get(producer.id) : undefined
      if (seller) wanted.set(`${event.id} ${seller.profileId}`, marketPickupOptionInput(marketPickupData(market, hours), seller.profileId, seller.zoneId))
    }
  }

  const scopeProfiles = scope.producer_ids ? new Set((producers as any[]).map((producer) => producer.shipping_profile?.id).filter(Boolean)) : null
  const existing = new Map<string, { id: string; name: string; data: unknown }>()
  const change: MarketPickupChange = { create: [], update: [], delete: [] }
  for (const option of options as any[]) {
    const market = marketOf(option.data)
    if (!market) continue
    if (scope.event_ids && !scope.event_ids.includes(market.event_id)) continue
    if (scopeProfiles && !scopeProfiles.has(option.shipping_profile_id)) continue
    const key = `${market.event_id} ${option.shipping_profile_id}`
    // A second option for the same market and producer (two syncs that raced) goes.
    if (!wanted.has(key) || existing.has(key)) change.delete.push(option.id)
    else existing.set(key, option)
  }
  for (const [key, input] of wanted) {
    const option = existing.get(key)
    if (!option) change.create.push(input)
    else if (option.name !== input.name || !isDeepStrictEqual(option.data, input.data)) change.update.push({ id: option.id, name: input.name, data: input.data })
  }
  return new StepResponse(change)
})
