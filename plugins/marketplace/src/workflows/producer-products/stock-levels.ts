/**
 * The inventory levels that stock new variants at the producer's location: one per inventory
 * item of each variant (as Medusa's query answers `inventory_items.inventory_item_id`).
 */
export const stockLevelsAt = (
  locationId: string,
  variants: { id: string; title?: string; inventory_items?: { inventory_item_id: string }[] | null }[],
  stockOf: (variant: { id: string; title?: string }) => number
) =>
  variants.flatMap((variant) =>
    (variant.inventory_items ?? []).map((item) => ({ location_id: locationId, inventory_item_id: item.inventory_item_id, stocked_quantity: stockOf(variant) }))
  )
