import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BUNDLES_MODULE } from "../../../modules/bundles"
import type BundlesModuleService from "../../../modules/bundles/service"
import type { BundleComponentInput } from "./validate-bundle-components"

/** Records each maker's component and share of a new Genusspaket; compensation removes them. */
export const createBundleComponentsStep = createStep(
  "create-bundle-components",
  async (input: { bundle_variant_id: string; components: BundleComponentInput[] }, { container }) => {
    const bundles = container.resolve<BundlesModuleService>(BUNDLES_MODULE)
    const created = await bundles.createBundleComponents(
      input.components.map((component, position) => ({ bundle_variant_id: input.bundle_variant_id, ...component, position }))
    )
    return new StepResponse(created, created.map((component) => component.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<BundlesModuleService>(BUNDLES_MODULE).deleteBundleComponents(ids)
  }
)
