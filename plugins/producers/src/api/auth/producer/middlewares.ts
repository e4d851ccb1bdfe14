import { validateAndTransformBody, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { SlidingWindow, tooManyRequests } from "../../utils/rate-limit"
import { ProducerPasswordUpdate } from "./validators"

/**
 * Producer logins come only from invitations (the association approving an application, an
 * owner inviting staff) and the association's own set-up (`POST /admin/producers/:id/logins`). Medusa
 * opens `POST /auth/<actor>/<provider>/register` for every actor type, which would let anyone
 * reserve a producer identity for any e-mail address (and block the business's own login later).
 * The route is refused before Medusa's handler: nothing is written.
 */
function registrationClosed(_req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  res.status(403).json({
    type: "not_allowed",
    message: "Producer logins cannot be registered here: the association creates them. Ask the association for your access.",
  })
}

/**
 * Failed logins allowed within the window: per e-mail address (guessing one business's password),
 * and per client address (trying many addresses; higher, as a bakery's staff may share one).
 */
export const LOGIN_FAILURES_ALLOWED = { email: 5, ip: 20 }

/** Failed producer logins by key ("email:…", "ip:…") within 15 minutes. */
const failures = new SlidingWindow(15 * 60 * 1000)

/**
 * Slows down password guessing on producer logins: after LOGIN_FAILURES_ALLOWED failed attempts
 * for one e-mail address or from one client address within 15 minutes, further attempts are
 * answered 429 with Retry-After until the oldest failure leaves the window; a successful login
 * clears the address's count.
 */
function limitFailedLogins(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const email = typeof (req.body as { email?: unknown })?.email === "string" ? ((req.body as { email: string }).email.trim().toLowerCase()) : ""
  const keys = [`ip:${req.ip ?? "unknown"}`, ...(email ? [`email:${email}`] : [])]
  const allowed = (key: string) => (key.startsWith("ip:") ? LOGIN_FAILURES_ALLOWED.ip : LOGIN_FAILURES_ALLOWED.email)
  const wait = keys.map((key) => failures.waitSeconds(key, allowed(key))).find((seconds) => seconds !== null)
  if (wait) return tooManyRequests(res, wait, "Too many failed logins")
  res.on("finish", () => {
    if (res.statusCode === 401) {
      for (const key of keys) failures.record(key)
    } else if (res.statusCode < 400 && email) {
      failures.clear(`email:${email}`)
    }
  })
  next()
}

export const producerAuthRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/producer/:auth_provider/register", middlewares: [registrationClosed] },
  { method: ["POST"], matcher: "/auth/producer/:auth_provider", middlewares: [limitFailedLogins] },
  // Medusa passes the body to the provider as it came; a new password is checked here first.
  { method: ["POST"], matcher: "/auth/producer/:auth_provider/update", middlewares: [validateAndTransformBody(ProducerPasswordUpdate)] },
]
