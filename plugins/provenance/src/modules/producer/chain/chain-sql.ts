// Kept free of imports (Node strips its types): bench/provenance.mjs runs this very query with
// plain Node on a synthetic network.

const producerColumns = (alias: string, prefix: string) =>
  ["id", "handle", "name", "craft", "town", "district", "latitude", "longitude"]
    .map((column) => `${alias}.${column} AS ${prefix}_${column}`)
    .join(", ")

/**
 * Every input of a product and, transitively, of the products that go into it, with the
 * supply link each arrives through and both producers: one recursive query, one round trip.
 * The recursion collects the input rows themselves (index lookups by product_id); UNION
 * drops a row met twice, so a product shared by two branches (a diamond) is expanded once
 * and a cycle that slipped past the write checks cannot loop.
 */
export const CHAIN_SQL = `
WITH RECURSIVE chain_inputs AS (
  SELECT pi.id, pi.product_id, pi.input_product_id, pi.share, pi.supply_link_id
  FROM product_input pi
  WHERE pi.product_id = ?::text AND pi.deleted_at IS NULL
  UNION
  SELECT pi.id, pi.product_id, pi.input_product_id, pi.share, pi.supply_link_id
  FROM product_input pi
  JOIN chain_inputs ci ON pi.product_id = ci.input_product_id
  WHERE pi.deleted_at IS NULL
)
SELECT ci.id AS input_id, ci.product_id, ci.input_product_id, ci.share,
       sl.id AS link_id, sl.material, sl.step, sl.status, sl.since, sl.until,
       ${producerColumns("s", "supplier")},
       ${producerColumns("c", "customer")}
FROM chain_inputs ci
JOIN supply_link sl ON sl.id = ci.supply_link_id AND sl.deleted_at IS NULL
JOIN producer s ON s.id = sl.supplier_id AND s.deleted_at IS NULL
JOIN producer c ON c.id = sl.customer_id AND c.deleted_at IS NULL
ORDER BY ci.product_id, ci.id`

function pickProducer(row: Record<string, any>, prefix: "supplier" | "customer") {
  return {
    id: row[`${prefix}_id`],
    handle: row[`${prefix}_handle`],
    name: row[`${prefix}_name`],
    craft: row[`${prefix}_craft`],
    town: row[`${prefix}_town`],
    district: row[`${prefix}_district`],
    latitude: Number(row[`${prefix}_latitude`]),
    longitude: Number(row[`${prefix}_longitude`]),
  }
}

/** One row of CHAIN_SQL as the chain builder takes it (a ChainInputRow). */
export function toChainInputRow(row: Record<string, any>) {
  return {
    input_id: row.input_id,
    product_id: row.product_id,
    input_product_id: row.input_product_id,
    share: row.share === null ? null : Number(row.share),
    link: {
      id: row.link_id,
      material: row.material,
      step: row.step,
      status: row.status,
      since: row.since,
      until: row.until,
    },
    supplier: pickProducer(row, "supplier"),
    customer: pickProducer(row, "customer"),
  }
}
