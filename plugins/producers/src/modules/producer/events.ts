/**
 * What the producer module emits on its own: Medusa's service factory names a module's record
 * events `<module>.<model>.<action>`, so a producer's are `producer.producer.*` (its workflows
 * emit nothing else; a new status is an update). Payload `{ id }`.
 */
export const ProducerEvents = {
  CREATED: "producer.producer.created",
  UPDATED: "producer.producer.updated",
  DELETED: "producer.producer.deleted",
} as const
