import { CHECKOUT_STEPS, type CheckoutStep } from "../../lib/i18n"

/** What the cart has done so far; each step needs all before it. */
export type CheckoutProgress = { hasItems: boolean; address: boolean; delivery: boolean; payment: boolean }

const DONE: Record<Exclude<CheckoutStep, "review">, keyof CheckoutProgress> = { address: "address", delivery: "delivery", payment: "payment" }

/** Whether a step is done (review is never "done": completing it ends the checkout). */
export const stepDone = (progress: CheckoutProgress, step: CheckoutStep) => step !== "review" && progress[DONE[step]]

/**
 * Where a shopper asking for `step` belongs: "cart" when there is nothing to check out, else
 * the first step before `step` that is not done, else `step` itself.
 */
export function stepToShow(progress: CheckoutProgress, step: CheckoutStep): CheckoutStep | "cart" {
  if (!progress.hasItems) return "cart"
  for (const before of CHECKOUT_STEPS.slice(0, CHECKOUT_STEPS.indexOf(step))) {
    if (!stepDone(progress, before)) return before
  }
  return step
}

/** Where `/kasse` itself leads: the first step not done yet (review when all are). */
export const firstOpenStep = (progress: CheckoutProgress) => stepToShow(progress, "review")

/** A step the indicator links to: one done, or one reachable now, but not the one shown. */
export const stepReachable = (progress: CheckoutProgress, step: CheckoutStep) => stepToShow(progress, step) === step
