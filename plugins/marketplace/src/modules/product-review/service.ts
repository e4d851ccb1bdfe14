import { MedusaService } from "@medusajs/framework/utils"
import ProductChangeRequest from "./models/product-change-request"

/** The association's review of producers' changes to what shoppers see. */
export default class ProductReviewModuleService extends MedusaService({ ProductChangeRequest }) {}
