import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { existingProducerIds } from "@genussnetz/producers/workflows"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import { parseOrThrow, SupplyLinkInput, type SupplyLinkInputType } from "../schemas"

export const validateSupplyLinksStepId = "validate-supply-links"

/**
 * Checks new supply links before anything is written: valid fields, both producers exist,
 * no duplicate, and no cycle — a link S → C for a material is refused when C already
 * (transitively) supplies S with that material.
 */
export const validateSupplyLinksStep = createStep(
  validateSupplyLinksStepId,
  async (input: unknown[], { container }) => {
    const links = input.map((link) => parseOrThrow(SupplyLinkInput, link, "supply link"))
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)

    const ids = [...new Set(links.flatMap((link) => [link.supplier_id, link.customer_id]))]
    const known = await existingProducerIds(container, ids)
    const missing = ids.filter((id) => !known.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${missing.join(", ")} was not found`)
    }

    for (const [index, link] of links.entries()) {
      const duplicate =
        links.findIndex(
          (other) =>
            other.supplier_id === link.supplier_id &&
            other.customer_id === link.customer_id &&
            other.material.toLowerCase() === link.material.toLowerCase()
        ) !== index ||
        (await service.listSupplyLinks(
          { supplier_id: link.supplier_id, customer_id: link.customer_id, material: link.material },
          { select: ["id"] }
        )).length > 0
      if (duplicate) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `${link.supplier_id} already supplies ${link.material} to ${link.customer_id}`
        )
      }
      if (await service.suppliesTransitively(link.customer_id, link.supplier_id, link.material)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Supply link would close a cycle: ${link.customer_id} already supplies ${link.material} (directly or through others) to ${link.supplier_id}`
        )
      }
    }
    return new StepResponse<SupplyLinkInputType[]>(links)
  }
)
