import { toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import type { ContentStatus, OpeningHoursRule, PlaceKind } from "../../modules/content/vocabulary"
import { reasonOf } from "./errors"
import { NO_WORDS, numberOf, numberText, optionalText, optionalWordsOf, wordsDraftOf, wordsOf, type Words, type WordsDraft } from "./form"
import { sdk } from "./sdk"
import type { PagedAnswer } from "./use-paged-list"

/** A Genussort as `GET /admin/places` lists it. */
export type ListedPlace = { id: string; handle: string; kind: PlaceKind; status: ContentStatus; name: string; town: string; street: string; producer: { id: string; name: string } | null }
export type PlacePage = PagedAnswer & { places: ListedPlace[] }

/** A Genussort as `GET /admin/places/:id` gives it: the shape `POST` takes. */
export type PlaceAsInput = {
  id: string
  handle: string
  kind: PlaceKind
  status: ContentStatus
  name: string
  description: Words
  street: string
  postal_code: string
  town: string
  latitude: number
  longitude: number
  opening_hours: OpeningHoursRule[]
  opening_note: Words | null
  producer_id: string | null
  website_url: string | null
  image_url: string | null
}

/** One rule of the hours as the form holds it: times and season as typed, empty for none. */
export type RuleDraft = { days: number[]; opens: string; closes: string; from: string; until: string }
export const NEW_RULE: RuleDraft = { days: [], opens: "", closes: "", from: "", until: "" }

export type PlaceDraft = {
  handle: string
  kind: PlaceKind
  status: ContentStatus
  name: string
  description: WordsDraft
  street: string
  postal_code: string
  town: string
  latitude: string
  longitude: string
  opening_hours: RuleDraft[]
  opening_note: WordsDraft
  producer_id: string
  website_url: string
  image_url: string
}

/** A new Genussort's form: a draft with one rule of hours to fill in. */
export const NEW_PLACE: PlaceDraft = {
  handle: "",
  kind: "farm_shop",
  status: "draft",
  name: "",
  description: NO_WORDS,
  street: "",
  postal_code: "",
  town: "",
  latitude: "",
  longitude: "",
  opening_hours: [NEW_RULE],
  opening_note: NO_WORDS,
  producer_id: "",
  website_url: "",
  image_url: "",
}

export const placeDraftOf = (place: PlaceAsInput): PlaceDraft => ({
  handle: place.handle,
  kind: place.kind,
  status: place.status,
  name: place.name,
  description: wordsDraftOf(place.description),
  street: place.street,
  postal_code: place.postal_code,
  town: place.town,
  latitude: numberText(place.latitude),
  longitude: numberText(place.longitude),
  opening_hours: place.opening_hours.map((rule) => ({ days: rule.days, opens: rule.opens, closes: rule.closes, from: rule.from ?? "", until: rule.until ?? "" })),
  opening_note: wordsDraftOf(place.opening_note),
  producer_id: place.producer_id ?? "",
  website_url: place.website_url ?? "",
  image_url: place.image_url ?? "",
})

/** A rule as the route takes it; a season only when one of its ends is typed (the route wants both). */
const ruleOf = (rule: RuleDraft): OpeningHoursRule => ({
  days: [...rule.days].sort((a, b) => a - b),
  opens: rule.opens.trim(),
  closes: rule.closes.trim(),
  ...(rule.from.trim() || rule.until.trim() ? { from: optionalText(rule.from), until: optionalText(rule.until) } : {}),
})

/** The body of `POST /admin/places` (and, its changed fields, of `POST /admin/places/:id`). */
export const placeBodyOf = (draft: PlaceDraft) => ({
  handle: draft.handle.trim() || undefined,
  kind: draft.kind,
  status: draft.status,
  name: draft.name,
  description: wordsOf(draft.description),
  street: draft.street,
  postal_code: draft.postal_code.trim(),
  town: draft.town,
  latitude: numberOf(draft.latitude),
  longitude: numberOf(draft.longitude),
  opening_hours: draft.opening_hours.map(ruleOf),
  opening_note: optionalWordsOf(draft.opening_note),
  producer_id: optionalText(draft.producer_id),
  website_url: optionalText(draft.website_url),
  image_url: optionalText(draft.image_url),
})

/** A Genussort to pick (an event's place, a tour's stop). */
export type PlaceChoice = { id: string; name: string; town: string }

/**
 * The association's Genussorte to pick from, by name: the first 100 (the route's largest page;
 * the association keeps a few dozen). An id typed by hand still works beyond them.
 */
export function usePlaceChoices(): PlaceChoice[] {
  const [places, setPlaces] = useState<PlaceChoice[]>([])
  useEffect(() => {
    let current = true
    sdk.client.fetch<PlacePage>("/admin/places", { query: { limit: 100, order: "name" } }).then(
      (answer) => {
        if (current) setPlaces(answer.places)
      },
      (e) => toast.error(reasonOf(e))
    )
    return () => {
      current = false
    }
  }, [])
  return places
}
