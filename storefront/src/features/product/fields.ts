// Kept free of imports so bench/foundation.mjs can load it with plain Node (which strips types)
// and measure exactly the Store API call the product page makes.

/** The fields the product page shows, and no more. */
export const PRODUCT_PAGE_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "images.url",
  "images.rank",
  "images.metadata",
  "*producer",
  "*food_information",
  "categories.name",
  "categories.handle",
  "variants.id",
  "variants.title",
  "variants.metadata",
  "+variants.inventory_quantity",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.currency_code",
].join(",")
