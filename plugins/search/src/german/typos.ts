/**
 * Typo rules, the same on every engine (Meilisearch's defaults): words of 5 letters or more
 * may have one typo, of 9 or more two. Shorter words must be right: "Bier" is not "Bär".
 */
export const MIN_WORD_SIZE_FOR_ONE_TYPO = 5
export const MIN_WORD_SIZE_FOR_TWO_TYPOS = 9

export function allowedTypos(word: string): number {
  if (word.length >= MIN_WORD_SIZE_FOR_TWO_TYPOS) return 2
  if (word.length >= MIN_WORD_SIZE_FOR_ONE_TYPO) return 1
  return 0
}

/**
 * Edit distance counting a swap of neighbours as one typo (optimal string alignment):
 * "Bratwrust" is one typo from "Bratwurst", as a person would count it.
 */
export function typoDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
      }
    }
  }
  return d[a.length][b.length]
}
