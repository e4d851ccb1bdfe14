import { MedusaService } from "@medusajs/framework/utils"
import CooperationPost from "./models/cooperation-post"
import SalesOutlet from "./models/sales-outlet"

/** The cooperation board (producers' offers and needs) and the outlets producers declare beside genussnetz. */
export default class CooperationModuleService extends MedusaService({ CooperationPost, SalesOutlet }) {}
