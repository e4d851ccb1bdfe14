import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setFoodInformationWorkflow } from "../../../../../workflows/food-information/set-food-information"
import { producerFoodInformation } from "../../../../../producer-products/listing"
import type { ProducerSetFoodInformationType } from "../../validators"

/** Sets the food information the shop shows before the purchase; answers it in German and English. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerSetFoodInformationType>, res: MedusaResponse) => {
  await setFoodInformationWorkflow(req.scope).run({
    input: { food_information: [{ ...req.validatedBody, product_id: req.params.id }] },
  })
  const [food_information] = await producerFoodInformation(req.scope, [req.params.id])
  res.json({ food_information })
}
