import { MedusaService } from "@medusajs/framework/utils"
import BundleComponent from "./models/bundle-component"

/** Genusspakete: bundles of several producers' goods, and each maker's share of them. */
export default class BundlesModuleService extends MedusaService({ BundleComponent }) {}
