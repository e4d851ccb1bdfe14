export * from "./events/create-content-events"
export * from "./events/update-content-event"
export { EventInput, EventChanges, type EventInputType, type EventChangesType } from "./events/schemas"
