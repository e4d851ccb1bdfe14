import { readPhotoUpload } from "@genussnetz/producers/photos"
import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  ProducerCreateProduct,
  ProducerGetProductParams,
  ProducerGetProductsParams,
  ProducerAddPackSize,
  ProducerMovePhoto,
  ProducerSetFoodInformation,
  ProducerUpdateProduct,
} from "./validators"

/**
 * The producer's own products. Login, and ownership of `/producer/products/:id` (the
 * producers plugin's rule for products: 404 for another's), are checked for every
 * /producer route before these.
 */
export const producerProductRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/products", middlewares: [validateAndTransformQuery(ProducerGetProductsParams, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/producer/products", middlewares: [validateAndTransformBody(ProducerCreateProduct)] },
  { method: ["GET"], matcher: "/producer/products/:id", middlewares: [validateAndTransformQuery(ProducerGetProductParams, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/producer/products/:id", middlewares: [validateAndTransformBody(ProducerUpdateProduct)] },
  { method: ["POST"], matcher: "/producer/products/:id/food-information", middlewares: [validateAndTransformBody(ProducerSetFoodInformation)] },
  { method: ["GET"], matcher: "/producer/products/:id/photos", middlewares: [validateAndTransformQuery(ProducerGetProductParams, { defaults: [], isList: false })] },
  { method: ["POST"], matcher: "/producer/products/:id/pack-sizes", middlewares: [validateAndTransformBody(ProducerAddPackSize)] },
  // The photo is the body itself (its bytes, as the browser read the file), not JSON.
  { method: ["POST"], matcher: "/producer/products/:id/photos", bodyParser: false, middlewares: [readPhotoUpload] },
  { method: ["POST"], matcher: "/producer/products/:id/photos/:photo_id", middlewares: [validateAndTransformBody(ProducerMovePhoto)] },
]
