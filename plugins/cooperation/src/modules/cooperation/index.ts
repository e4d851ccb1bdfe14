import { Module } from "@medusajs/framework/utils"
import CooperationModuleService from "./service"

export const COOPERATION_MODULE = "cooperation"

export default Module(COOPERATION_MODULE, {
  service: CooperationModuleService,
})

export * from "./vocabulary"
export type { CooperationModuleService }
