import type { OrderPart } from "./data"

/** One line of the pick list: a good in one variant and how many of it the open parts need. */
export type PickLine = { title: string; variant_title: string | null; quantity: number; parts: number }

/**
 * What to take from the shelves for the parts not packed yet: every line of the producer's own
 * goods (a Genusspaket it hosts counts as the package) and every component it makes for another
 * host's Genusspaket, summed per good and variant, in alphabetical order. `parts` says in how
 * many order parts the good is wanted, so one can check off part by part.
 */
export function pickList(parts: readonly OrderPart[]): PickLine[] {
  const lines = new Map<string, PickLine & { partIds: Set<string> }>()
  const add = (partId: string, title: string, variantTitle: string | null, quantity: number) => {
    if (!(quantity > 0)) return
    const key = JSON.stringify([title, variantTitle])
    const line = lines.get(key) ?? { title, variant_title: variantTitle, quantity: 0, parts: 0, partIds: new Set<string>() }
    line.quantity += quantity
    line.partIds.add(partId)
    line.parts = line.partIds.size
    lines.set(key, line)
  }
  for (const part of parts) {
    if (part.status !== "open") continue
    for (const item of part.items) add(part.id, item.title, item.variant_title, Number(item.quantity))
    for (const component of part.components ?? []) add(part.id, component.title, component.variant_title, Number(component.quantity))
  }
  return [...lines.values()]
    .map(({ partIds: _partIds, ...line }) => line)
    .sort((a, b) => a.title.localeCompare(b.title, "de") || (a.variant_title ?? "").localeCompare(b.variant_title ?? "", "de"))
}

/** The calendar day (YYYY-MM-DD) an order part came in, where the producer is (Germany). */
const dayOf = (iso: string) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso))

/**
 * The pick list of each day's orders: the open parts grouped by the day they came in (Berlin
 * time), newest day first, each day's goods summed as `pickList` sums them — a producer packs
 * yesterday's orders this morning, today's tomorrow.
 */
export function pickListsByDay(parts: readonly OrderPart[]): { day: string; parts: number; lines: PickLine[] }[] {
  const byDay = new Map<string, OrderPart[]>()
  for (const part of parts) {
    if (part.status !== "open") continue
    const day = dayOf(part.created_at)
    byDay.set(day, [...(byDay.get(day) ?? []), part])
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([day, dayParts]) => ({ day, parts: dayParts.length, lines: pickList(dayParts) }))
}

/** Which actions a part allows next, as the marketplace's transitions allow them (workflows/order-parts/transitions.ts). */
export function nextActions(part: Pick<OrderPart, "status" | "shipping_methods">): ("fulfil" | "ship" | "deliver" | "cancel")[] {
  const pickup = part.shipping_methods.some((method) => method.kind === "pickup")
  switch (part.status) {
    case "open":
      return ["fulfil", "cancel"]
    case "ready_for_pickup":
      return ["deliver"]
    case "fulfilled":
      return pickup ? ["deliver"] : ["ship", "deliver"]
    case "shipped":
      return ["deliver"]
    default:
      return []
  }
}
