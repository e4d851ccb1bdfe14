/**
 * The producers plugin's HTTP contract, as the package exports it (`@genussnetz/producers/http`):
 * the zod schemas its store routes answer with, their inferred types, and the producer
 * vocabulary. The storefront imports types only, so nothing of the plugin runs there.
 */
export {
  StoreProducerDetail,
  StoreProducerList,
  type StoreProducerDetailType,
  type StoreProducerListType,
} from "../api/store/responses"
export {
  PRODUCER_CRAFTS,
  PRODUCER_STATUSES,
  type OpeningHours,
  type ProducerCraft,
  type ProducerStatus,
} from "../modules/producer/vocabulary"
