import { defineMiddlewares } from "@medusajs/framework/http"
import { adminEventRoutesMiddlewares } from "./admin/events/middlewares"
import { storeEventRoutesMiddlewares } from "./store/events/middlewares"

export default defineMiddlewares({
  routes: [...storeEventRoutesMiddlewares, ...adminEventRoutesMiddlewares],
})
