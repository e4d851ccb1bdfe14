import { MedusaService } from "@medusajs/framework/utils"
import ContentEvent from "./models/event"

/**
 * The association's own content: events now; Genussorte, tours and stories join it. It names
 * producers and products only through module links, as Medusa's modules refer to each other.
 */
class ContentModuleService extends MedusaService({ ContentEvent }) {}

export default ContentModuleService
