import { Module } from "@medusajs/framework/utils"
import SynonymModuleService from "./service"

export const SYNONYM_MODULE = "synonym"

export default Module(SYNONYM_MODULE, {
  service: SynonymModuleService,
})
