import { allowFields, defineMiddlewares } from "@medusajs/framework/http"
import { adminBundleRoutesMiddlewares } from "./admin/bundles/middlewares"
import { adminChangeRequestRoutesMiddlewares } from "./admin/change-requests/middlewares"
import { adminOrderPartRoutesMiddlewares } from "./admin/order-parts/middlewares"
import { adminPayoutRoutesMiddlewares } from "./admin/payouts/middlewares"
import { adminSellerAccountRoutesMiddlewares } from "./admin/seller-accounts/middlewares"
import { producerDashboardRoutesMiddlewares } from "./producer/dashboard/middlewares"
import { producerFulfilmentRoutesMiddlewares } from "./producer/fulfilment/middlewares"
import { producerOrderPartRoutesMiddlewares } from "./producer/order-parts/middlewares"
import { producerPayoutDetailRoutesMiddlewares } from "./producer/payout-details/middlewares"
import { producerStripeOnboardingRoutesMiddlewares } from "./producer/stripe-onboarding/middlewares"
import { producerPayoutRoutesMiddlewares } from "./producer/payouts/middlewares"
import { producerProductChoiceRoutesMiddlewares } from "./producer/product-choices/middlewares"
import { producerProductRoutesMiddlewares } from "./producer/products/middlewares"
import { storeCartRoutesMiddlewares } from "./store/carts/middlewares"
import { storeOrderRoutesMiddlewares } from "./store/orders/middlewares"
import { storeProductBundleRoutesMiddlewares } from "./store/products/[id]/bundle/middlewares"

/** A product's food information (Reg. (EU) 1169/2011), shown before the purchase: public by law. */
const STORE_FOOD_INFORMATION_FIELDS = ["food_information", "*food_information", "food_information.*"]

export default defineMiddlewares({
  routes: [
    ...adminBundleRoutesMiddlewares,
    ...adminPayoutRoutesMiddlewares,
    ...adminSellerAccountRoutesMiddlewares,
    ...adminOrderPartRoutesMiddlewares,
    ...adminChangeRequestRoutesMiddlewares,
    ...producerPayoutRoutesMiddlewares,
    ...producerPayoutDetailRoutesMiddlewares,
    ...producerStripeOnboardingRoutesMiddlewares,
    ...producerOrderPartRoutesMiddlewares,
    ...producerProductRoutesMiddlewares,
    ...producerProductChoiceRoutesMiddlewares,
    ...producerFulfilmentRoutesMiddlewares,
    ...producerDashboardRoutesMiddlewares,
    ...storeOrderRoutesMiddlewares,
    ...storeCartRoutesMiddlewares,
    ...storeProductBundleRoutesMiddlewares,
    // A product's shipping profile is its producer's: the checkout groups cart lines by it, as
    // Medusa asks for one shipping method per profile. Only the id; no `method`, so Medusa's own
    // query validation does not run first and drop it.
    ...["/store/products", "/store/products/:id"].map((matcher) => ({
      matcher,
      middlewares: [allowFields("shipping_profile", "shipping_profile.id", ...STORE_FOOD_INFORMATION_FIELDS)],
    })),
  ],
})
