import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * Counts events per key (an e-mail address, a client address) over a sliding window, in this
 * process: several server instances each count their own, which still turns guessing or flooding
 * from one source into a trickle. The login limit and the application form's limit share it.
 */
export class SlidingWindow {
  private readonly events = new Map<string, number[]>()

  constructor(private readonly windowMs: number) {}

  /** The key's events still inside the window, oldest first. */
  recent(key: string, now = Date.now()) {
    const times = (this.events.get(key) ?? []).filter((at) => now - at < this.windowMs)
    if (times.length) this.events.set(key, times)
    else this.events.delete(key)
    return times
  }

  record(key: string, now = Date.now()) {
    this.events.set(key, [...this.recent(key, now), now])
  }

  clear(key: string) {
    this.events.delete(key)
  }

  /** Seconds until the key may act again when it has `allowed` events in the window already; null when it may now. */
  waitSeconds(key: string, allowed: number, now = Date.now()): number | null {
    const times = this.recent(key, now)
    return times.length >= allowed ? Math.max(1, Math.ceil((times[0] + this.windowMs - now) / 1000)) : null
  }
}

/** Answers 429 with Retry-After and a message that says when to try again (in minutes). */
export function tooManyRequests(res: MedusaResponse, seconds: number, what: string) {
  res.setHeader("Retry-After", String(seconds))
  res.status(429).json({ type: "too_many_requests", message: `${what}: try again in ${Math.ceil(seconds / 60)} minutes` })
}
