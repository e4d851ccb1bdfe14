import { MedusaService } from "@medusajs/framework/utils"
import CooperationPost from "./models/cooperation-post"

/** The cooperation board: producers' offers and needs. */
export default class CooperationModuleService extends MedusaService({ CooperationPost }) {}
