import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ENGLISH } from "@genussnetz/producers/workflows"
import type { EventInputType } from "../schemas"

export const loadContentEventStepId = "load-content-event"

/**
 * An event as the admin's form and the update read it: the input shape (German and English
 * words, the place, the producers taking part), or 404. Reads only.
 */
export const loadContentEventStep = createStep(loadContentEventStepId, async (input: { id: string }, { container }) => {
  return new StepResponse(await loadEventAsInput(container, input.id))
})

export async function loadEventAsInput(container: any, id: string): Promise<EventInputType & { id: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "content_event", fields: ["*", "producers.id"], filters: { id } })
  const event = data[0]
  if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No event with id "${id}" was found`)
  const { data: english } = await query.graph({ entity: "content_event", fields: ["id", "title", "description"], filters: { id } }, { locale: ENGLISH })
  const en = english[0] ?? {}
  return {
    id: event.id,
    handle: event.handle,
    kind: event.kind,
    status: event.status,
    // Without English words the English read gives the German back: then there are none.
    title: { de: event.title, en: en.title && en.title !== event.title ? en.title : undefined },
    description: { de: event.description, en: en.description && en.description !== event.description ? en.description : undefined },
    starts: event.starts_local,
    ends: event.ends_local,
    all_day: event.all_day,
    rrule: event.rrule,
    exdates: event.exdates ?? [],
    place_id: event.place_id ?? null,
    place: { name: event.place_name, street: event.street, postal_code: event.postal_code, town: event.town, latitude: event.latitude, longitude: event.longitude },
    organiser: event.organiser,
    producer_ids: (event.producers ?? []).filter(Boolean).map((producer: { id: string }) => producer.id),
    image_url: event.image_url,
    ticket_url: event.ticket_url,
    price: event.price,
    cancellation_note: event.cancellation_note,
  }
}
