import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isChilled } from "../../../fulfilment"
import { sharesAddUp } from "../../../modules/bundles"

export type BundleComponentInput = { variant_id: string; quantity: number; share: number }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks that a Genusspaket can be made of these components and packed by its host, and
 * answers what the bundle's variant needs from them: the inventory kit (each component's own
 * inventory item, so the bundle and the component sold alone share one stock), its product
 * type (the components' one VAT rate), whether it needs
 * the cold chain (if any component does) and the host's shipping profile (the host packs and
 * sends the bundle, so the checkout asks for the host's way of delivery). Reads only.
 */
export const validateBundleComponentsStep = createStep(
  "validate-bundle-components",
  async (input: { host_producer_id: string; components: BundleComponentInput[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = input.components.map((component) => component.variant_id)
    if (input.components.length < 2) throw invalid("A Genusspaket is made of at least two components")
    if (new Set(ids).size !== ids.length) throw invalid("Each component may appear only once: raise its quantity instead")
    if (!sharesAddUp(input.components.map((component) => component.share))) {
      throw invalid("The makers' shares must each be above 0 and add up to 1 (100 %)")
    }
    const { data: variants } = await query.graph({
      entity: "product_variant",
      filters: { id: ids },
      fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "product.id", "product.type_id", "product.metadata", "product.producer.id"],
    })
    const byId = new Map(variants.map((variant: any) => [variant.id, variant]))
    for (const id of ids) {
      const variant: any = byId.get(id)
      if (!variant) throw invalid(`No product variant with id "${id}" was found`)
      if (!variant.product?.producer?.id) throw invalid(`The variant "${id}" belongs to no producer`)
      if (!variant.manage_inventory || (variant.inventory_items ?? []).length !== 1) {
        throw invalid(`The variant "${id}" must keep its own stock (one inventory item) to go into a Genusspaket`)
      }
    }
    const makers = new Set(variants.map((variant: any) => variant.product.producer.id as string))
    if (makers.size < 2) throw invalid("A Genusspaket is made by at least two producers")
    if (!makers.has(input.host_producer_id)) throw invalid("The producer who packs the Genusspaket must make one of its components")
    // The bundle's one line is taxed at one rate: its product type's (food 7 %, drinks 19 %).
    // German VAT would split a mixed basket's price by its parts' rates; until the books do
    // that too, a Genusspaket holds goods of one rate only.
    const types = new Set(variants.map((variant: any) => variant.product.type_id ?? null))
    if (types.size > 1) throw invalid("The components of a Genusspaket must share one product type (one VAT rate)")
    const { data: hosts } = await query.graph({ entity: "producer", filters: { id: input.host_producer_id }, fields: ["id", "shipping_profile.id"] })
    const shippingProfileId = hosts[0]?.shipping_profile?.id as string | undefined
    if (!shippingProfileId) throw invalid("The producer who packs the Genusspaket has no way of delivery yet")
    return new StepResponse({
      kit: input.components.map((component) => ({
        inventory_item_id: (byId.get(component.variant_id) as any).inventory_items[0].inventory_item_id as string,
        required_quantity: component.quantity,
      })),
      chilled: variants.some((variant: any) => isChilled(variant.product)),
      type_id: [...types][0] as string | null,
      shipping_profile_id: shippingProfileId,
    })
  }
)
