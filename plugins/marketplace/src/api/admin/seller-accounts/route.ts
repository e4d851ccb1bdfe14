import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { sellerAccountViews } from "../../utils/payouts"
import type { AdminListSellerAccountsType } from "./validators"

/** Every producer as a payee, by name, a page at a time; and how this shop pays out. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListSellerAccountsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ledger = req.scope.resolve<LedgerModuleService>(LEDGER_MODULE)
  const { data: producers, metadata } = await query.graph({
    entity: "producer",
    fields: ["id", "name", "status"],
    pagination: { skip: offset, take: limit, order: { name: "ASC", id: "ASC" } },
  })
  res.json({
    seller_accounts: await sellerAccountViews(req.scope, producers),
    count: metadata?.count ?? producers.length,
    limit,
    offset,
    payout_method: ledger.payoutMethod(),
    default_commission_rate: ledger.commissionRates().default_rate,
  })
}
