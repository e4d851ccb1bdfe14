import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

/**
 * Producer logins come only from the association (`POST /admin/producers/:id/logins`). Medusa
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

export const producerAuthRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/producer/:auth_provider/register", middlewares: [registrationClosed] },
]
