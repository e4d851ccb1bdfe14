import { foldGerman, words } from "../german/fold"

/** A synonym group as the search uses it: each term as folded words ("Obstler" → [obstler]). */
export type FoldedSynonymGroup = string[][]

export function foldSynonymGroups(groups: readonly (readonly string[])[]): FoldedSynonymGroup[] {
  return groups
    .map((terms) => terms.map((term) => words(term).map(foldGerman)).filter((term) => term.length > 0))
    .filter((group) => group.length > 1)
}

/**
 * Plural and case endings a shopper may add to a one-word synonym ("Semmeln", "Zwetschgen"),
 * on words of at least SYNONYM_MIN_STEM letters. Every provider tolerates the same ones.
 */
export const SYNONYM_ENDINGS = ["n", "en", "e", "s", "es", "er", "ern"]
export const SYNONYM_MIN_STEM = 3

function sameWord(a: string, b: string) {
  if (a === b) return true
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return long.startsWith(short) && SYNONYM_ENDINGS.includes(long.slice(short.length)) && short.length >= SYNONYM_MIN_STEM
}

/**
 * The other terms of every group holding this folded word (one-word terms only: a shopper's
 * word is compared word by word), each as its folded words: "semmel" → [[brotchen], [weckla]].
 */
export function synonymsOf(word: string, groups: readonly FoldedSynonymGroup[]): string[][] {
  const found: string[][] = []
  for (const group of groups) {
    if (!group.some((term) => term.length === 1 && sameWord(term[0], word))) continue
    for (const term of group) {
      if (term.length === 1 && sameWord(term[0], word)) continue
      if (!found.some((f) => f.join(" ") === term.join(" "))) found.push(term)
    }
  }
  return found
}
