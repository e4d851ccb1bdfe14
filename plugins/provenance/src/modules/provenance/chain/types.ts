import type { ProducerCraft } from "@genussnetz/producers/http"
import type { ProcessingStep, SupplyLinkStatus } from "../provenance-vocabulary"

export type ChainProducer = {
  id: string
  handle: string
  name: string
  craft: ProducerCraft
  town: string
  district: string
  latitude: number
  longitude: number
}

/** One product input with the supply link it arrives through, naming both ends' producers by id. */
export type ChainLinkRow = Omit<ChainInputRow, "supplier" | "customer"> & { supplier_id: string; customer_id: string }

/** One product input with the supply link it arrives through and both ends' producers. */
export type ChainInputRow = {
  input_id: string
  product_id: string
  input_product_id: string | null
  share: number | null
  link: {
    id: string
    material: string
    step: ProcessingStep
    status: SupplyLinkStatus
    since: Date | string | null
    until: Date | string | null
  }
  supplier: ChainProducer
  customer: ChainProducer
}

/** Where "regional" ends: a centre and a radius (plugin option `region`). */
export type RegionDefinition = { name: string; latitude: number; longitude: number; radius_km: number }
