import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { readPhotoUpload } from "../../../photos"
import { ProducerGetProfilePhotosParams, ProducerMoveProfilePhoto } from "./validators"

/** The business's own photos (its profile's); ownership of `/producer/profile-photos/:id` is checked for every /producer route. */
export const producerProfilePhotoRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/profile-photos", middlewares: [validateAndTransformQuery(ProducerGetProfilePhotosParams, { defaults: [], isList: false })] },
  // The photo is the body itself (its bytes, as the browser read the file), not JSON.
  { method: ["POST"], matcher: "/producer/profile-photos", bodyParser: false, middlewares: [readPhotoUpload] },
  { method: ["POST"], matcher: "/producer/profile-photos/:id", middlewares: [validateAndTransformBody(ProducerMoveProfilePhoto)] },
]
