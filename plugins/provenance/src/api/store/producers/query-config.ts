/** The fields a producer list answers with unless the client asks for others. */
export const defaultStoreProducerListFields = [
  "id",
  "handle",
  "name",
  "craft",
  "tagline",
  "town",
  "district",
  "latitude",
  "longitude",
  "farm_shop",
  "pickup",
]

export const listProducerQueryConfig = {
  defaults: defaultStoreProducerListFields,
  defaultLimit: 20,
  isList: true,
}

/** One producer's profile with the products it offers (prices come from /store/products). */
export const defaultStoreProducerFields = [
  ...defaultStoreProducerListFields,
  "story",
  "postal_code",
  "website",
  "email",
  "phone",
  "opening_hours",
  "products.id",
  "products.handle",
  "products.title",
  "products.subtitle",
  "products.thumbnail",
  "products.status",
]

export const retrieveProducerQueryConfig = {
  defaults: defaultStoreProducerFields,
  isList: false,
}
