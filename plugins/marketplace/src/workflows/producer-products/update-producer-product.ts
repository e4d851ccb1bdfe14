import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchInventoryItemLevelsWorkflow, updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { setEnglishTextsStep } from "@genussnetz/producers/workflows"
import { holdForReviewStep } from "../product-review/steps/hold-for-review"
import type { ProducerProductChangeType } from "./schemas"
import { ensureSeasonTagsStep } from "./steps/ensure-season-tags"
import { prepareProductChangeStep } from "./steps/prepare-product-change"

export const updateProducerProductWorkflowId = "update-producer-product"

/**
 * A producer's change to its own product from the portal: texts (German on the product, English
 * in the Translation Module; a German text changed without English drops the stale English),
 * category, type, chilled, seasons, status, and each variant's price and stock. Medusa's own
 * workflows do each part, so a failure rolls the whole change back. While the association
 * requires review, what shoppers would read differently waits in a change request (the answer's
 * `change_request_id`); `reviewed` is the approved request's own change, which goes through.
 */
export const updateProducerProductWorkflow = createWorkflow(
  updateProducerProductWorkflowId,
  (input: { producer_id: string; product_id: string; change: ProducerProductChangeType; reviewed?: boolean }) => {
    const split = holdForReviewStep(transform({ input }, ({ input }) => ({ ...input, reviewed: input.reviewed ?? false })))
    const seasonTagIds = ensureSeasonTagsStep(transform({ split }, ({ split }) => split.immediate.season_months))
    const prepared = prepareProductChangeStep(
      transform({ input, split, seasonTagIds }, ({ input, split, seasonTagIds }) => ({
        producer_id: input.producer_id,
        product_id: input.product_id,
        change: split.immediate,
        season_tag_ids: seasonTagIds,
      }))
    )
    when({ prepared }, ({ prepared }) => Object.keys(prepared.update).length > 0).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ input, prepared }, ({ input, prepared }) => ({ selector: { id: input.product_id }, update: prepared.update })),
      })
    })
    when({ prepared }, ({ prepared }) => prepared.prices.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ prepared }, ({ prepared }) => ({ product_variants: prepared.prices })),
      })
    })
    when({ prepared }, ({ prepared }) => prepared.levels.create.length + prepared.levels.update.length > 0).then(() => {
      batchInventoryItemLevelsWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => prepared.levels) })
    })
    setEnglishTextsStep(
      transform({ input, split }, ({ input, split }) => {
        const { title, description } = split.immediate
        const translations: Record<string, string | null> = {}
        if (title) translations.title = title.en ?? null
        if (description) translations.description = description.en ?? null
        return Object.keys(translations).length ? [{ reference: "product", reference_id: input.product_id, translations }] : []
      })
    )
    return new WorkflowResponse(transform({ input, split }, ({ input, split }) => ({ id: input.product_id, change_request_id: split.change_request_id })))
  }
)
