// Kept free of imports (Node strips its types): bench/provenance.mjs runs this very query with
// plain Node on a synthetic network.

/**
 * Every input of a product and, transitively, of the products that go into it, with the
 * supply link each arrives through: one recursive query over the provenance module's own
 * tables. Its producers (another module's records) are read by id beside it, in parallel
 * with the chain's products (see withProducers).
 * Only inputs through links of the given statuses are followed (see chainBindings): the
 * filter sits in both halves of the recursion, so what lies beyond a link the viewer may not
 * see (an unconfirmed one, for shoppers) is never reached, rather than read and dropped.
 * The recursion collects the input rows themselves (index lookups by product_id); UNION
 * drops a row met twice, so a product shared by two branches (a diamond) is expanded once
 * and a cycle that slipped past the write checks cannot loop.
 */
export const CHAIN_SQL = `
WITH RECURSIVE chain_inputs AS (
  SELECT pi.id, pi.product_id, pi.input_product_id, pi.share, pi.supply_link_id
  FROM product_input pi
  JOIN supply_link sl ON sl.id = pi.supply_link_id AND sl.deleted_at IS NULL
  WHERE pi.product_id = ?::text AND pi.deleted_at IS NULL AND sl.status = ANY(?::text[])
  UNION
  SELECT pi.id, pi.product_id, pi.input_product_id, pi.share, pi.supply_link_id
  FROM product_input pi
  JOIN chain_inputs ci ON pi.product_id = ci.input_product_id
  JOIN supply_link sl ON sl.id = pi.supply_link_id AND sl.deleted_at IS NULL
  WHERE pi.deleted_at IS NULL AND sl.status = ANY(?::text[])
)
SELECT ci.id AS input_id, ci.product_id, ci.input_product_id, ci.share,
       sl.id AS link_id, sl.material, sl.step, sl.status, sl.since, sl.until,
       sl.supplier_id, sl.customer_id
FROM chain_inputs ci
JOIN supply_link sl ON sl.id = ci.supply_link_id AND sl.deleted_at IS NULL
ORDER BY ci.product_id, ci.id`

/**
 * CHAIN_SQL's bindings, in the order of its placeholders: the product, then the statuses of
 * the links to follow (for the product's own inputs, then for each step up). The statuses go
 * in as one array each (the pg driver sends a JS array as a PostgreSQL array).
 */
export function chainBindings(productId: string, linkStatuses: readonly string[]) {
  return [productId, linkStatuses, linkStatuses]
}

/** One row of CHAIN_SQL as the service answers it (a ChainLinkRow). */
export function toChainLinkRow(row: Record<string, any>) {
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
    supplier_id: row.supplier_id,
    customer_id: row.customer_id,
  }
}

/**
 * The chain builder's rows (ChainInputRow): each link row with both ends' producers. A row
 * whose producer is not found (deleted) is left out, as the chain cannot place it.
 */
export function withProducers<P, R extends { supplier_id: string; customer_id: string }>(rows: R[], producers: Map<string, P>) {
  return rows.flatMap(({ supplier_id, customer_id, ...row }) => {
    const supplier = producers.get(supplier_id)
    const customer = producers.get(customer_id)
    return supplier && customer ? [{ ...row, supplier, customer }] : []
  })
}
