import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Request options carrying an actor's credentials (a bearer token or the publishable key). */
export type Headers = { headers: Record<string, string> }

export type Outcome = { status: number | undefined; data: any; error?: string }

/** How a request ends, without throwing: a 4xx is an answer here, not an error. */
export const outcome = (promise: Promise<any>): Promise<Outcome> =>
  promise.then(
    (response) => ({ status: response.status, data: response.data }),
    (error) => ({ status: error.response?.status, data: error.response?.data, error: error.code ?? error.message })
  )

/** The association's admin user in every suite. */
export const ASSOCIATION_ADMIN = { email: "verband@genussnetz.test", password: "verband-geheim-123" }

/** Creates the association's admin user and logs it in as the admin does; answers its credentials. */
export async function loginAssociationAdmin(container: MedusaContainer, api: any): Promise<Headers> {
  const user = await container.resolve(Modules.USER).createUsers({ email: ASSOCIATION_ADMIN.email })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: ASSOCIATION_ADMIN } as any)
  await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
  const { data } = await api.post("/auth/user/emailpass", ASSOCIATION_ADMIN)
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/**
 * Reads until `done` holds (every 100 ms, `attempts` times), then answers the last read: events
 * reach the search indexes asynchronously (the event bus → Medusa's search ingestion subscriber).
 * Up to 30 s by default: with the browser suite beside the backend suite on two cores, the event
 * bus was seen more than 10 s behind.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, attempts = 300): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const value = await read()
    if (done(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return read()
}
