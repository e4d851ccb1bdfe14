import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { soldOutAnswer } from "./lock-timeouts"

/**
 * Admission control for cart completion. Each completion is a long workflow (locks, order,
 * reservations, payment, our ledger hook); hundreds at once in one process starve each other —
 * lock waits time out, and under CPU pressure Medusa's in-memory workflow engine was seen to
 * leave completions unfinished for good (issue 10's note). So at most `limit` completions run
 * at once per process and the rest queue in arrival order. Once admitted, a cart whose items
 * are sold out by now is refused at once (400, what the workflow would answer after running and
 * rolling back), so a crowd after the last units drains fast. One that cannot start within
 * `maxWaitMs` is answered 503 with Retry-After, having changed nothing.
 */
export function checkoutGate({ limit, maxWaitMs }: { limit: number; maxWaitMs: number }) {
  let running = 0
  const waiting: (() => void)[] = []

  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else running--
  }

  return async function gateCheckout(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    if (running < limit) {
      running++
    } else {
      const admitted = await new Promise<boolean>((resolve) => {
        const admit = () => {
          clearTimeout(timer)
          resolve(true)
        }
        const timer = setTimeout(() => {
          const index = waiting.indexOf(admit)
          if (index !== -1) waiting.splice(index, 1)
          resolve(false)
        }, maxWaitMs)
        waiting.push(admit)
      })
      if (!admitted) {
        res.setHeader("retry-after", "2")
        res.status(503).json({
          type: "unavailable",
          message: "Very many orders are being placed right now. Nothing was ordered or charged; please try again in a moment.",
        })
        return
      }
      // Admitted: the slot of the completion that finished passes to this one (running unchanged).
    }
    let released = false
    const releaseOnce = () => {
      if (released) return
      released = true
      release()
    }
    res.on("finish", releaseOnce)
    res.on("close", releaseOnce)
    const soldOut = await soldOutAnswer(req)
    if (soldOut) {
      res.status(soldOut.status).json(soldOut.body)
      return
    }
    next()
  }
}

const positiveInteger = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

/** Per process: CHECKOUT_CONCURRENCY completions at once (default 4), CHECKOUT_QUEUE_MS of waiting (default 30 s). */
export const gateCheckout = checkoutGate({
  limit: positiveInteger(process.env.CHECKOUT_CONCURRENCY, 4),
  maxWaitMs: positiveInteger(process.env.CHECKOUT_QUEUE_MS, 30_000),
})
