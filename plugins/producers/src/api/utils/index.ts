/**
 * What the network's other plugins share of this one's HTTP layer (`@genussnetz/producers/api-utils`):
 * the list parameters' validators, a producer handle's form, and which producers the shop shows.
 */
export { allowedFields, sortOrder } from "./query-params"
export { ProducerHandle } from "../store/producers/validators"
export { LISTED_PRODUCER_STATUSES } from "../../modules/producer/vocabulary"
