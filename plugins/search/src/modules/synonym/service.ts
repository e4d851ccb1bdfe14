import { MedusaService } from "@medusajs/framework/utils"
import SynonymGroup from "./models/synonym-group"

/** The association's synonym list for the shop's search. */
class SynonymModuleService extends MedusaService({ SynonymGroup }) {}

export default SynonymModuleService
