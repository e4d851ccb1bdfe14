import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FOOD_INFORMATION_MODULE } from "../../../modules/food-information"
import type FoodInformationModuleService from "../../../modules/food-information/service"
import type { FoodInformationInputType } from "../schemas"

export const upsertFoodInformationStepId = "upsert-food-information"

const FIELDS = ["ingredients", "allergens", "storage", "date_marking", "alcohol_percent"] as const

/** Writes each product's food information in German (one record per product); compensation restores what was there. */
export const upsertFoodInformationStep = createStep(
  upsertFoodInformationStepId,
  async (input: FoodInformationInputType[], { container }) => {
    const service: FoodInformationModuleService = container.resolve(FOOD_INFORMATION_MODULE)
    const existing = await service.listFoodInformations({ product_id: input.map((info) => info.product_id) })
    const german = input.map((info) => ({
      product_id: info.product_id,
      ingredients: info.ingredients?.de ?? null,
      allergens: info.allergens,
      storage: info.storage.de,
      date_marking: info.date_marking,
      alcohol_percent: info.alcohol_percent,
    }))
    const idOf = (productId: string) => existing.find((e) => e.product_id === productId)?.id
    const toCreate = german.filter((info) => !idOf(info.product_id))
    const toUpdate = german.filter((info) => idOf(info.product_id)).map((info) => ({ ...info, id: idOf(info.product_id)! }))
    const created = toCreate.length ? await service.createFoodInformations(toCreate) : []
    const updated = toUpdate.length ? await service.updateFoodInformations(toUpdate) : []
    const previous = existing
      .filter((e) => toUpdate.some((u) => u.id === e.id))
      .map((e) => ({ id: e.id, ...Object.fromEntries(FIELDS.map((field) => [field, e[field]])) }))
    return new StepResponse([...created, ...updated], { createdIds: created.map((c) => c.id), previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: FoodInformationModuleService = container.resolve(FOOD_INFORMATION_MODULE)
    if (undo.createdIds.length) await service.deleteFoodInformations(undo.createdIds)
    if (undo.previous.length) await service.updateFoodInformations(undo.previous as any)
  }
)
