import { defineMiddlewares } from "@medusajs/framework/http"
import { adminPayoutRoutesMiddlewares } from "./admin/payouts/middlewares"
import { producerOrderPartRoutesMiddlewares } from "./producer/order-parts/middlewares"
import { producerPayoutRoutesMiddlewares } from "./producer/payouts/middlewares"

export default defineMiddlewares({
  routes: [...adminPayoutRoutesMiddlewares, ...producerPayoutRoutesMiddlewares, ...producerOrderPartRoutesMiddlewares],
})
