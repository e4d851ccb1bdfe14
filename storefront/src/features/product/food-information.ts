import type { Allergen, DateMarking } from "@genussnetz/marketplace/http"

/** A product's food information as the Store API answers it (`fields=*food_information`), in the asked language. */
export type FoodInformation = {
  ingredients: string | null
  allergens: Allergen[]
  storage: string
  date_marking: DateMarking
  alcohol_percent: number | null
}

/** A run of ingredient text, emphasised where the producer enclosed an allergen in asterisks. */
export type TextRun = { text: string; emphasised: boolean }

/**
 * Splits "*Weizen*mehl, Wasser" into runs so the page can put the allergens in bold (Art. 21)
 * without ever rendering the producer's text as HTML.
 */
export function emphasisRuns(ingredients: string): TextRun[] {
  const runs: TextRun[] = []
  let last = 0
  for (const match of ingredients.matchAll(/\*([^*]+)\*/g)) {
    if (match.index > last) runs.push({ text: ingredients.slice(last, match.index), emphasised: false })
    runs.push({ text: match[1], emphasised: true })
    last = match.index + match[0].length
  }
  // A stray asterisk (the backend refuses them; older data could hold one) is shown as written.
  if (last < ingredients.length) runs.push({ text: ingredients.slice(last), emphasised: false })
  return runs
}
