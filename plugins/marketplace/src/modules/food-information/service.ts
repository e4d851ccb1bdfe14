import { MedusaService } from "@medusajs/framework/utils"
import FoodInformation from "./models/food-information"

/** The food information of the shop's products (Reg. (EU) 1169/2011), one record per product. */
export default class FoodInformationModuleService extends MedusaService({ FoodInformation }) {}
