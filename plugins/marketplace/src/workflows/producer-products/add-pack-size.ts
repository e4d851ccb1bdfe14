import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createInventoryLevelsWorkflow, createProductVariantsWorkflow, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { setEnglishTextsStep } from "@genussnetz/producers/workflows"
import type { NewVariantInputType } from "./schemas"
import { stockLevelsAt } from "./stock-levels"
import { preparePackSizeStep } from "./steps/prepare-pack-size"
import { linkPackSizeValueStep } from "./steps/link-pack-size-value"

/**
 * A producer adds a pack size to its product: the label among the pack-size option's values, a
 * variant with its net quantity and price (Medusa makes its inventory item), its stock at the
 * producer's location, its English label. Like prices and stock, it goes to the shop at once
 * (the association's review holds what the product says, not what it costs in which size).
 * Under the product's lock, so two additions at once cannot pass the limit together.
 */
export const addPackSizeWorkflow = createWorkflow(
  "add-pack-size",
  (input: { producer_id: string; product_id: string; pack_size: NewVariantInputType }) => {
    const key = transform({ input }, ({ input }) => `pack-sizes-${input.product_id}`)
    acquireLockStep({ key, timeout: 15, ttl: 60 })
    const prepared = preparePackSizeStep(input)
    linkPackSizeValueStep(
      transform({ input, prepared }, ({ input, prepared }) => ({ product_id: input.product_id, option_id: prepared.option.id, label: input.pack_size.label.de }))
    )
    const created = createProductVariantsWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({ product_variants: [prepared.variant] })),
    })
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: transform({ created }, ({ created }) => ({ id: created.map((variant: { id: string }) => variant.id) })),
    }).config({ name: "load-new-pack-size" })
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, prepared, variants }, ({ input, prepared, variants }) => ({
        inventory_levels: stockLevelsAt(prepared.location_id, variants, () => input.pack_size.stock),
      })),
    })
    setEnglishTextsStep(
      transform({ input, created }, ({ input, created }) => [
        { reference: "product_variant", reference_id: created[0].id as string, translations: { title: input.pack_size.label.en ?? null } },
      ])
    )
    releaseLockStep({ key })
    return new WorkflowResponse(transform({ created }, ({ created }) => ({ id: created[0].id as string })))
  }
)
