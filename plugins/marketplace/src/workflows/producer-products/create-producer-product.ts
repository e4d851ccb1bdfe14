import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, createProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { setEnglishTextsStep, type EnglishTexts } from "@genussnetz/producers/workflows"
import { upsertFoodInformationStep } from "../food-information/steps/upsert-food-information"
import { validateFoodInformationStep } from "../food-information/steps/validate-food-information"
import { readReviewSettingStep } from "../product-review/steps/read-review-setting"
import { requestPublicationStep } from "../product-review/steps/request-publication"
import type { NewProducerProductType } from "./schemas"
import { stockLevelsAt } from "./stock-levels"
import { ensureSeasonTagsStep } from "./steps/ensure-season-tags"
import { PACK_SIZE_OPTION, prepareNewProductStep } from "./steps/prepare-new-product"

export const createProducerProductWorkflowId = "create-producer-product"

/**
 * A producer's new product, as the portal makes it: Medusa's product (linked to its producer by
 * the productsCreated hook, under its shipping profile, in the shop's sales channel), each
 * variant's stock at the producer's location, the food information if given, and the English
 * words in the Translation Module. One workflow: a failure anywhere leaves nothing behind. While
 * the association requires review, a product to be published is made as a draft and its
 * publication waits in a change request (the answer's `change_request_id`).
 */
export const createProducerProductWorkflow = createWorkflow(
  createProducerProductWorkflowId,
  (input: { producer_id: string; product: NewProducerProductType }) => {
    const seasonTagIds = ensureSeasonTagsStep(transform({ input }, ({ input }) => input.product.season_months))
    const prepared = prepareNewProductStep(
      transform({ input, seasonTagIds }, ({ input, seasonTagIds }) => ({ producer_id: input.producer_id, product: input.product, season_tag_ids: seasonTagIds }))
    )
    const reviewRequired = readReviewSettingStep()
    const held = transform({ input, reviewRequired }, ({ input, reviewRequired }) => reviewRequired && input.product.status === "published")
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input, prepared, held }, ({ input, prepared, held }) => ({
        products: [held ? { ...prepared.product, status: ProductStatus.DRAFT } : prepared.product],
        additional_data: { producer_id: input.producer_id },
      })),
    })
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "title", "inventory_items.inventory_item_id"],
      filters: transform({ products }, ({ products }) => ({ id: products[0].variants.map((v: { id: string }) => v.id) })),
    })
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, prepared, variants }, ({ input, prepared, variants }) => ({
        inventory_levels: stockLevelsAt(prepared.location_id, variants, (variant) => input.product.variants.find((v) => v.label.de === variant.title)!.stock),
      })),
    })
    const foodInformation = validateFoodInformationStep(
      transform({ input, products }, ({ input, products }) =>
        input.product.food_information ? [{ ...input.product.food_information, product_id: products[0].id }] : []
      )
    )
    const foodRecords = upsertFoodInformationStep(foodInformation)
    setEnglishTextsStep(
      transform({ input, products, foodRecords }, ({ input, products, foodRecords }) => {
        const product = products[0] as any
        const { title, description, variants: planned, food_information } = input.product
        const englishLabel = new Map(planned.map((v) => [v.label.de, v.label.en ?? null]))
        const entries: EnglishTexts[] = [
          { reference: "product", reference_id: product.id, translations: { title: title.en ?? null, description: description.en ?? null } },
          ...product.variants.map((variant: { id: string; title: string }) => ({
            reference: "product_variant",
            reference_id: variant.id,
            translations: { title: englishLabel.get(variant.title) ?? null },
          })),
          ...(product.options ?? []).flatMap((option: { id: string; values?: { id: string; value: string }[] }) => [
            { reference: "product_option", reference_id: option.id, translations: { title: PACK_SIZE_OPTION.en } },
            ...(option.values ?? []).map((value) => ({
              reference: "product_option_value",
              reference_id: value.id,
              translations: { value: englishLabel.get(value.value) ?? null },
            })),
          ]),
        ]
        if (food_information && foodRecords[0]) {
          entries.push({
            reference: "food_information",
            reference_id: foodRecords[0].id,
            translations: { storage: food_information.storage.en ?? null, ingredients: food_information.ingredients?.en ?? null },
          })
        }
        return entries
      })
    )
    const changeRequestId = when({ held }, ({ held }) => held).then(() =>
      requestPublicationStep(transform({ input, products }, ({ input, products }) => ({ product_id: products[0].id as string, producer_id: input.producer_id })))
    )
    return new WorkflowResponse(
      transform({ products, changeRequestId }, ({ products, changeRequestId }) => ({
        id: products[0].id as string,
        handle: products[0].handle as string,
        change_request_id: (changeRequestId ?? null) as string | null,
      }))
    )
  }
)
