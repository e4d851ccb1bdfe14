/**
 * One spelling for the ways Germans write the same word: "Käse", "Kaese" and "kase" all
 * become "kase"; "Weißbier" and "Weissbier" become "weissbier". Applied to the index and to
 * every query, so umlauts and ß fold both ways: a shopper without umlauts on the keyboard
 * finds "Käse", and one typing "Käse" finds a producer who wrote "Kaese".
 *
 * The ae/oe/ue rule also changes words that never had an umlaut ("Feuer" → "feur"); that is
 * harmless because index and query go through the same function.
 */
export function foldGerman(word: string): string {
  return stripMarks(word)
    .replace(/ae/g, "a")
    .replace(/oe/g, "o")
    .replace(/ue/g, "u")
}

/**
 * Lowercase, ß as ss, accents removed: what PostgreSQL's `unaccent` makes of a word in the
 * text search configuration. Where `foldGerman` differs from it, the index holds both forms.
 */
export function stripMarks(word: string): string {
  return word
    .toLocaleLowerCase("de")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
}

/** The words of a text: letters and digits, split at everything else (hyphens included). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? []
}
