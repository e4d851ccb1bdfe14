import { validateAndTransformBody, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { SlidingWindow, tooManyRequests } from "../../utils/rate-limit"
import { StoreSubmitApplication } from "./validators"

/**
 * Applications taken from one client address within an hour before it is answered 429: a real
 * business applies once, an association's open day at one router a handful of times; a script
 * filling the association's desk and the mail queue is stopped.
 */
export const APPLICATIONS_ALLOWED_PER_HOUR = 5
const taken = new SlidingWindow(60 * 60 * 1000)

function limitApplications(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const key = `ip:${req.ip ?? "unknown"}`
  const wait = taken.waitSeconds(key, APPLICATIONS_ALLOWED_PER_HOUR)
  if (wait) return tooManyRequests(res, wait, "Too many applications from this address")
  // Only applications taken count: a form sent back with a typo costs nothing.
  res.on("finish", () => {
    if (res.statusCode === 201) taken.record(key)
  })
  next()
}

export const storeProducerApplicationRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/producer-applications", middlewares: [limitApplications, validateAndTransformBody(StoreSubmitApplication)] },
]
