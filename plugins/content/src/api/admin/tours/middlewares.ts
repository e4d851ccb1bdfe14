import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateTour, AdminGetTourParams, AdminGetToursParams, AdminUpdateTour } from "./validators"

const noFields = { defaults: [], isList: false }
/** A GPX file travels inside the JSON body: room for the largest track the schema accepts (MAX_GPX_CHARACTERS) and its words. */
const trackBody = { sizeLimit: "16mb" }

/** The association's tours (Medusa authenticates every /admin route before these). */
export const adminTourRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/tours", middlewares: [validateAndTransformQuery(AdminGetToursParams, noFields)] },
  { method: ["POST"], matcher: "/admin/tours", bodyParser: trackBody, middlewares: [validateAndTransformBody(AdminCreateTour)] },
  { method: ["GET"], matcher: "/admin/tours/:id", middlewares: [validateAndTransformQuery(AdminGetTourParams, noFields)] },
  { method: ["POST"], matcher: "/admin/tours/:id", bodyParser: trackBody, middlewares: [validateAndTransformBody(AdminUpdateTour)] },
]
