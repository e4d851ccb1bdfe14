import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actingProducer } from "@genussnetz/producers/ownership"
import { statementCsv } from "../../../modules/ledger/statement"
import { producerStatement } from "../../utils/payouts"
import { sendStatement } from "../../utils/send-statement"
import type { PayoutPeriodType } from "../../utils/validators"

/** The logged-in producer's own payout statement for a period (JSON or CSV). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PayoutPeriodType>, res: MedusaResponse) => {
  const period = req.validatedQuery
  const statement = await producerStatement(req.scope, actingProducer(req), period)
  sendStatement(res, period.format, `abrechnung-${period.from}-${period.to}`, { statement }, () => statementCsv(statement.producer, statement.entries))
}
