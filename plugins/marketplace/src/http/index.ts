/**
 * The marketplace plugin's HTTP contract for shoppers, as the package exports it
 * (`@genussnetz/marketplace/http`): the zod schema its store route for order parts answers
 * with, its types, and the statuses a part can have. The storefront imports types only.
 */
export { StoreOrderPart, StoreOrderParts, type StoreOrderPartType, type StoreOrderPartsType } from "../api/store/orders/responses"
export { ORDER_PART_STATUSES, type OrderPartStatus } from "../modules/ledger/models/order-part"
export { VAT_STATUSES, type VatStatus } from "../modules/ledger/models/seller-account"
export {
  ALLERGENS,
  DATE_MARKINGS,
  ALCOHOL_DECLARATION_THRESHOLD,
  type Allergen,
  type DateMarking,
} from "../modules/food-information/vocabulary"
