export {
  alternativesFor,
  buildNetwork,
  DEFAULT_REACH_KM,
  networkSinglePoints,
  singlePointsOfFailure,
  whatIf,
  type AffectedProduct,
  type Alternative,
  type CutInput,
  type Network,
  type NetworkInput,
  type NetworkLink,
  type NetworkProducer,
  type NetworkSinglePoint,
  type SinglePoint,
  type WhatIfAnswer,
} from "./network"
export { loadNetworkSnapshot, monthly, salesByProduct, SALES_WINDOW_DAYS, type NetworkBusiness, type NetworkProduct, type NetworkSnapshot } from "./load"
