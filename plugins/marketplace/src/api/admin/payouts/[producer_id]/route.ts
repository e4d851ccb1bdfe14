import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { statementCsv } from "../../../../modules/ledger/statement"
import { producerStatement } from "../../../utils/payouts"
import { sendStatement } from "../../../utils/send-statement"
import type { PayoutPeriodType } from "../../../utils/validators"

/** One producer's payout statement for a period (JSON or CSV), for the association. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, PayoutPeriodType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", filters: { id: req.params.producer_id }, fields: ["id"] })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer with id "${req.params.producer_id}" was found`)
  const period = req.validatedQuery
  const statement = await producerStatement(req.scope, req.params.producer_id, period)
  sendStatement(res, period.format, `abrechnung-${statement.producer.name}-${period.from}-${period.to}`, { statement }, () => statementCsv(statement.producer, statement.entries))
}
