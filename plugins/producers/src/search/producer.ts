import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import { ProducerEvents } from "../modules/producer/events"
import { LISTED_PRODUCER_STATUSES, type ProducerStatus } from "../modules/producer/vocabulary"

/**
 * The producers as the shop's search suggests them ("Brauerei Kellerhals", "… in Bamberg"): the
 * listed producers' public profile fields, nothing else. A producer that left the association
 * has no document, so `POST /store/search` cannot find it (as no store route shows it).
 */
export const producerSearchFields = search.define({
  id: search.keyword().filterable(),
  /** Unique: settles ties of relevance, so the order is stable. */
  handle: search.keyword().filterable().sortable(),
  name: search.text().searchable({ weight: 3 }).sortable(),
  town: search.text().searchable(),
  craft: search.keyword().filterable().facetable(),
  /** `active` or `paused` (public, as on the producer's page); `left` is never indexed. */
  status: search.keyword().filterable(),
})

type ProducerRow = { id: string; handle: string; name: string; town: string; craft: string; status: ProducerStatus }

/** The producer's document, or none for a producer the shop does not show. */
export function toProducerSearchDocument(
  producer: ProducerRow
): SearchTypes.InferSearchDocumentType<typeof producerSearchFields> | null {
  if (!LISTED_PRODUCER_STATUSES.includes(producer.status)) return null
  return {
    id: producer.id,
    handle: producer.handle,
    name: producer.name,
    town: producer.town,
    craft: producer.craft,
    status: producer.status,
  }
}

/** Every change of a producer record (modules/producer/events.ts). */
export const PRODUCER_SEARCH_EVENTS: string[] = Object.values(ProducerEvents)

const source = {
  fields: ["id", "handle", "name", "town", "craft", "status"],
  // A row without a document (a producer that left) is deleted from the index.
  transform: (rows: ProducerRow[]) =>
    rows.map(toProducerSearchDocument).filter((doc): doc is NonNullable<typeof doc> => doc !== null),
}

export default defineSearchIndex({
  name: "producer",
  entity: "producer",
  fields: producerSearchFields,
  events: PRODUCER_SEARCH_EVENTS,
  seed: graphSeed(source),
  consume: graphConsume(source),
})
