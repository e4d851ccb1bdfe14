import type { IProductModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { seasonTag } from "../schemas"

export const ensureSeasonTagsStepId = "ensure-season-tags"

/**
 * The season tags of the given months (1–12), made where missing — the seed makes all twelve,
 * a shop without them gets those its producers use. Compensation deletes only the ones it made.
 */
export const ensureSeasonTagsStep = createStep(
  ensureSeasonTagsStepId,
  async (months: number[] | undefined, { container }) => {
    if (!months?.length) return new StepResponse([] as string[], [] as string[])
    const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
    const values = months.map(seasonTag)
    const existing = await products.listProductTags({ value: values }, { select: ["id", "value"] })
    const missing = values.filter((value) => !existing.some((tag) => tag.value === value))
    const created = missing.length ? await products.createProductTags(missing.map((value) => ({ value }))) : []
    const all = [...existing, ...created]
    return new StepResponse(
      values.map((value) => all.find((tag) => tag.value === value)!.id),
      created.map((tag) => tag.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<IProductModuleService>(Modules.PRODUCT).deleteProductTags(createdIds)
  }
)
