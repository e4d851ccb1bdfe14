/**
 * A small in-process cache with a time to live, for backend answers that change rarely and
 * are the same for every visitor (a product's chain, its id by handle). Bounded in size;
 * the oldest entry goes first.
 */
export function memoize<Args extends unknown[], Value>(
  load: (...args: Args) => Promise<Value>,
  { ttlMs, max = 500, key = (...args: Args) => JSON.stringify(args) }: { ttlMs: number; max?: number; key?: (...args: Args) => string }
) {
  const entries = new Map<string, { value: Promise<Value>; expires: number }>()
  return (...args: Args): Promise<Value> => {
    const k = key(...args)
    const hit = entries.get(k)
    if (hit && hit.expires > Date.now()) return hit.value
    const value = load(...args)
    entries.set(k, { value, expires: Date.now() + ttlMs })
    // A failed load is not remembered.
    value.catch(() => entries.delete(k))
    if (entries.size > max) entries.delete(entries.keys().next().value!)
    return value
  }
}
