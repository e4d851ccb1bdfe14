import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { summaryCsv } from "../../../modules/ledger/statement"
import { payoutSummary } from "../../utils/payouts"
import { sendStatement } from "../../utils/send-statement"
import type { PayoutPeriodType } from "../../utils/validators"

/** The association's payouts for a period: each producer's sums and the sum over all (JSON or CSV). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PayoutPeriodType>, res: MedusaResponse) => {
  const period = req.validatedQuery
  const summary = await payoutSummary(req.scope, period)
  sendStatement(res, period.format, `auszahlungen-${period.from}-${period.to}`, { payouts: summary }, () => summaryCsv(summary.producers))
}
