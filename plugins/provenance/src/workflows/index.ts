export * from "./producer/create-producers"
export type { CreateProducerInput } from "./producer/types"
