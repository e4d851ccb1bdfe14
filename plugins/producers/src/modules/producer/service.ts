import { MedusaService } from "@medusajs/framework/utils"
import Producer from "./models/producer"
import ProducerApplication from "./models/producer-application"
import ProducerInvitation from "./models/producer-invitation"
import ProducerMember from "./models/producer-member"

/**
 * The network's businesses as the marketplace's sellers. Everything else that hangs off a
 * producer (its products, its supply links and claims, later its orders and payouts) lives
 * in other modules and meets this one through module links. Here too: who applies to join, who
 * is on a producer's team and in which role, and the invitations that let people in.
 */
class ProducerModuleService extends MedusaService({ Producer, ProducerApplication, ProducerMember, ProducerInvitation }) {}

export default ProducerModuleService
