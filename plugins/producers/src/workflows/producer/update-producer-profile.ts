import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { OpeningHours } from "../../modules/producer/vocabulary"
import { setEnglishTextsStep } from "../common/steps/set-english-texts"
import { updateProducersStep } from "./steps/update-producers"

export const updateProducerProfileWorkflowId = "update-producer-profile"

type Texts = { de: string; en?: string }
export type ProducerProfileChange = {
  tagline?: Texts | null
  story?: Texts
  website?: string | null
  email?: string | null
  phone?: string | null
  farm_shop?: boolean
  opening_hours?: OpeningHours | null
}

/**
 * A producer's change to its own profile (from the portal): German texts on the producer,
 * English in the Translation Module — a German text changed without English drops the old
 * English, so no stale English is shown.
 */
export const updateProducerProfileWorkflow = createWorkflow(
  updateProducerProfileWorkflowId,
  (input: { producer_id: string; change: ProducerProfileChange }) => {
    const producers = updateProducersStep(
      transform({ input }, ({ input }) => {
        const { tagline, story, ...rest } = input.change
        return [
          {
            id: input.producer_id,
            ...rest,
            ...(tagline !== undefined ? { tagline: tagline?.de ?? null } : {}),
            ...(story ? { story: story.de } : {}),
          },
        ]
      })
    )
    setEnglishTextsStep(
      transform({ input }, ({ input }) => {
        const translations: Record<string, string | null> = {}
        if (input.change.tagline !== undefined) translations.tagline = input.change.tagline?.en ?? null
        if (input.change.story) translations.story = input.change.story.en ?? null
        return Object.keys(translations).length ? [{ reference: "producer", reference_id: input.producer_id, translations }] : []
      })
    )
    return new WorkflowResponse(producers)
  }
)
