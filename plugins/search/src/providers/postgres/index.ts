import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { GermanPostgresSearchService } from "./service"

export default ModuleProvider(Modules.SEARCH, {
  services: [GermanPostgresSearchService],
})

export { GermanPostgresSearchService }
