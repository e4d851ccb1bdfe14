import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The association's setting, kept in the store's metadata under this key: whether producers'
 * changes to what shoppers see (publishing, texts, category, kind, chilled, seasons) wait for its
 * review. Off unless the association turns it on: a small association starts by trusting its members.
 */
export const PRODUCT_REVIEW_SETTING = "product_review_required"

export async function productReviewRequired(container: MedusaContainer): Promise<boolean> {
  const { data: stores } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "store", fields: ["id", "metadata"] })
  return stores[0]?.metadata?.[PRODUCT_REVIEW_SETTING] === true
}
