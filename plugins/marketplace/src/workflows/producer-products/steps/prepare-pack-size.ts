import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAX_VARIANTS, type NewVariantInputType } from "../schemas"
import { loadSellingSetup, refuse } from "./selling-setup"

/**
 * Checks a pack size to be added to a producer's product (a place left, a label of its own) and
 * says where it goes: the product's pack-size option, the producer's stock location, the
 * variant's Medusa input. Reads only; nothing to undo.
 */
export const preparePackSizeStep = createStep(
  "prepare-pack-size",
  async (input: { producer_id: string; product_id: string; pack_size: NewVariantInputType }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: ["id", "handle", "variants.id", "variants.title", "options.id", "options.title"],
      filters: { id: input.product_id },
    })
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with id "${input.product_id}" was found`)
    const setup = await loadSellingSetup(container, input.producer_id, {})
    const variants = (product.variants ?? []) as { id: string; title: string }[]
    if (variants.length >= MAX_VARIANTS) refuse(`A product has at most ${MAX_VARIANTS} pack sizes: remove one before adding another`)
    const label = input.pack_size.label.de
    if (variants.some((variant) => variant.title.toLowerCase() === label.toLowerCase())) refuse(`The product has a pack size "${label}" already`)
    const option = (product.options ?? [])[0] as { id: string; title: string } | undefined
    if (!option) refuse("The product has no pack-size option to add to")
    const { net_quantity, net_unit, price } = input.pack_size
    return new StepResponse({
      location_id: setup.location_id,
      option: { id: option!.id },
      variant: {
        product_id: product.id as string,
        title: label,
        sku: `${product.handle}-${net_quantity}${net_unit}-${Date.now().toString(36)}`.toUpperCase().slice(0, 140),
        manage_inventory: true,
        options: { [option!.title]: label },
        prices: [{ amount: price, currency_code: "eur" }],
        metadata: { net_quantity, net_unit },
      },
    })
  }
)
