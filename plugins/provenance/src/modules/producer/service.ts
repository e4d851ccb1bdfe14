import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { ChainInputRow, RegionDefinition } from "./chain/types"
import Claim from "./models/claim"
import MeatOrigin from "./models/meat-origin"
import Producer from "./models/producer"
import ProductInput from "./models/product-input"
import SupplyLink from "./models/supply-link"

type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: any[] }> }

function knexOf(sharedContext: Context): Knex {
  const manager = (sharedContext.transactionManager ?? sharedContext.manager) as {
    getTransactionContext: () => Knex | undefined
    getKnex: () => Knex
  }
  return manager.getTransactionContext() ?? manager.getKnex()
}

const producerColumns = (alias: string, prefix: string) =>
  ["id", "handle", "name", "craft", "town", "district", "latitude", "longitude"]
    .map((column) => `${alias}.${column} AS ${prefix}_${column}`)
    .join(", ")

/**
 * Every input of a product and, transitively, of the products that go into it, with the
 * supply link each arrives through and both producers: one recursive query, one round trip.
 * UNION (not UNION ALL) visits each product once, so diamonds stay linear and a cycle that
 * slipped past the write checks cannot loop.
 */
const CHAIN_SQL = `
WITH RECURSIVE chain_products(product_id) AS (
  SELECT ?::text
  UNION
  SELECT pi.input_product_id
  FROM product_input pi
  JOIN chain_products cp ON pi.product_id = cp.product_id
  WHERE pi.deleted_at IS NULL AND pi.input_product_id IS NOT NULL
)
SELECT pi.id AS input_id, pi.product_id, pi.input_product_id, pi.share,
       sl.id AS link_id, sl.material, sl.step, sl.status, sl.since, sl.until,
       ${producerColumns("s", "supplier")},
       ${producerColumns("c", "customer")}
FROM product_input pi
JOIN chain_products cp ON pi.product_id = cp.product_id
JOIN supply_link sl ON sl.id = pi.supply_link_id AND sl.deleted_at IS NULL
JOIN producer s ON s.id = sl.supplier_id AND s.deleted_at IS NULL
JOIN producer c ON c.id = sl.customer_id AND c.deleted_at IS NULL
WHERE pi.deleted_at IS NULL
ORDER BY pi.product_id, pi.id`

/** Options of the provenance plugin, handed to this module by Medusa. */
export type ProducerModuleOptions = {
  region?: RegionDefinition
  /** Base of the HTTP URIs that name products, materials and locations in EPCIS exports. */
  id_base?: string
}

/** Upper Franconia: its centre near Kulmbach, and a radius that takes in all its districts. */
export const DEFAULT_REGION: RegionDefinition = { name: "Oberfranken", latitude: 50.05, longitude: 11.4, radius_km: 75 }

class ProducerModuleService extends MedusaService({
  Producer,
  SupplyLink,
  ProductInput,
  Claim,
  MeatOrigin,
}) {
  protected readonly region_: RegionDefinition
  protected readonly idBase_: string

  constructor(container: Record<string, unknown>, options: ProducerModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.region_ = { ...DEFAULT_REGION, ...options.region }
    this.idBase_ = (options.id_base ?? "https://id.genussnetz.example").replace(/\/$/, "")
  }

  getIdBase(): string {
    return this.idBase_
  }

  /** Where "regional" ends for the chain figures. */
  getRegion(): RegionDefinition {
    return this.region_
  }

  /** The rows of a product's whole input chain (see CHAIN_SQL); empty for a raw product. */
  @InjectManager()
  async listProductChainRows(productId: string, @MedusaContext() sharedContext: Context = {}): Promise<ChainInputRow[]> {
    const { rows } = await knexOf(sharedContext).raw(CHAIN_SQL, [productId])
    return rows.map((row) => ({
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
    }))
  }

  /**
   * Whether `from` already reaches `to` through supply links of this material: a new link
   * to → from would then close a cycle (A supplies B supplies A in the same material chain).
   */
  @InjectManager()
  async suppliesTransitively(
    from: string,
    to: string,
    material: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const { rows } = await knexOf(sharedContext).raw(
      `WITH RECURSIVE reach(producer_id) AS (
         SELECT ?::text
         UNION
         SELECT sl.customer_id FROM supply_link sl JOIN reach r ON sl.supplier_id = r.producer_id
         WHERE sl.deleted_at IS NULL AND lower(sl.material) = lower(?) AND sl.status NOT IN ('rejected', 'expired')
       )
       SELECT 1 FROM reach WHERE producer_id = ? LIMIT 1`,
      [from, material, to]
    )
    return rows.length > 0
  }

  /** Whether `productId` already goes (transitively) into `candidateInputId`. */
  @InjectManager()
  async productFeedsInto(
    productId: string,
    candidateInputId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const { rows } = await knexOf(sharedContext).raw(
      `WITH RECURSIVE feeds(product_id) AS (
         SELECT ?::text
         UNION
         SELECT pi.input_product_id FROM product_input pi JOIN feeds f ON pi.product_id = f.product_id
         WHERE pi.deleted_at IS NULL AND pi.input_product_id IS NOT NULL
       )
       SELECT 1 FROM feeds WHERE product_id = ? LIMIT 1`,
      [candidateInputId, productId]
    )
    return rows.length > 0
  }
}

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

export default ProducerModuleService
