/**
 * The association's Genussorte, tours and stories through the content plugin's workflows
 * (seed/plan-content.ts says which). Idempotent by handle: what exists is left as it is.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { createContentPlacesWorkflow, createContentStoriesWorkflow, createContentToursWorkflow } from "@genussnetz/content/workflows"
import { planPlaces, planStories, planTours } from "./plan-content"
import type { Query } from "./query"

async function idsByHandle(query: Query, entity: string, handles?: string[]) {
  const { data } = await query.graph({ entity, fields: ["id", "handle"], ...(handles ? { filters: { handle: handles } } : {}) })
  return new Map(data.map((record) => [record.handle as string, record.id as string]))
}

export async function ensureContent(container: MedusaContainer, query: Query, today: Date) {
  const producerIds = await idsByHandle(query, "producer")

  const places = planPlaces(producerIds)
  const madePlaces = await idsByHandle(query, "content_place", places.map((place) => place.handle!))
  const newPlaces = places.filter((place) => !madePlaces.has(place.handle!))
  if (newPlaces.length) await createContentPlacesWorkflow(container).run({ input: { places: newPlaces } })

  const placeIds = await idsByHandle(query, "content_place")
  const tours = planTours(placeIds, producerIds)
  const madeTours = await idsByHandle(query, "content_tour", tours.map((tour) => tour.handle!))
  const newTours = tours.filter((tour) => !madeTours.has(tour.handle!))
  if (newTours.length) await createContentToursWorkflow(container).run({ input: { tours: newTours } })

  const productIds = await idsByHandle(query, "product")
  const stories = planStories(today, producerIds, productIds)
  const madeStories = await idsByHandle(query, "content_story", stories.map((story) => story.handle!))
  const newStories = stories.filter((story) => !madeStories.has(story.handle!))
  if (newStories.length) await createContentStoriesWorkflow(container).run({ input: { stories: newStories } })

  return { places: newPlaces.length, tours: newTours.length, stories: newStories.length }
}
