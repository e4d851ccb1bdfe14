import { allowFields, defineMiddlewares } from "@medusajs/framework/http"
import { adminClaimRoutesMiddlewares } from "./admin/claims/middlewares"
import { adminProducerRoutesMiddlewares } from "./admin/producers/middlewares"
import { adminProductProducerRoutesMiddlewares } from "./admin/products/[id]/producer/middlewares"
import { adminProductProvenanceRoutesMiddlewares } from "./admin/products/[id]/provenance/middlewares"
import { adminSupplyLinkRoutesMiddlewares } from "./admin/supply-links/middlewares"
import { producerRoutesMiddlewares } from "./producer/middlewares"
import { storeProducerRoutesMiddlewares } from "./store/producers/middlewares"
import { storeProductProvenanceRoutesMiddlewares } from "./store/products/[id]/provenance/middlewares"
import { storeSearchRoutesMiddlewares } from "./store/search/middlewares"
import { malformedPathAwareErrorHandler, rejectMalformedInput } from "./utils/reject-malformed-input"

/**
 * Every path the plugin serves or configures. Matchers without parameters: express decodes
 * a matcher's parameters before the middleware runs, and broken %-encoding would throw there.
 * `/store/products` and `/admin/products` cover Medusa's own product routes as well, which
 * the plugin extends (provenance, producer fields) and which fail the same way on such input.
 */
const PLUGIN_PATHS = [
  "/store/producers",
  "/store/products",
  "/store/search",
  "/admin/claims",
  "/admin/supply-links",
  "/admin/producers",
  "/admin/products",
  "/producer",
]

/** The producer fields a client may ask for on Medusa's product routes. */
const STORE_PRODUCT_PRODUCER_FIELDS = [
  "producer",
  "*producer",
  "producer.*",
  ...["id", "handle", "name", "craft", "tagline", "town", "district", "latitude", "longitude", "farm_shop", "pickup"].map(
    (field) => `producer.${field}`
  ),
]

/**
 * A variant's metadata holds its net quantity (`net_quantity`, `net_unit`: g, ml or piece),
 * which the shop needs for the unit price German price rules (PAngV) require. Nothing
 * private is kept there.
 */
const STORE_VARIANT_UNIT_FIELDS = ["variants.metadata"]

export default defineMiddlewares({
  // The app has one error handler; this is Medusa's, answering broken %-encoding with a 400.
  errorHandler: malformedPathAwareErrorHandler(),
  routes: [
    // Without a method these run before every route's own middlewares (Medusa sorts global
    // middlewares first), so no validator or handler ever sees a NUL byte or broken %-encoding.
    ...PLUGIN_PATHS.map((matcher) => ({ matcher, middlewares: [rejectMalformedInput] })),
    ...storeProducerRoutesMiddlewares,
    ...storeProductProvenanceRoutesMiddlewares,
    ...storeSearchRoutesMiddlewares,
    ...adminProducerRoutesMiddlewares,
    ...adminProductProducerRoutesMiddlewares,
    ...adminProductProvenanceRoutesMiddlewares,
    ...adminSupplyLinkRoutesMiddlewares,
    ...adminClaimRoutesMiddlewares,
    ...producerRoutesMiddlewares,
    // Let Medusa's own product routes answer with the linked producer
    // (`fields=*producer`). No `method` here: otherwise the core query
    // validation runs first and drops the link's fields.
    ...["/store/products", "/store/products/:id"].map((matcher) => ({
      matcher,
      middlewares: [allowFields(STORE_PRODUCT_PRODUCER_FIELDS, STORE_VARIANT_UNIT_FIELDS)],
    })),
  ],
})
