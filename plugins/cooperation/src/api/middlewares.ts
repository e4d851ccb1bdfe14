import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCooperationPostRoutesMiddlewares } from "./admin/cooperation-posts/middlewares"
import { adminResilienceRoutesMiddlewares } from "./admin/resilience/middlewares"
import { producerCooperationRoutesMiddlewares } from "./producer/middlewares"

export default defineMiddlewares({
  routes: [...adminResilienceRoutesMiddlewares, ...adminCooperationPostRoutesMiddlewares, ...producerCooperationRoutesMiddlewares],
})
