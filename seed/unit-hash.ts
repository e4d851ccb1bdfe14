/** A stable pseudo-random number in [0, 1) from a text, so the seed is reproducible. */
export function unitHash(text: string): number {
  let hash = 2166136261
  for (const char of text) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
  }
  return ((hash >>> 0) % 100000) / 100000
}
