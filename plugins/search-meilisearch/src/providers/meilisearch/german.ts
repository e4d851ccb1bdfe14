import { foldGerman, indexTerms, queryWords, words } from "@genussnetz/search/german"
import { SYNONYM_ENDINGS, SYNONYM_MIN_STEM, type FoldedSynonymGroup } from "@genussnetz/search/synonyms"

/**
 * German food words on Meilisearch, the way the PostgreSQL provider (plugins/search) treats
 * them: the same folding (Käse/Kaese → kase, ß → ss) on both sides, the same compound parts
 * (Rauchbier → head bier, modifier rauch), the association's synonym list. Meilisearch does
 * the matching, typos and ranking; these functions only decide what it is given.
 */

/** What a document holds besides its texts as written, for one group of searchable fields. */
export type GermanTerms = {
  /** Folded spellings that differ from the words as written ("Kaese" → kase, "Weißbier" → weissbier). */
  words: string[]
  /** Heads of the compounds: what the thing is ("Rauchbier" → bier). */
  heads: string[]
  /** The other parts: what kind it is ("Rauchbier" → rauch). */
  modifiers: string[]
}

/**
 * The hidden terms of some texts. Meilisearch's own normalizer removes accents but is not
 * PostgreSQL's `unaccent` (whether it turns ß into ss depends on its version and the
 * attribute's locale), so every folded spelling that differs from the lowercased word is
 * kept, a superset of `indexTerms(...).spellings`.
 */
export function germanTerms(texts: Iterable<string>): GermanTerms {
  const spellings = new Set<string>()
  const heads = new Set<string>()
  const modifiers = new Set<string>()
  for (const text of texts) {
    const terms = indexTerms(text)
    terms.spellings.forEach((word) => spellings.add(word))
    for (const word of words(text)) {
      const folded = foldGerman(word)
      if (folded !== word.toLocaleLowerCase("de")) spellings.add(folded)
    }
    terms.heads.forEach((head) => heads.add(head))
    terms.modifiers.forEach((modifier) => modifiers.add(modifier))
  }
  // A part that is the head of one text is not a mere modifier of the group.
  for (const head of heads) modifiers.delete(head)
  return { words: [...spellings], heads: [...heads], modifiers: [...modifiers] }
}

export type QueryOptions = {
  /** Medusa's match strategy: "last" completes the last word as a prefix (typeahead). */
  strategy?: "all" | "any" | "last"
  /** `false` asks for exact words. */
  typos?: boolean
}

/**
 * A shopper's query as Meilisearch's `q`: its words folded ("Käse" and "Kaese" both become
 * "kase", which is how the index holds them), at most eight of them, and nothing else —
 * Meilisearch's query syntax (quotes, a leading minus) cannot come from the shopper.
 *
 * Meilisearch matches the last word of a query as a prefix unless a space follows it, so a
 * space is added except for the "last" strategy. Meilisearch has no per-query switch for
 * typos: `typos: false` quotes each word, and a quoted word (a phrase) is matched exactly,
 * without typos — and without synonyms, which is why only an explicit `false` does it.
 *
 * Undefined when there is no query (all documents match); null when the query holds no word
 * at all ("!!"): nothing matches, as on PostgreSQL.
 */
export function foldedQuery(q: string | undefined | null, { strategy, typos }: QueryOptions = {}): string | null | undefined {
  if (!q?.trim()) return undefined
  const folded = queryWords(q)
  if (!folded.length) return null
  const prefixLast = strategy === "last"
  const parts = folded.map((word, i) => (typos === false && !(prefixLast && i === folded.length - 1) ? `"${word}"` : word))
  return prefixLast ? parts.join(" ") : `${parts.join(" ")} `
}

/**
 * The plural and case endings the PostgreSQL provider tolerates when it looks synonyms up
 * (SYNONYM_ENDINGS): Meilisearch matches synonyms as exact words, so each one-word term is
 * written with them.
 */
function forms(term: string[]): string[] {
  if (term.length !== 1) return [term.join(" ")]
  const [word] = term
  return word.length >= SYNONYM_MIN_STEM ? [word, ...SYNONYM_ENDINGS.map((ending) => `${word}${ending}`)] : [word]
}

/**
 * The association's synonym groups as Meilisearch's `synonyms` setting: every folded term
 * (multi-word terms joined with a space) maps to the other terms of its groups, each in the
 * forms above. A term in two groups maps to the terms of both.
 */
export function synonymsSetting(groups: readonly FoldedSynonymGroup[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>()
  for (const group of groups) {
    const termForms = group.filter((term) => term.length > 0).map(forms)
    termForms.forEach((own, i) => {
      const others = termForms.flatMap((other, j) => (j === i ? [] : other))
      for (const key of own) {
        const values = synonyms.get(key) ?? new Set<string>()
        others.filter((value) => value !== key).forEach((value) => values.add(value))
        if (values.size) synonyms.set(key, values)
      }
    })
  }
  return Object.fromEntries([...synonyms].sort(([a], [b]) => a.localeCompare(b)).map(([key, values]) => [key, [...values]]))
}
