import { PROVEN_STATUSES } from "./provenance-vocabulary"

/**
 * The network as it stands, for the network-wide questions (resilience): every link its supplier
 * confirmed or the association verified that has not ended, and every product input through one.
 * Bindings: the statuses and the moment (`liveNetworkBindings`). Kept apart from the service so the
 * resilience bench runs exactly these statements.
 */
export const LIVE_LINKS_SQL = `SELECT id, supplier_id, customer_id, material, step, status = 'verified' AS verified
  FROM supply_link
  WHERE deleted_at IS NULL AND status = ANY(?) AND (until IS NULL OR until > ?)`

export const LIVE_INPUTS_SQL = `SELECT pi.product_id, pi.supply_link_id AS link_id, pi.input_product_id
  FROM product_input pi JOIN supply_link sl ON sl.id = pi.supply_link_id
  WHERE pi.deleted_at IS NULL AND sl.deleted_at IS NULL AND sl.status = ANY(?) AND (sl.until IS NULL OR sl.until > ?)`

export const liveNetworkBindings = (now: Date) => [[...PROVEN_STATUSES], now]

/** The live links of some materials only (bindings: the statuses, the moment, the lower-cased materials): what one chain's alternatives need. */
export const LIVE_LINKS_OF_MATERIALS_SQL = `${LIVE_LINKS_SQL} AND lower(trim(material)) = ANY(?)`

/** The live links one producer supplies or receives (bindings: the statuses, the moment, the producer twice): its own dependencies. */
export const LIVE_LINKS_OF_PRODUCER_SQL = `${LIVE_LINKS_SQL} AND (supplier_id = ? OR customer_id = ?)`

/** The product inputs through the live links a producer receives (bindings: the statuses, the moment, the producer). */
export const LIVE_INPUTS_INTO_PRODUCER_SQL = `${LIVE_INPUTS_SQL} AND sl.customer_id = ?`
