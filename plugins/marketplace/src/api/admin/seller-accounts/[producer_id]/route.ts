import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateSellerAccountWorkflow } from "../../../../workflows/payouts/update-seller-account"
import { sellerAccountViews } from "../../../utils/payouts"
import type { AdminUpdateSellerAccountType } from "../validators"

/** Sets a producer's commission rate, VAT status or connected Stripe account; answers the payee as it is then. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSellerAccountType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", filters: { id: req.params.producer_id }, fields: ["id", "name", "status"] })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer with id "${req.params.producer_id}" was found`)
  await updateSellerAccountWorkflow(req.scope).run({ input: { ...req.validatedBody, producer_id: data[0].id } })
  const [sellerAccount] = await sellerAccountViews(req.scope, data)
  res.json({ seller_account: sellerAccount })
}
