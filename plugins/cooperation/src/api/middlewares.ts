import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCooperationPostRoutesMiddlewares } from "./admin/cooperation-posts/middlewares"
import { adminResilienceRoutesMiddlewares } from "./admin/resilience/middlewares"
import { producerCooperationRoutesMiddlewares } from "./producer/middlewares"
import { storeRegionalAlternativesRoutesMiddlewares } from "./store/products/[id]/regional-alternatives/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeRegionalAlternativesRoutesMiddlewares,
    ...adminResilienceRoutesMiddlewares,
    ...adminCooperationPostRoutesMiddlewares,
    ...producerCooperationRoutesMiddlewares,
  ],
})
