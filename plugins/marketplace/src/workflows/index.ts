export * from "./fulfilment/set-up-producer-fulfilment"
export * from "./ledger/record-order-parts"
