import { defineMiddlewares } from "@medusajs/framework/http"
import { adminClaimRoutesMiddlewares } from "./admin/claims/middlewares"
import { adminProductProvenanceRoutesMiddlewares } from "./admin/products/[id]/provenance/middlewares"
import { adminSupplyLinkRoutesMiddlewares } from "./admin/supply-links/middlewares"
import { producerProvenanceRoutesMiddlewares } from "./producer/middlewares"
import { storeProducerProvenanceRoutesMiddlewares } from "./store/producers/[handle]/provenance/middlewares"
import { storeProductProvenanceRoutesMiddlewares } from "./store/products/[id]/provenance/middlewares"
import { storeSearchRoutesMiddlewares } from "./store/search/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeProductProvenanceRoutesMiddlewares,
    ...storeProducerProvenanceRoutesMiddlewares,
    ...storeSearchRoutesMiddlewares,
    ...adminProductProvenanceRoutesMiddlewares,
    ...adminSupplyLinkRoutesMiddlewares,
    ...adminClaimRoutesMiddlewares,
    ...producerProvenanceRoutesMiddlewares,
  ],
})
