import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { knexOf } from "@genussnetz/producers/database"
import { CHAIN_SQL, chainBindings, toChainLinkRow } from "./chain/chain-sql"
import {
  LIVE_INPUTS_INTO_PRODUCER_SQL,
  LIVE_INPUTS_SQL,
  LIVE_LINKS_OF_MATERIALS_SQL,
  LIVE_LINKS_OF_PRODUCER_SQL,
  LIVE_LINKS_SQL,
  liveNetworkBindings,
} from "./network-sql"
import type { ChainLinkRow, RegionDefinition } from "./chain/types"
import Claim from "./models/claim"
import MeatOrigin from "./models/meat-origin"
import ProductInput from "./models/product-input"
import SupplyLink from "./models/supply-link"
import { PUBLIC_LINK_STATUSES, SUPPLY_LINK_STATUSES, type ProcessingStep } from "./provenance-vocabulary"

/** Options of the provenance plugin, handed to this module by Medusa; each has its default here. */
export type ProvenanceModuleOptions = {
  /** What counts as regional in the chain figures (default: DEFAULT_REGION). */
  region?: RegionDefinition
  /** Base of the HTTP URIs that name products, materials and locations in EPCIS exports. */
  id_base?: string
}

/** A live supply link as the network-wide questions read it. */
export type LiveNetworkLink = { id: string; supplier_id: string; customer_id: string; material: string; step: ProcessingStep; verified: boolean }
/** A product's input through a live link (the supplier's product, or the link's raw material when null). */
export type LiveNetworkInput = { product_id: string; link_id: string; input_product_id: string | null }

/** Upper Franconia: its centre near Kulmbach, and a radius that takes in all its districts. */
export const DEFAULT_REGION: RegionDefinition = { name: "Oberfranken", latitude: 50.05, longitude: 11.4, radius_km: 75 }

/** The URI base a deployment without PROVENANCE_ID_BASE exports under (a reserved example domain). */
export const DEFAULT_ID_BASE = "https://id.genussnetz.example"

/**
 * The provenance graph: who supplies whom with what (supply links), what goes into each
 * product (inputs), what producers claim (claims) and where meat comes from. Producers and
 * products are other modules' records, named here by id.
 */
class ProvenanceModuleService extends MedusaService({
  SupplyLink,
  ProductInput,
  Claim,
  MeatOrigin,
}) {
  protected readonly region_: RegionDefinition
  protected readonly idBase_: string

  constructor(container: Record<string, unknown>, options: ProvenanceModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.region_ = { ...DEFAULT_REGION, ...options.region }
    this.idBase_ = (options.id_base ?? DEFAULT_ID_BASE).replace(/\/$/, "")
  }

  getIdBase(): string {
    return this.idBase_
  }

  /** Where "regional" ends for the chain figures. */
  getRegion(): RegionDefinition {
    return this.region_
  }

  /**
   * The rows of a product's whole input chain (see CHAIN_SQL), naming both ends' producers
   * by id; empty for a raw product. By default the chain as shoppers see it: only through
   * links their supplier confirmed or the association verified, so nothing beyond an
   * unchecked link is read. `includeUnchecked` follows links of every status (the
   * association's view).
   */
  @InjectManager()
  async listProductChainRows(
    productId: string,
    { includeUnchecked = false }: { includeUnchecked?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ChainLinkRow[]> {
    const statuses = includeUnchecked ? SUPPLY_LINK_STATUSES : PUBLIC_LINK_STATUSES
    const { rows } = await knexOf(sharedContext).raw(CHAIN_SQL, chainBindings(productId, [...statuses]))
    return rows.map(toChainLinkRow)
  }

  /**
   * The network as it stands today, for the resilience questions: every link its supplier
   * confirmed or the association verified and that has not ended, and every product input
   * through one of them. Two plain reads however large the network (100k links are a few MB).
   */
  @InjectManager()
  async listLiveNetwork(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ links: LiveNetworkLink[]; inputs: LiveNetworkInput[] }> {
    const knex = knexOf(sharedContext)
    const [{ rows: links }, { rows: inputs }] = await Promise.all([
      knex.raw(LIVE_LINKS_SQL, liveNetworkBindings(now)),
      knex.raw(LIVE_INPUTS_SQL, liveNetworkBindings(now)),
    ])
    return { links, inputs }
  }

  /**
   * One producer's part of the live network (see listLiveNetwork): the links it supplies or
   * receives, and the product inputs through those it receives — its dependencies without reading
   * the whole network.
   */
  @InjectManager()
  async listLiveNetworkOf(
    producerId: string,
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ links: LiveNetworkLink[]; inputs: LiveNetworkInput[] }> {
    const knex = knexOf(sharedContext)
    const [{ rows: links }, { rows: inputs }] = await Promise.all([
      knex.raw(LIVE_LINKS_OF_PRODUCER_SQL, [...liveNetworkBindings(now), producerId, producerId]),
      knex.raw(LIVE_INPUTS_INTO_PRODUCER_SQL, [...liveNetworkBindings(now), producerId]),
    ])
    return { links, inputs }
  }

  /** The live links (see listLiveNetwork) of these materials, whatever their spelling: one chain's alternatives, without the whole network. */
  @InjectManager()
  async listLiveLinksOfMaterials(materials: string[], now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<LiveNetworkLink[]> {
    if (!materials.length) return []
    const folded = [...new Set(materials.map((material) => material.trim().toLowerCase()))]
    const { rows } = await knexOf(sharedContext).raw(LIVE_LINKS_OF_MATERIALS_SQL, [...liveNetworkBindings(now), folded])
    return rows
  }

  /**
   * The materials the network names in its supply links (of any status but rejected), each once
   * whatever its spelling, as first written: the words a producer's offer or need is matched by.
   */
  @InjectManager()
  async listNetworkMaterials(@MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const { rows } = await knexOf(sharedContext).raw(
      `SELECT DISTINCT ON (lower(trim(material))) trim(material) AS material
       FROM supply_link WHERE deleted_at IS NULL AND status <> 'rejected'
       ORDER BY lower(trim(material)), created_at`,
      []
    )
    return rows.map((row: { material: string }) => row.material).sort((a: string, b: string) => a.localeCompare(b, "de"))
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

export default ProvenanceModuleService
