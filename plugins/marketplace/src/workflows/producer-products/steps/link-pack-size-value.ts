import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Offers a new pack size's label on the product's pack-size option (Medusa 2.21 keeps an
 * option's values per product: the value is made if the option lacks it, then linked to this
 * product). Undone by unlinking it again (no variant of the product uses it then).
 */
export const linkPackSizeValueStep = createStep(
  "link-pack-size-value",
  async (input: { product_id: string; option_id: string; label: string }, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    await products.updateProductOptionValuesOnProduct({ product_id: input.product_id, product_option_id: input.option_id, add: [{ value: input.label }] })
    const [option] = await products.listProductOptions({ id: input.option_id }, { relations: ["values"] })
    const value = option?.values?.find((candidate: { value: string }) => candidate.value === input.label)
    return new StepResponse(undefined, value ? { product_id: input.product_id, product_option_id: input.option_id, value_id: value.id } : undefined)
  },
  async (linked, { container }) => {
    if (!linked) return
    await container
      .resolve(Modules.PRODUCT)
      .updateProductOptionValuesOnProduct({ product_id: linked.product_id, product_option_id: linked.product_option_id, remove: [linked.value_id] })
  }
)
