/**
 * What the network's other plugins share of this one's HTTP layer (`@genussnetz/producers/api-utils`):
 * the list parameters' validators, and the producer a store route's `:handle` names.
 */
export { allowedFields, escapeLike, sortOrder } from "./query-params"
export { retrieveListedProducer } from "./listed-producer"
export { daySlot, euros, germanAndEnglish, parseOrThrow } from "./body-fields"
