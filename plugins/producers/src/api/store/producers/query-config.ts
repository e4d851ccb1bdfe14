/** The fields a producer list answers with unless the client asks for others. */
export const defaultStoreProducerListFields = [
  "id",
  "handle",
  "name",
  "craft",
  "status",
  "tagline",
  "town",
  "district",
  "latitude",
  "longitude",
  "farm_shop",
  "pickup",
]

/**
 * What a client may ask a producer list for: the public profile, nothing linked. Products
 * (drafts among them), supply links (rejected ones with their notes) and claims (rejected
 * ones with their evidence) are not public as they are stored; the profile route filters them.
 */
export const allowedStoreProducerListFields = [
  ...defaultStoreProducerListFields,
  // The rest of the public profile, which the profile route answers with anyway.
  "story",
  "street",
  "postal_code",
  "website",
  "email",
  "phone",
  "opening_hours",
  // Its own photos (each size's url; the answers leave out the files' ids).
  "photos",
]

/** The fields a producer list can be sorted by. */
export const sortableStoreProducerListFields = ["name", "town", "district", "craft", "handle"] as const

export const listProducerQueryConfig = {
  defaults: defaultStoreProducerListFields,
  // Medusa's own check, as on its store routes: drops any other field and refuses other sort keys.
  allowed: allowedStoreProducerListFields,
  defaultLimit: 20,
  isList: true,
}

/** One producer's profile with the products it offers (prices come from /store/products). */
export const defaultStoreProducerFields = [
  ...allowedStoreProducerListFields,
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
