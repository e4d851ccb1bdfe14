import { z } from "@medusajs/framework/zod"
import { FoodInformationFields } from "../../../workflows/food-information/schemas"
import { NewProducerProduct, NewVariantInput, ProducerProductChange } from "../../../workflows/producer-products/schemas"
import { MAX_PRODUCT_PHOTOS } from "../../../producer-products/photos"
import { pageParams } from "../../utils/validators"

/** A page of the producer's own products, every status (drafts too), by title. */
export const ProducerGetProductsParams = z.object({ ...pageParams }).strict()
export type ProducerGetProductsParamsType = z.infer<typeof ProducerGetProductsParams>

/** A product's food information: German required, English optional (Reg. (EU) 1169/2011 Art. 14). */
export const ProducerSetFoodInformation = FoodInformationFields
export type ProducerSetFoodInformationType = z.infer<typeof ProducerSetFoodInformation>

/** A new product: texts, category, type, chilled, seasons, status, variants (price, net quantity, stock), food information. */
export const ProducerCreateProduct = NewProducerProduct
export type ProducerCreateProductType = z.infer<typeof ProducerCreateProduct>

/** A change to one of its products: any of the fields, and each named variant's price and stock. */
export const ProducerUpdateProduct = ProducerProductChange
export type ProducerUpdateProductType = z.infer<typeof ProducerUpdateProduct>

export const ProducerGetProductParams = z.object({}).strict()

/** Where a photo goes in the product's order: 0 is the main photo. */
export const ProducerMovePhoto = z
  .object({ position: z.number().int().min(0).max(MAX_PRODUCT_PHOTOS - 1, `A product has at most ${MAX_PRODUCT_PHOTOS} photos: the last place is ${MAX_PRODUCT_PHOTOS - 1}`) })
  .strict()
export type ProducerMovePhotoType = z.infer<typeof ProducerMovePhoto>

/** A pack size added to a product: label de/en, net quantity and unit, price, stock. */
export const ProducerAddPackSize = NewVariantInput
export type ProducerAddPackSizeType = z.infer<typeof ProducerAddPackSize>
