import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { summaryCsv } from "../../../modules/ledger/statement"
import { payOutProducersWorkflow } from "../../../workflows/payouts/pay-out-producers"
import { payoutSummary, payoutsByIds } from "../../utils/payouts"
import { sendStatement } from "../../utils/send-statement"
import type { PayoutPeriodType, PayoutRunBodyType } from "../../utils/validators"

/** The association's payouts for a period: each producer's sums and the sum over all (JSON or CSV). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PayoutPeriodType>, res: MedusaResponse) => {
  const period = req.validatedQuery
  const summary = await payoutSummary(req.scope, period)
  sendStatement(res, period.format, `auszahlungen-${period.from}-${period.to}`, { payouts: summary }, () => summaryCsv(summary.producers))
}

/**
 * A payout run: each producer is paid its balance for entries written up to the end of `until`
 * (or until now, for today) by the configured method. Answers the payouts made (paid, or failed
 * at Stripe with its reason) and the producers owed money that could not be paid yet.
 */
export const POST = async (req: AuthenticatedMedusaRequest<PayoutRunBodyType>, res: MedusaResponse) => {
  const { until, producer_ids } = req.validatedBody
  const endOfDay = new Date(Date.parse(`${until}T00:00:00Z`) + 24 * 3600 * 1000)
  const coversUntil = new Date(Math.min(endOfDay.getTime(), Date.now()))
  const { result } = await payOutProducersWorkflow(req.scope).run({ input: { covers_until: coversUntil, producer_ids } })
  res.json({ covers_until: coversUntil, payouts: await payoutsByIds(req.scope, result.payout_ids), waiting: result.waiting })
}
