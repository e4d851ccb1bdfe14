import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { wordsOf } from "../../common/english"
import type { PlaceInputType } from "../schemas"

export const loadContentPlaceStepId = "load-content-place"

/** A Genussort as the admin's form and the update read it (the input shape), or 404. Reads only. */
export const loadContentPlaceStep = createStep(loadContentPlaceStepId, async (input: { id: string }, { container }) => {
  return new StepResponse(await loadPlaceAsInput(container, input.id))
})

export async function loadPlaceAsInput(container: MedusaContainer, id: string): Promise<PlaceInputType & { id: string }> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "content_place", fields: ["*", "producer.id"], filters: { id } })
  const place = data[0]
  if (!place) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No Genussort with id "${id}" was found`)
  const words = await wordsOf(container, "content_place", place, ["description", "opening_note"])
  return {
    id: place.id,
    handle: place.handle,
    kind: place.kind,
    status: place.status,
    name: place.name,
    description: words.description!,
    street: place.street,
    postal_code: place.postal_code,
    town: place.town,
    latitude: place.latitude,
    longitude: place.longitude,
    opening_hours: place.opening_hours ?? [],
    opening_note: words.opening_note,
    producer_id: place.producer?.id ?? null,
    website_url: place.website_url,
    image_url: place.image_url,
  }
}
