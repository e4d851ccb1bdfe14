import { allowFields, defineMiddlewares } from "@medusajs/framework/http"
import { adminProducerApplicationRoutesMiddlewares } from "./admin/producer-applications/middlewares"
import { adminProducerRoutesMiddlewares } from "./admin/producers/middlewares"
import { adminProductProducerRoutesMiddlewares } from "./admin/products/[id]/producer/middlewares"
import { producerAuthRoutesMiddlewares } from "./auth/producer/middlewares"
import { producerRoutesMiddlewares } from "./producer/middlewares"
import { defaultStoreProducerListFields } from "./store/producers/query-config"
import { storeProducerApplicationRoutesMiddlewares } from "./store/producer-applications/middlewares"
import { storeProducerInvitationRoutesMiddlewares } from "./store/producer-invitations/middlewares"
import { storeProducerRoutesMiddlewares } from "./store/producers/middlewares"

/** The producer fields a client may ask for on Medusa's product routes: the public profile. */
const STORE_PRODUCT_PRODUCER_FIELDS = [
  "producer",
  "*producer",
  "producer.*",
  ...defaultStoreProducerListFields.map((field) => `producer.${field}`),
]

/**
 * A variant's metadata holds its net quantity (`net_quantity`, `net_unit`: g, ml or piece),
 * which the shop needs for the unit price German price rules (PAngV) require. Nothing
 * private is kept there.
 */
const STORE_VARIANT_UNIT_FIELDS = ["variants.metadata"]

/**
 * A product image's metadata holds a producer's photo's sizes (`photo.sizes`: width, height,
 * url of each re-encoded WebP), from which the shop builds `srcset`. Only the photo workflows
 * write it.
 */
const STORE_PHOTO_SIZE_FIELDS = ["images.metadata"]

export default defineMiddlewares({
  routes: [
    ...storeProducerRoutesMiddlewares,
    ...storeProducerApplicationRoutesMiddlewares,
    ...storeProducerInvitationRoutesMiddlewares,
    ...adminProducerRoutesMiddlewares,
    ...adminProducerApplicationRoutesMiddlewares,
    ...adminProductProducerRoutesMiddlewares,
    ...producerRoutesMiddlewares,
    ...producerAuthRoutesMiddlewares,
    // Let Medusa's own product routes answer with the linked producer
    // (`fields=*producer`). No `method` here: otherwise the core query
    // validation runs first and drops the link's fields.
    ...["/store/products", "/store/products/:id"].map((matcher) => ({
      matcher,
      middlewares: [allowFields(STORE_PRODUCT_PRODUCER_FIELDS, STORE_VARIANT_UNIT_FIELDS, STORE_PHOTO_SIZE_FIELDS)],
    })),
  ],
})
