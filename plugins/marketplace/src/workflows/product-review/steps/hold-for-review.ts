import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { producerProductDetail } from "../../../producer-products/listing"
import { refuse } from "../../producer-products/steps/selling-setup"
import type { ProducerProductChangeType } from "../../producer-products/schemas"
import { productReviewRequired } from "../review-setting"

/** The fields of a product that shoppers read as the association vouches for them; prices and stock are the producer's business. */
export const REVIEWED_FIELDS = ["title", "description", "category_id", "type_id", "chilled", "season_months"] as const

export type HeldChange = Partial<Pick<ProducerProductChangeType, (typeof REVIEWED_FIELDS)[number] | "status">>
export type ReviewSplit = { immediate: ProducerProductChangeType; held: HeldChange | null; change_request_id: string | null }

/** Whether a reviewed field's new value is the one the product has (texts: German and English as the change leaves them). */
function sameValue(field: string, current: unknown, next: unknown) {
  if (field === "title" || field === "description") {
    const now = current as { de: string; en: string | null }
    const then = next as { de: string; en?: string }
    return now.de === then.de && (now.en ?? null) === (then.en ?? null)
  }
  if (field === "season_months") return JSON.stringify([...(current as number[])].sort()) === JSON.stringify([...(next as number[])].sort())
  return current === next
}

type Undo = { created?: string; previous?: { id: string; proposed: Record<string, unknown> }; withdrawn?: string }

/**
 * Splits a producer's change to its product: what goes through now, and what waits for the
 * association — while the association requires review, the reviewed fields of a published
 * product and the publication itself, held in the product's one pending change request (a later
 * change folded into it). Taking the product offline goes through and withdraws what waits. An
 * approved request's own change (`reviewed`) goes through whole. Compensation puts the request
 * back as it was.
 */
export const holdForReviewStep = createStep(
  "hold-for-review",
  async (input: { producer_id: string; product_id: string; change: ProducerProductChangeType; reviewed: boolean }, { container }) => {
    const { change } = input
    const straight = (undo: Undo = {}) => new StepResponse<ReviewSplit, Undo>({ immediate: change, held: null, change_request_id: null }, undo)
    if (input.reviewed) return straight()
    const review = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const [pending] = await review.listProductChangeRequests({ product_id: input.product_id, status: "pending" })
    if (change.status === "draft") {
      if (!pending) return straight()
      await review.updateProductChangeRequests({ id: pending.id, status: "withdrawn", decided_at: new Date() })
      return straight({ withdrawn: pending.id })
    }
    if (!(await productReviewRequired(container))) return straight()
    const product = (await producerProductDetail(container, input.product_id)) as Record<string, unknown>
    const publishing = change.status === "published" && product.status !== "published"
    if (product.status !== "published" && !publishing) return straight()
    // Refused when asked for, not when the association approves: the producer can act on it now.
    if (publishing && !product.food_information) refuse("A food is published only with its food information (ingredients, allergens, storage): add it first")

    // A form sends every field; only what differs from the product as it is waits.
    const held: HeldChange = {}
    const immediate: Record<string, unknown> = {}
    for (const [field, value] of Object.entries(change)) {
      if (field === "status" && publishing) held.status = "published"
      else if (!(REVIEWED_FIELDS as readonly string[]).includes(field)) immediate[field] = value
      else if (!sameValue(field, product[field], value)) (held as Record<string, unknown>)[field] = value
    }
    if (!Object.keys(held).length) return straight()
    const split = (id: string, undo: Undo) =>
      new StepResponse<ReviewSplit, Undo>({ immediate: immediate as ProducerProductChangeType, held, change_request_id: id }, undo)
    if (pending) {
      const previous = { id: pending.id, proposed: pending.proposed as Record<string, unknown> }
      await review.updateProductChangeRequests({ id: pending.id, proposed: { ...previous.proposed, ...held } })
      return split(pending.id, { previous })
    }
    const created = await review.createProductChangeRequests({ product_id: input.product_id, producer_id: input.producer_id, proposed: held })
    return split(created.id, { created: created.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const review = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    if (undo.created) await review.deleteProductChangeRequests(undo.created)
    if (undo.previous) await review.updateProductChangeRequests(undo.previous)
    if (undo.withdrawn) await review.updateProductChangeRequests({ id: undo.withdrawn, status: "pending", decided_at: null })
  }
)
