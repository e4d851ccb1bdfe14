import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** A 400 in words a producer understands (the portal shows the backend's message as it is). */
export function refuse(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * What a producer's goods need to be sold: its stock location and shipping profile (set up with
 * its pickup and delivery), the shop's sales channel — and that the category and type a product
 * names exist. Refuses with a 400 that says what is missing.
 */
export async function loadSellingSetup(container: MedusaContainer, producerId: string, names: { category_id?: string; type_id?: string }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: producers }, { data: stores }, { data: categories }, { data: types }] = await Promise.all([
    query.graph({ entity: "producer", fields: ["id", "handle", "name", "status", "stock_location.id", "shipping_profile.id"], filters: { id: producerId } }),
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
    names.category_id ? query.graph({ entity: "product_category", fields: ["id"], filters: { id: names.category_id, is_active: true } }) : { data: [true] },
    names.type_id ? query.graph({ entity: "product_type", fields: ["id"], filters: { id: names.type_id } }) : { data: [true] },
  ])
  const producer = producers[0]
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${producerId} was not found`)
  if (producer.status === "left") refuse("This business has left the network; its products stay offline")
  if (!categories.length) refuse(`There is no category with id "${names.category_id}"`)
  if (!types.length) refuse(`There is no product type with id "${names.type_id}"`)
  const locationId = producer.stock_location?.id as string | undefined
  const profileId = producer.shipping_profile?.id as string | undefined
  if (!locationId || !profileId) refuse("Set up pickup and delivery first: the shop needs to know where your goods are and how they reach shoppers")
  const salesChannelId = stores[0]?.default_sales_channel_id as string | undefined
  if (!salesChannelId) refuse("The shop has no sales channel yet")
  return {
    producer_handle: producer.handle as string,
    producer_name: producer.name as string,
    location_id: locationId!,
    shipping_profile_id: profileId!,
    sales_channel_id: salesChannelId!,
  }
}
