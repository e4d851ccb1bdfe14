import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PROVENANCE_MODULE } from "../../../modules/provenance"
import type ProvenanceModuleService from "../../../modules/provenance/service"
import { producersOfProducts } from "@genussnetz/producers/workflows"
import { MeatOriginInput, parseOrThrow } from "../schemas"

export const upsertMeatOriginsStepId = "upsert-meat-origins"

const ORIGIN_FIELDS = ["species", "born_in", "reared_in", "slaughtered_in", "slaughterhouse_approval_number", "reference_number"] as const

/** Sets a meat product's origin (one per product), validated per species. */
export const upsertMeatOriginsStep = createStep(
  upsertMeatOriginsStepId,
  async (input: unknown[], { container }) => {
    const origins = input.map((origin) => parseOrThrow(MeatOriginInput, origin, "meat origin"))
    const producerOf = await producersOfProducts(container, origins.map((o) => o.product_id))
    for (const origin of origins) {
      if (!producerOf.has(origin.product_id)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${origin.product_id} was not found`)
      }
    }
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    const existing = await service.listMeatOrigins({ product_id: origins.map((o) => o.product_id) })
    const complete = origins.map((origin) => ({
      born_in: null,
      slaughterhouse_approval_number: null,
      reference_number: null,
      ...origin,
    }))
    const toUpdate = complete
      .filter((o) => existing.some((e) => e.product_id === o.product_id))
      .map((o) => ({ ...o, id: existing.find((e) => e.product_id === o.product_id)!.id }))
    const toCreate = complete.filter((o) => !existing.some((e) => e.product_id === o.product_id))
    const created = toCreate.length ? await service.createMeatOrigins(toCreate) : []
    const updated = toUpdate.length ? await service.updateMeatOrigins(toUpdate) : []
    const previous = existing
      .filter((e) => toUpdate.some((u) => u.id === e.id))
      .map((e) => ({ id: e.id, ...Object.fromEntries(ORIGIN_FIELDS.map((f) => [f, e[f]])) }))
    return new StepResponse([...created, ...updated], { createdIds: created.map((c) => c.id), previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: ProvenanceModuleService = container.resolve(PROVENANCE_MODULE)
    if (undo.createdIds.length) await service.deleteMeatOrigins(undo.createdIds)
    if (undo.previous.length) await service.updateMeatOrigins(undo.previous as any)
  }
)
