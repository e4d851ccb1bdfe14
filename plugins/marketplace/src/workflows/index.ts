export * from "./fulfilment/set-up-producer-fulfilment"
