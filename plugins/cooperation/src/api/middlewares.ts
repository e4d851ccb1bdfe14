import { defineMiddlewares } from "@medusajs/framework/http"
import { adminResilienceRoutesMiddlewares } from "./admin/resilience/middlewares"

export default defineMiddlewares({
  routes: [...adminResilienceRoutesMiddlewares],
})
