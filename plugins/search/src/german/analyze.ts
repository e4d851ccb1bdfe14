import { compoundParts, FOOD_LEXICON, type Lexicon } from "./compound"
import { foldGerman, stripMarks, words } from "./fold"

/**
 * What the index holds for a text besides its words as written, so German food words are
 * found the way shoppers type them:
 * - `spellings`: the folded form of each word whose folded form differs from what an
 *   accent-stripping engine makes of it ("Kaese" → kase, "Feuer" → feur), so queries folded
 *   the same way match it;
 * - `heads` and `modifiers`: the parts of its compounds ("Rauchbier" → bier; rauch), so
 *   "Bier" finds the Rauchbier; heads rank above modifiers (a Rauchbier is a beer, a
 *   Bierbrand a spirit).
 */
export type IndexTerms = { spellings: string[]; heads: string[]; modifiers: string[] }

export function indexTerms(text: string, lexicon: Lexicon = FOOD_LEXICON): IndexTerms {
  const spellings = new Set<string>()
  const heads = new Set<string>()
  const modifiers = new Set<string>()
  for (const word of words(text)) {
    const folded = foldGerman(word)
    if (folded !== stripMarks(word)) spellings.add(folded)
    const parts = compoundParts(folded, lexicon)
    parts.heads.forEach((p) => heads.add(p))
    parts.modifiers.forEach((p) => modifiers.add(p))
  }
  for (const head of heads) modifiers.delete(head)
  return { spellings: [...spellings], heads: [...heads], modifiers: [...modifiers] }
}

/** Every folded word a text contributes to the index: its words, and the parts of its compounds. */
export function vocabularyOf(text: string, lexicon: Lexicon = FOOD_LEXICON): string[] {
  const terms = indexTerms(text, lexicon)
  return [...new Set([...words(text).map(foldGerman), ...terms.heads, ...terms.modifiers])]
}

/**
 * A shopper's query as folded words, at most `limit` of them (a search box, not an essay).
 */
export function queryWords(q: string, limit = 8): string[] {
  return words(q).map(foldGerman).slice(0, limit)
}
