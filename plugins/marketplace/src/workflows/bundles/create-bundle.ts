import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createBundleComponentsStep } from "./steps/create-bundle-components"
import { validateBundleComponentsStep, type BundleComponentInput } from "./steps/validate-bundle-components"

export type CreateBundleInput = {
  title: string
  handle: string
  subtitle?: string
  description?: string
  /** The bundle's price incl. VAT in `currency_code`. */
  price: number
  currency_code: string
  sales_channel_id: string
  category_ids?: string[]
  thumbnail?: string
  /** The producer who packs and sends the bundle: one of its makers. */
  host_producer_id: string
  components: BundleComponentInput[]
}

/** The bundle's one variant: it holds no stock of its own, only its components'. */
export const BUNDLE_OPTION = { title: "Inhalt", value: "Paket" }

/**
 * Makes a Genusspaket: a product of its host producer (linked to it like any product, with its
 * shipping profile) whose one variant is a Medusa inventory kit of the components' own
 * inventory items — selling one reserves every component's stock at its maker's location — and
 * the record of each maker's share of its price. One workflow, so a failure leaves neither.
 */
export const createBundleWorkflow = createWorkflow("create-bundle", (input: CreateBundleInput) => {
  const checked = validateBundleComponentsStep(input)
  const products = createProductsWorkflow.runAsStep({
    input: transform({ input, checked }, ({ input, checked }) => ({
      products: [
        {
          title: input.title,
          subtitle: input.subtitle,
          handle: input.handle,
          description: input.description,
          status: ProductStatus.PUBLISHED,
          category_ids: input.category_ids,
          type_id: checked.type_id ?? undefined,
          thumbnail: input.thumbnail,
          images: input.thumbnail ? [{ url: input.thumbnail }] : undefined,
          shipping_profile_id: checked.shipping_profile_id,
          metadata: { genusspaket: true, ...(checked.chilled ? { chilled: true } : {}) },
          options: [{ title: BUNDLE_OPTION.title, values: [BUNDLE_OPTION.value] }],
          variants: [
            {
              title: BUNDLE_OPTION.value,
              sku: input.handle.toUpperCase(),
              manage_inventory: true,
              inventory_items: checked.kit,
              options: { [BUNDLE_OPTION.title]: BUNDLE_OPTION.value },
              prices: [{ amount: input.price, currency_code: input.currency_code }],
            },
          ],
          sales_channels: [{ id: input.sales_channel_id }],
        },
      ],
      additional_data: { producer_id: input.host_producer_id },
    })),
  })
  const components = createBundleComponentsStep(
    transform({ input, products }, ({ input, products }) => ({ bundle_variant_id: products[0].variants[0].id, components: input.components }))
  )
  return new WorkflowResponse(transform({ products, components }, ({ products, components }) => ({ product: products[0], components })))
})
