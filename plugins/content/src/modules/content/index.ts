import { Module } from "@medusajs/framework/utils"
import ContentModuleService from "./service"

export const CONTENT_MODULE = "content"

export default Module(CONTENT_MODULE, {
  service: ContentModuleService,
})

export { EVENT_KINDS, EVENT_STATUSES, PUBLIC_EVENT_STATUSES, type EventKind, type EventStatus } from "./vocabulary"
