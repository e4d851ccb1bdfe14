/**
 * The network's producers (seed/data/producers.ts) through the plugin's workflow, with their
 * texts from their craft, family and town, and their site a little outside the town's centre.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { createProducersWorkflow, updateProducersWorkflow } from "@genussnetz/producers/workflows"
import { STORY_BY_CRAFT, TAGLINE_BY_CRAFT } from "./data/catalog"
import { PRODUCERS, type SeedProducer } from "./data/producers"
import { TOWNS } from "./data/towns"
import type { Query } from "./query"
import { unitHash } from "./unit-hash"

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]))

export function producerTexts(producer: SeedProducer) {
  const town = TOWNS[producer.town]
  const values = { family: producer.family, since: producer.since, town: town.name }
  return {
    de: {
      tagline: `${TAGLINE_BY_CRAFT[producer.craft].de} in ${town.name}`,
      story: `${fill(STORY_BY_CRAFT[producer.craft].de, values)} ${producer.special.de}`,
    },
    en: {
      tagline: `${TAGLINE_BY_CRAFT[producer.craft].en} in ${town.name}`,
      story: `${fill(STORY_BY_CRAFT[producer.craft].en, values)} ${producer.special.en}`,
    },
  }
}

/** A producer's site lies a little outside its town's centre, the same spot on every seed. */
function producerLocation(producer: SeedProducer) {
  const town = TOWNS[producer.town]
  const angle = unitHash(`${producer.handle}:angle`) * 2 * Math.PI
  const km = 0.4 + unitHash(`${producer.handle}:distance`) * 2.5
  return {
    latitude: Number((town.latitude + (km / 111.2) * Math.sin(angle)).toFixed(5)),
    longitude: Number((town.longitude + (km / (111.2 * Math.cos((town.latitude * Math.PI) / 180))) * Math.cos(angle)).toFixed(5)),
  }
}

const WEEKDAYS = [1, 2, 3, 4, 5] as const

/** Street names found in most Franconian towns; the number comes from the handle, the same on every seed. */
const STREETS = ["Hauptstraße", "Dorfstraße", "Mühlweg", "Am Anger", "Kirchplatz", "Brauhausgasse", "Hofweg"]

/**
 * Its invented street address: the label of every food it sells names it (Reg. (EU) 1169/2011
 * Art. 9(1)(h)), and its stock location (where pickups happen) has the same.
 */
export const producerStreet = (producer: SeedProducer) =>
  `${STREETS[Math.floor(unitHash(`${producer.handle}:street`) * STREETS.length)]} ${1 + Math.floor(unitHash(`${producer.handle}:number`) * 40)}`

/** Creates the producers missing by handle; their English texts come with the translations step. */
export async function ensureProducers(container: MedusaContainer, query: Query) {
  const { data: existing } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "street"],
    filters: { handle: PRODUCERS.map((p) => p.handle) },
  })
  // Producers seeded before they had a street get theirs.
  const withoutStreet = existing.filter((e) => !e.street)
  if (withoutStreet.length) {
    await updateProducersWorkflow(container).run({
      input: { producers: withoutStreet.map((e) => ({ id: e.id, street: producerStreet(PRODUCERS.find((p) => p.handle === e.handle)!) })) },
    })
  }
  const missing = PRODUCERS.filter((p) => !existing.some((e) => e.handle === p.handle))
  if (missing.length) {
    const { result } = await createProducersWorkflow(container).run({
      input: {
        producers: missing.map((producer) => {
          const town = TOWNS[producer.town]
          const texts = producerTexts(producer)
          return {
            handle: producer.handle,
            name: producer.name,
            craft: producer.craft,
            tagline: texts.de.tagline,
            story: texts.de.story,
            town: town.name,
            district: town.district,
            street: producerStreet(producer),
            postal_code: town.postal_code,
            ...producerLocation(producer),
            website: `https://${producer.handle}.example`,
            email: `kontakt@${producer.handle}.example`,
            opening_hours: producer.farm_shop
              ? [...WEEKDAYS.map((day) => ({ day, opens: "08:00", closes: "18:00" })), { day: 6 as const, opens: "08:00", closes: "12:00" }]
              : null,
            farm_shop: producer.farm_shop ?? false,
            pickup: producer.pickup ?? false,
          }
        }),
      },
    })
    existing.push(...result)
  }
  return new Map(existing.map((p) => [p.handle as string, p.id as string]))
}
