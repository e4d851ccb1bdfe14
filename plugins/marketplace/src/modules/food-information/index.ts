import { Module } from "@medusajs/framework/utils"
import FoodInformationModuleService from "./service"

export const FOOD_INFORMATION_MODULE = "foodInformation"

export default Module(FOOD_INFORMATION_MODULE, {
  service: FoodInformationModuleService,
})

export * from "./vocabulary"
