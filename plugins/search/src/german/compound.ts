import { foldGerman } from "./fold"
import { FOOD_WORDS } from "./food-words"

/** Folded words a compound may be split into. */
export type Lexicon = ReadonlySet<string>

export const FOOD_LEXICON: Lexicon = new Set(FOOD_WORDS.map(foldGerman))

/**
 * Linking elements (Fugenelemente) between the parts of a compound — "Schwein|e|braten",
 * "Saibling|s|filet", "Zwetschge|n|brand" — and, after the last part, the endings of its
 * plural or case ("Bratwürst|e").
 */
const LINKS = ["s", "es", "n", "en", "e", "er", "ens", "ern"]

/** Two-letter words that are food on their own ("Frei­land|ei", "Raps|öl"), allowed only as the last part. */
const SHORT_HEADS = new Set(["ei", "ol"])

/** Parts shorter than this are not taken from the lexicon, so "Sch|wein" never happens. */
const MIN_PART = 3
/** A part found by its lexicon head alone (its modifier unknown) must leave this much. */
const MIN_GUESSED = 4

export type CompoundParts = {
  /** What the thing is: the last part, and the last part of that ("Hefeweißbier" → weissbier, bier). */
  heads: string[]
  /** What kind it is: every other part ("Hefeweißbier" → hefe, weiss). */
  modifiers: string[]
}

const NONE: CompoundParts = { heads: [], modifiers: [] }

/**
 * The parts of a folded German compound, each itself split again: "bratwurstgulasch" →
 * heads [gulasch], modifiers [bratwurst, brat, wurst]. A word the lexicon knows as a whole and
 * cannot split ("schweine") has no parts. Where the lexicon covers the whole word, it decides;
 * otherwise a known last part with an unknown first part ("zoigl|bier") or a known first part
 * with an unknown rest ("brotzeit|paket") is split off.
 */
export function compoundParts(word: string, lexicon: Lexicon = FOOD_LEXICON): CompoundParts {
  const split = segment(word, lexicon) ?? guess(word, lexicon)
  if (!split || split.length < 2) return NONE
  const heads: string[] = []
  const modifiers: string[] = []
  split.forEach((part, i) => {
    const inner = compoundParts(part, lexicon)
    if (i === split.length - 1) {
      heads.push(part, ...inner.heads)
      modifiers.push(...inner.modifiers)
    } else {
      modifiers.push(part, ...inner.heads, ...inner.modifiers)
    }
  })
  return { heads: unique(heads), modifiers: unique(modifiers).filter((m) => !heads.includes(m)) }
}

/** Whether the word is in the lexicon, as it stands or with an ending ("schweine"). */
export function knownWord(word: string, lexicon: Lexicon = FOOD_LEXICON): boolean {
  return lexicon.has(word) || LINKS.some((link) => word.endsWith(link) && lexicon.has(word.slice(0, -link.length)))
}

/**
 * The split of the whole word into the fewest lexicon words (at least two), with linking
 * elements between them and an ending after the last. Null when there is none.
 */
function segment(word: string, lexicon: Lexicon): string[] | null {
  const n = word.length
  // best[i]: the fewest parts covering word[0, i), ending exactly at a part or a link after one.
  const best: ({ parts: string[]; links: number } | null)[] = Array(n + 1).fill(null)
  best[0] = { parts: [], links: 0 }
  const better = (a: { parts: string[]; links: number }, b: { parts: string[]; links: number } | null) =>
    !b || a.parts.length < b.parts.length || (a.parts.length === b.parts.length && a.links < b.links)
  for (let start = 0; start < n; start++) {
    const here = best[start]
    if (!here) continue
    // A link follows a part, never starts the word or follows another link.
    for (let end = start + 2; end <= n; end++) {
      const part = word.slice(start, end)
      const last = end === n
      if (!(lexicon.has(part) && (part.length >= MIN_PART || (last && SHORT_HEADS.has(part))))) continue
      const reached = { parts: [...here.parts, part], links: here.links }
      if (better(reached, best[end])) best[end] = reached
      for (const link of LINKS) {
        const after = end + link.length
        if (after <= n && word.startsWith(link, end)) {
          const linked = { parts: reached.parts, links: reached.links + 1 }
          if (better(linked, best[after])) best[after] = linked
        }
      }
    }
  }
  const whole = best[n]
  if (whole && whole.parts.length >= 2) return whole.parts
  // One part, or none: maybe two exist that the single-word reading hid ("leberkase" is a
  // lexicon word, and leber + kase).
  return whole && whole.parts.length === 1 ? splitKnown(word, lexicon) : null
}

/** The best split of a word the lexicon also knows whole: a known first part and a known rest. */
function splitKnown(word: string, lexicon: Lexicon): string[] | null {
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const [first, rest] = [word.slice(0, cut), word.slice(cut)]
    const restKnown = knownWord(rest, lexicon) ? rest : null
    if (!restKnown) continue
    if (lexicon.has(first)) return [first, rest]
    const linked = LINKS.find((link) => first.endsWith(link) && lexicon.has(first.slice(0, -link.length)))
    if (linked) return [first.slice(0, -linked.length), rest]
  }
  return null
}

/** A known last part (the head says what the thing is) or, failing that, a known first part. */
function guess(word: string, lexicon: Lexicon): string[] | null {
  if (knownWord(word, lexicon)) return null
  for (let cut = MIN_GUESSED; cut <= word.length - MIN_GUESSED; cut++) {
    const head = word.slice(cut)
    if (knownWord(head, lexicon)) return [word.slice(0, cut), head]
  }
  for (let cut = word.length - MIN_GUESSED; cut >= MIN_GUESSED; cut--) {
    const first = word.slice(0, cut)
    if (lexicon.has(first)) return [first, word.slice(cut)]
  }
  return null
}

function unique(values: string[]) {
  return [...new Set(values)]
}
