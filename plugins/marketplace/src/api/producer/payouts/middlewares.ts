import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { PayoutPeriod } from "../../utils/validators"

/** The producer's own statement; login is checked for every /producer route by the producers plugin. */
export const producerPayoutRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/payouts", middlewares: [validateAndTransformQuery(PayoutPeriod, { defaults: [], isList: false })] },
]
