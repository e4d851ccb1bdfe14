import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetProductBundleParams } from "./validators"

export const storeProductBundleRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/products/:id/bundle",
    middlewares: [validateAndTransformQuery(StoreGetProductBundleParams, { defaults: [], isList: false })],
  },
]
