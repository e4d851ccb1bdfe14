import Medusa from "@medusajs/js-sdk"

/** The admin's own backend, reached with the logged-in session. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
