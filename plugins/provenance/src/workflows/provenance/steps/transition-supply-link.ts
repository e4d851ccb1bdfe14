import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import {
  SUPPLY_LINK_TRANSITIONS,
  type SupplyLinkStatus,
} from "../../../modules/provenance/provenance-vocabulary"
import type ProvenanceModuleService from "../../../modules/provenance/service"

export const transitionSupplyLinkStepId = "transition-supply-link"

/** Who acts: the association (admin users) or one producer of the network. */
export type ProvenanceActor = { type: "association" } | { type: "producer"; producer_id: string }

export type TransitionSupplyLinkInput = {
  id: string
  to: SupplyLinkStatus
  actor: ProvenanceActor
  note?: string | null
}

/**
 * Moves a supply link along declared → confirmed → verified (or to rejected / expired),
 * allowed only to the role SUPPLY_LINK_TRANSITIONS names. A producer that is neither
 * supplier nor customer learns nothing: the link is "not found" for it.
 */
export const transitionSupplyLinkStep = createStep(
  transitionSupplyLinkStepId,
  async ({ id, to, actor, note }: TransitionSupplyLinkInput, { container }) => {
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const [link] = await service.listSupplyLinks({ id }, { select: ["id", "status", "status_note", "status_changed_at", "supplier_id", "customer_id"] })
    const role =
      actor.type === "association"
        ? "association"
        : link?.supplier_id === actor.producer_id
          ? "supplier"
          : link?.customer_id === actor.producer_id
            ? "customer"
            : null
    if (!link || !role) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Supply link with id "${id}" was not found`)
    }
    const allowed = SUPPLY_LINK_TRANSITIONS[link.status as SupplyLinkStatus][to]
    if (!allowed) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A ${link.status} supply link cannot become ${to}`)
    }
    if (!allowed.includes(role)) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Only the ${allowed.join(" or the ")} may mark this supply link ${to}`
      )
    }
    const previous = { id, status: link.status, status_note: link.status_note, status_changed_at: link.status_changed_at }
    const updated = await service.updateSupplyLinks({ id, status: to, status_note: note ?? null, status_changed_at: new Date() })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    await service.updateSupplyLinks(previous)
  }
)
