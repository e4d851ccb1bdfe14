import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchInventoryItemLevelsWorkflow, updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { setEnglishTextsStep } from "@genussnetz/producers/workflows"
import type { ProducerProductChangeType } from "./schemas"
import { ensureSeasonTagsStep } from "./steps/ensure-season-tags"
import { prepareProductChangeStep } from "./steps/prepare-product-change"

export const updateProducerProductWorkflowId = "update-producer-product"

/**
 * A producer's change to its own product from the portal: texts (German on the product, English
 * in the Translation Module; a German text changed without English drops the stale English),
 * category, type, chilled, seasons, status, and each variant's price and stock. Medusa's own
 * workflows do each part, so a failure rolls the whole change back.
 */
export const updateProducerProductWorkflow = createWorkflow(
  updateProducerProductWorkflowId,
  (input: { producer_id: string; product_id: string; change: ProducerProductChangeType }) => {
    const seasonTagIds = ensureSeasonTagsStep(transform({ input }, ({ input }) => input.change.season_months))
    const prepared = prepareProductChangeStep(
      transform({ input, seasonTagIds }, ({ input, seasonTagIds }) => ({ ...input, season_tag_ids: seasonTagIds }))
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
      transform({ input }, ({ input }) => {
        const { title, description } = input.change
        const translations: Record<string, string | null> = {}
        if (title) translations.title = title.en ?? null
        if (description) translations.description = description.en ?? null
        return Object.keys(translations).length ? [{ reference: "product", reference_id: input.product_id, translations }] : []
      })
    )
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.product_id })))
  }
)
