import { MedusaService } from "@medusajs/framework/utils"
import Producer from "./models/producer"

/**
 * The network's businesses as the marketplace's sellers. Everything else that hangs off a
 * producer (its products, its supply links and claims, later its orders and payouts) lives
 * in other modules and meets this one through module links.
 */
class ProducerModuleService extends MedusaService({ Producer }) {}

export default ProducerModuleService
