/**
 * The provenance plugin's HTTP contract, as the package exports it (`@genussnetz/provenance/http`):
 * the zod schemas its store routes answer with, their inferred types, and the vocabularies
 * those answers use. The storefront and the tests import it from here, never by a path into
 * the plugin's source; the storefront imports types only, so nothing of the plugin runs there.
 */
export {
  StoreProducerProvenance,
  StoreProductProvenance,
  type StoreProducerProvenanceType,
  type StoreProductProvenanceType,
} from "../api/store/responses"
export { CLAIM_STATES, type ClaimState } from "../modules/provenance/claim-state"
export {
  CLAIM_STATUSES,
  CLAIM_TYPES,
  MEAT_SPECIES,
  PROCESSING_STEPS,
  SUPPLY_LINK_STATUSES,
  type ClaimStatus,
  type ClaimType,
  type MeatSpecies,
  type ProcessingStep,
  type SupplyLinkStatus,
} from "../modules/provenance/provenance-vocabulary"
