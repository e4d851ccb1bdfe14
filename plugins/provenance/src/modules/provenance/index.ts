import { Module } from "@medusajs/framework/utils"
import ProvenanceModuleService from "./service"

export const PROVENANCE_MODULE = "provenance"

export default Module(PROVENANCE_MODULE, {
  service: ProvenanceModuleService,
})

export { buildChain, distanceKm, inRegion } from "./chain/build-chain"
export { withProducers } from "./chain/chain-sql"
export type { ChainProducer, RegionDefinition } from "./chain/types"
export { PROCESSING_STEPS, type ProcessingStep } from "./provenance-vocabulary"
export type { default as ProvenanceModuleService, LiveNetworkInput, LiveNetworkLink } from "./service"
