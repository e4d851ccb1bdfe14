import { PRODUCTS_BY_CRAFT, PRODUCTS_PER_PRODUCER, type ProductTemplate } from "./data/catalog"
import { PRODUCERS, type SeedProducer } from "./data/producers"
import { unitHash } from "./unit-hash"

export type PlannedProduct = { handle: string; producer: SeedProducer; template: ProductTemplate; soldOut: boolean }

/** Each producer takes its craft's products in turn, starting at its own offset. */
export function planProducts(): PlannedProduct[] {
  const seenByCraft = new Map<string, number>()
  return PRODUCERS.flatMap((producer) => {
    const templates = PRODUCTS_BY_CRAFT[producer.craft]
    const index = seenByCraft.get(producer.craft) ?? 0
    seenByCraft.set(producer.craft, index + 1)
    const count = Math.min(producer.offers ?? PRODUCTS_PER_PRODUCER[producer.craft], templates.length)
    return Array.from({ length: count }, (_, j) => {
      const template = templates[(index + j) % templates.length]
      const handle = `${template.slug}-${producer.handle}`
      // A few products are sold out, as in any real shop on a given day.
      return { handle, producer, template, soldOut: unitHash(`${handle}:sold-out`) < 0.04 }
    })
  })
}

