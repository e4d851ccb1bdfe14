import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseOrThrow } from "@genussnetz/producers/api-utils"
import { assertProducersExist, freeHandles } from "../../common/checks"
import { PlaceInput, type PlaceInputType } from "../schemas"

export const preparePlacesStepId = "prepare-places"

export type PreparedPlace = {
  id?: string
  record: Record<string, unknown>
  producer_id: string | null
  english: { description: string | null; opening_note: string | null }
}

/**
 * Checks Genussorte as the association enters them (the schema again, so the seed obeys it; the
 * producer exists; handles are free) and turns each into the module's record. Reads only.
 */
export const preparePlacesStep = createStep(preparePlacesStepId, async (input: { places: (PlaceInputType & { id?: string })[] }, { container }) => {
  const places = input.places.map(({ id, ...fields }) => ({ id, ...parseOrThrow(PlaceInput, fields, "Genussort") }))
  await assertProducersExist(container, places.flatMap((place) => (place.producer_id ? [place.producer_id] : [])))
  const handles = await freeHandles(container, "content_place", places.map((place) => ({ id: place.id, handle: place.handle, name: place.name })), "Genussort")
  const prepared: PreparedPlace[] = places.map((place, i) => ({
    ...(place.id ? { id: place.id } : {}),
    record: {
      ...(place.id ? { id: place.id } : {}),
      handle: handles[i],
      kind: place.kind,
      status: place.status ?? "draft",
      name: place.name,
      description: place.description.de,
      street: place.street,
      postal_code: place.postal_code,
      town: place.town,
      latitude: place.latitude,
      longitude: place.longitude,
      // Days sorted, seasons kept only where given: the shop reads the hours as stored.
      opening_hours: place.opening_hours.map((rule) => ({
        days: [...rule.days].sort((a, b) => a - b),
        opens: rule.opens,
        closes: rule.closes,
        ...(rule.from && rule.until ? { from: rule.from, until: rule.until } : {}),
      })),
      opening_note: place.opening_note?.de ?? null,
      website_url: place.website_url ?? null,
      image_url: place.image_url ?? null,
    },
    producer_id: place.producer_id ?? null,
    english: { description: place.description.en ?? null, opening_note: place.opening_note?.en ?? null },
  }))
  return new StepResponse(prepared)
})
