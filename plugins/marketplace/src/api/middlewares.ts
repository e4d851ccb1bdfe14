import { allowFields, defineMiddlewares } from "@medusajs/framework/http"
import { adminBundleRoutesMiddlewares } from "./admin/bundles/middlewares"
import { adminOrderPartRoutesMiddlewares } from "./admin/order-parts/middlewares"
import { adminPayoutRoutesMiddlewares } from "./admin/payouts/middlewares"
import { adminSellerAccountRoutesMiddlewares } from "./admin/seller-accounts/middlewares"
import { producerOrderPartRoutesMiddlewares } from "./producer/order-parts/middlewares"
import { producerPayoutRoutesMiddlewares } from "./producer/payouts/middlewares"
import { storeCartRoutesMiddlewares } from "./store/carts/middlewares"
import { storeOrderRoutesMiddlewares } from "./store/orders/middlewares"
import { storeProductBundleRoutesMiddlewares } from "./store/products/[id]/bundle/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminBundleRoutesMiddlewares,
    ...adminPayoutRoutesMiddlewares,
    ...adminSellerAccountRoutesMiddlewares,
    ...adminOrderPartRoutesMiddlewares,
    ...producerPayoutRoutesMiddlewares,
    ...producerOrderPartRoutesMiddlewares,
    ...storeOrderRoutesMiddlewares,
    ...storeCartRoutesMiddlewares,
    ...storeProductBundleRoutesMiddlewares,
    // A product's shipping profile is its producer's: the checkout groups cart lines by it, as
    // Medusa asks for one shipping method per profile. Only the id; no `method`, so Medusa's own
    // query validation does not run first and drop it.
    ...["/store/products", "/store/products/:id"].map((matcher) => ({
      matcher,
      middlewares: [allowFields("shipping_profile", "shipping_profile.id")],
    })),
  ],
})
