import { z } from "@medusajs/framework/zod"
import { FoodInformationFields } from "../../../workflows/food-information/schemas"
import { pageParams } from "../../utils/validators"

/** A page of the producer's own products, every status (drafts too), by title. */
export const ProducerGetProductsParams = z.object({ ...pageParams }).strict()
export type ProducerGetProductsParamsType = z.infer<typeof ProducerGetProductsParams>

/** A product's food information: German required, English optional (Reg. (EU) 1169/2011 Art. 14). */
export const ProducerSetFoodInformation = FoodInformationFields
export type ProducerSetFoodInformationType = z.infer<typeof ProducerSetFoodInformation>
