import { Module } from "@medusajs/framework/utils"
import ProducerModuleService from "./service"

export const PRODUCER_MODULE = "producer"

export default Module(PRODUCER_MODULE, {
  service: ProducerModuleService,
})

export type { default as ProducerModuleService } from "./service"
export { handleFromName, PRODUCER_CRAFTS, PRODUCER_STATUSES, type OpeningHours, type ProducerCraft, type ProducerStatus } from "./vocabulary"
