/**
 * The provenance plugin's HTTP contract, as the package exports it (`@genussnetz/provenance/http`):
 * the zod schemas its store routes answer with, their inferred types, and the vocabularies
 * those answers use. The storefront and the tests import it from here, never by a path into
 * the plugin's source; the storefront imports types only, so nothing of the plugin runs there.
 */
export {
  StoreProducerDetail,
  StoreProducerList,
  StoreProductProvenance,
  type StoreProducerDetailType,
  type StoreProducerListType,
  type StoreProductProvenanceType,
} from "../api/store/responses"
export { CLAIM_STATES, type ClaimState } from "../modules/producer/claim-state"
export { PRODUCER_CRAFTS, type OpeningHours, type ProducerCraft } from "../modules/producer/crafts"
export {
  CLAIM_TYPES,
  MEAT_SPECIES,
  PROCESSING_STEPS,
  SUPPLY_LINK_STATUSES,
  type ClaimType,
  type MeatSpecies,
  type ProcessingStep,
  type SupplyLinkStatus,
} from "../modules/producer/provenance-vocabulary"
