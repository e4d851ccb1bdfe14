/**
 * The cooperation plugin's HTTP contract, as the package exports it (`@genussnetz/cooperation/http`):
 * the zod schemas its store routes answer with and their types. The storefront imports types only.
 */
export { StoreRegionalAlternatives, type StoreRegionalAlternativesType } from "../api/store/responses"
