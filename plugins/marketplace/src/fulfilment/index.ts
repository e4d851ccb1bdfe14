/**
 * How a producer's goods reach the shopper, said in Medusa's own terms: every producer has a
 * shipping profile, so the documented checkout asks for one shipping method per producer; each
 * way it offers (pickup, local delivery, parcel) is a shipping option of that profile, and what
 * makes a way impossible for a cart is a rule on the option, checked by Medusa's Fulfillment
 * Module against the facts this file computes from the cart (the shipping-options context).
 * Listing, adding a shipping method and refreshing a cart after a change all use the same rules,
 * and the refusal messages are read off the same rules.
 */
import type { OpeningHours } from "@genussnetz/producers/http"

export const DELIVERY_KINDS = ["pickup", "delivery", "parcel"] as const
export type DeliveryKind = (typeof DELIVERY_KINDS)[number]

/** What a producer offers: any of the three, each with its terms (amounts in EUR incl. VAT). */
export type FulfilmentOffer = {
  /** At its farm shop or market stand, free, in these hours. */
  pickup?: { hours: OpeningHours }
  /** By the producer itself to these postal codes, for a fee, from a minimum order of its goods. */
  delivery?: { fee: number; minimum_order: number; postal_codes: string[] }
  /** By parcel service anywhere in the country; never for chilled goods. */
  parcel?: { fee: number }
}

/** The facts of a cart the rules read, per shipping profile (= per producer). */
export type CartShippingContext = {
  shipping_postal_code?: string
  shipping_profiles: Record<string, { item_total: number; chilled: "true" | "false" }>
}

type CartForContext = {
  shipping_address?: { postal_code?: string | null } | null
  items?: ({
    quantity: number | string
    unit_price: number | string
    product?: { shipping_profile?: { id: string } | null; metadata?: Record<string, unknown> | null } | null
  } | null)[] | null
}

/**
 * A product needs the cold chain when its `metadata.chilled` says so (true, or "true" as the
 * admin's metadata editor stores it): fresh meat and sausage, dairy, fish.
 */
export function isChilled(product: { metadata?: Record<string, unknown> | null } | null | undefined): boolean {
  const flag = product?.metadata?.chilled
  return flag === true || flag === "true"
}

/** The context Medusa's shipping option rules are checked against, from a cart's items and address. */
export function cartShippingContext(cart: CartForContext): CartShippingContext {
  const shipping_profiles: CartShippingContext["shipping_profiles"] = {}
  for (const item of cart.items ?? []) {
    const profileId = item?.product?.shipping_profile?.id
    if (!item || !profileId) continue
    const part = (shipping_profiles[profileId] ??= { item_total: 0, chilled: "false" })
    // Goods value incl. VAT (the shop's prices include it), before discounts: what "Mindestbestellwert" means.
    part.item_total = roundCents(part.item_total + Number(item.unit_price) * Number(item.quantity))
    if (isChilled(item.product)) part.chilled = "true"
  }
  const postalCode = cart.shipping_address?.postal_code?.trim()
  return { ...(postalCode ? { shipping_postal_code: postalCode } : {}), shipping_profiles }
}

const roundCents = (amount: number) => Math.round(amount * 100) / 100

export type ShippingOptionRule = { attribute: string; operator: "eq" | "ne" | "in" | "gt" | "gte"; value: string | string[] }

/** Medusa's own two rules every store shipping option carries. */
const STORE_RULES: ShippingOptionRule[] = [
  { attribute: "enabled_in_store", operator: "eq", value: "true" },
  { attribute: "is_return", operator: "eq", value: "false" },
]

const partOf = (profileId: string, fact: "item_total" | "chilled") => `shipping_profiles.${profileId}.${fact}`

/**
 * The rules of one way a producer offers. Every option is listed only for carts holding that
 * producer's goods (Medusa lists every option of the sales channel otherwise); local delivery
 * also asks for an address in its area and the minimum order; parcel, that none of the
 * producer's goods in the cart is chilled.
 */
export function offerRules(kind: DeliveryKind, profileId: string, offer: FulfilmentOffer): ShippingOptionRule[] {
  const rules = [...STORE_RULES]
  if (kind === "delivery" && offer.delivery) {
    rules.push({ attribute: "shipping_postal_code", operator: "in", value: [...offer.delivery.postal_codes] })
    // gte on the producer's goods value: at least the minimum, and above nothing when it has none in the cart.
    rules.push({ attribute: partOf(profileId, "item_total"), operator: "gte", value: String(Math.max(offer.delivery.minimum_order, 0.01)) })
  } else {
    rules.push({ attribute: partOf(profileId, "item_total"), operator: "gt", value: "0" })
  }
  if (kind === "parcel") rules.push({ attribute: partOf(profileId, "chilled"), operator: "ne", value: "true" })
  return rules
}

const PART_RULE = /^shipping_profiles\.([^.]+)\.(item_total|chilled)$/

function holds(rule: ShippingOptionRule, context: Record<string, unknown>): boolean {
  let value: unknown = context
  for (const segment of rule.attribute.split(".")) value = value && typeof value === "object" ? (value as Record<string, unknown>)[segment] : undefined
  const actual = `${value}`
  switch (rule.operator) {
    case "eq":
      return actual === rule.value
    case "ne":
      return actual !== rule.value
    case "in":
      return Array.isArray(rule.value) && rule.value.includes(actual)
    case "gt":
      return Number(actual) > Number(rule.value)
    case "gte":
      return Number(actual) >= Number(rule.value)
  }
}

/**
 * Why this shipping option cannot serve this cart, in a sentence a shopper understands, or
 * undefined when it can. Read off the option's own rules (the ones `offerRules` wrote), so the
 * message always matches what Medusa's listing decided. `producer` names the option's producer.
 */
export function refusalOf(
  option: { name: string; rules?: ShippingOptionRule[] | null },
  context: CartShippingContext & Record<string, unknown>,
  producer: string
): string | undefined {
  for (const rule of option.rules ?? []) {
    if (STORE_RULES.some((storeRule) => storeRule.attribute === rule.attribute)) continue
    if (holds(rule, context)) continue
    if (rule.attribute === "shipping_postal_code") {
      return context.shipping_postal_code
        ? `${producer} delivers only within its delivery area; the postal code ${context.shipping_postal_code} is outside it. Choose pickup or parcel shipping.`
        : `Enter the shipping address first: ${producer}'s local delivery depends on the postal code.`
    }
    const part = PART_RULE.exec(rule.attribute)
    if (part?.[2] === "chilled") {
      return `Chilled goods of ${producer} cannot be sent by parcel. Choose pickup or local delivery.`
    }
    if (part?.[2] === "item_total" && rule.operator === "gte") {
      const total = Number(context.shipping_profiles[part[1]]?.item_total ?? 0)
      if (total > 0) return `Local delivery by ${producer} starts at an order of ${Number(rule.value).toFixed(2)} EUR of its goods (now ${total.toFixed(2)} EUR).`
    }
    return `"${option.name}" is for goods of ${producer}, and the cart holds none of them.`
  }
  return undefined
}

export { MARKET_PICKUP, marketOf, marketPickupData, marketPickupHours, type MarketEvent, type MarketPickupData } from "./market-pickup"
