import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { PayoutPeriod, PayoutRunBody } from "../../utils/validators"

const period = validateAndTransformQuery(PayoutPeriod, { defaults: [], isList: false })

/** The association's payout routes (Medusa authenticates every /admin route). */
export const adminPayoutRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/payouts", middlewares: [period] },
  { method: ["POST"], matcher: "/admin/payouts", middlewares: [validateAndTransformBody(PayoutRunBody)] },
  { method: ["GET"], matcher: "/admin/payouts/:producer_id", middlewares: [period] },
]
