/**
 * Only the fields a card needs: Medusa answers its default fields several times slower, and the
 * whole producer (`*producer`, every field of its profile) made 24 cards 54 instead of
 * 35 kB and the cached listing half as fast (bench/storefront.mjs, the Store listing).
 */
export const PRODUCT_SUMMARY_FIELDS = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "producer.name",
  "producer.handle",
  "producer.town",
  "variants.id",
  "variants.metadata",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.currency_code",
].join(",")
