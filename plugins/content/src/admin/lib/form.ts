/**
 * How the plugin's admin forms turn what is typed into what the admin routes take, and back.
 * The routes check every rule and name the field they refuse; these only shape the values.
 */

/** Words in German and English as the routes take and give them: German required, English optional. */
export type Words = { de: string; en?: string }
/** The same words as a form holds them: both as typed, English perhaps empty. */
export type WordsDraft = { de: string; en: string }

export const NO_WORDS: WordsDraft = { de: "", en: "" }

export const wordsDraftOf = (words: Words | null | undefined): WordsDraft => ({ de: words?.de ?? "", en: words?.en ?? "" })

/** Required words; English only when typed, since the shop shows the German where there is none. */
export const wordsOf = (draft: WordsDraft): Words => (draft.en.trim() ? { de: draft.de, en: draft.en } : { de: draft.de })

/** Optional words (a Genussort's opening note, a stop's note): none when both are empty. */
export const optionalWordsOf = (draft: WordsDraft): Words | null => (draft.de.trim() || draft.en.trim() ? wordsOf(draft) : null)

/** An optional text: null when empty, so emptying the field clears the record's value. */
export const optionalText = (value: string) => (value.trim() ? value.trim() : null)

/**
 * A number as typed in German or English ("49,89" or "49.89"). An empty field is no number
 * (NaN, sent as null), never 0: the route then says the field is missing instead of taking 0.
 */
export const numberOf = (text: string) => (text.trim() ? Number(text.trim().replace(",", ".")) : Number.NaN)

/** An optional number: null when the field is empty. */
export const optionalNumberOf = (text: string) => (text.trim() ? numberOf(text) : null)

export const numberText = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value))

/** A list typed as text (ids, days) with commas, spaces or line breaks between its items. */
export const listOf = (text: string) => text.split(/[\s,]+/).filter(Boolean)

export const listText = (items: string[] | null | undefined) => (items ?? []).join(", ")

/**
 * The fields of `after` that differ from `before`, both built from a form the same way. An edit
 * sends only these, so a field nobody touched is never rewritten (a story's date of publication,
 * a tour's stops with their notes) and the route checks only what someone meant to change.
 */
export function changedFields<Body extends Record<string, unknown>>(before: Body, after: Body): Partial<Body> {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(before[key]))) as Partial<Body>
}
