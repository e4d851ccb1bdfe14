import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { producersOfProducts } from "../../workflows/producer/producer-lookups"

/** Who of the team acts, and the guard for what only the owner may do (the team, the payout data). */
export { actingMember, ownerOnly, type ActingMember } from "./team"

/** The logged-in producer (actor type "producer"); its id is the producer's. */
export const actingProducer = (req: MedusaRequest) => (req as AuthenticatedMedusaRequest).auth_context.actor_id

/** Tells which of the given ids name records the producer may act on. */
export type OwnershipRule = (container: MedusaContainer, producerId: string, ids: string[]) => Promise<Set<string>>

/**
 * One rule per kind of record a `/producer/<kind>/<id>` route names, keyed by `<kind>`.
 * The kind is the path segment, so a new route under an existing kind is covered by the
 * rule already, and a route under a new kind answers 404 for every id until a rule is added.
 * This plugin knows its own kinds; a plugin adding producer routes for records of its own
 * (provenance: supply links) defines their rule with `defineOwnershipRule` in its middlewares.
 */
const OWNERSHIP_RULES = new Map<string, OwnershipRule>()

export function defineOwnershipRule(kind: string, rule: OwnershipRule) {
  OWNERSHIP_RULES.set(kind, rule)
}

/** A producer's products are those linked to it. */
defineOwnershipRule("products", async (container, producerId, ids) => {
  const producerOf = await producersOfProducts(container, ids)
  return new Set(ids.filter((id) => producerOf.get(id) === producerId))
})

/** A producer's team: its members, and the invitations it sent that are not used yet. */
defineOwnershipRule("members", async (container, producerId, ids) => {
  const members = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerMembers({ id: ids, producer_id: producerId }, { select: ["id"] })
  return new Set(members.map(({ id }) => id))
})
defineOwnershipRule("invitations", async (container, producerId, ids) => {
  const invitations = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducerInvitations({ id: ids, producer_id: producerId, accepted_at: null }, { select: ["id"] })
  return new Set(invitations.map(({ id }) => id))
})

/** A producer's photos are those on its own profile. */
defineOwnershipRule("profile-photos", async (container, producerId, ids) => {
  const [producer] = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: producerId }, { select: ["id", "photos"] })
  const own = new Set(((producer?.photos ?? []) as { id: string }[]).map((photo) => photo.id))
  return new Set(ids.filter((id) => own.has(id)))
})

const notFound = (kind: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `No ${kind.replace(/-/g, " ").replace(/s$/, "")} with id "${id}" was found`)

async function assertOwned(container: MedusaContainer, producerId: string, kind: string, id: string) {
  const rule = OWNERSHIP_RULES.get(kind)
  if (!rule || !(await rule(container, producerId, [id])).has(id)) throw notFound(kind, id)
}

/**
 * Runs before every `/producer/*` route (after `authenticate`, before the route's own
 * validators): a path `/producer/<kind>/<id>[/…]` passes only when the logged-in producer
 * owns record `<id>` of `<kind>`; anyone else's record is "not found", exactly as if it
 * did not exist. No handler checks ownership by itself.
 */
export async function ensureOwnPathRecord(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const [, kind, rawId] = req.originalUrl.split("?")[0].split("/").filter(Boolean)
  if (kind === undefined || rawId === undefined) return next()
  let id: string
  try {
    id = decodeURIComponent(rawId)
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The path segment "${rawId}" is not valid percent-encoding`)
  }
  // This runs before the app's input guard can see the path: PostgreSQL refuses a NUL byte
  // in any text, which would surface as a 500 from the ownership rule's query.
  if (id.includes("\u0000")) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The path contains a NUL byte (%00), which no record's id or handle can contain")
  }
  await assertOwned(req.scope, actingProducer(req), kind, id)
  next()
}

/**
 * For routes whose body names a record the producer must own (e.g. the product whose
 * inputs it declares). Runs after the body's validator, on the validated value.
 */
export function ensureOwnBodyRecord(kind: string, field: string) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const id = (req.validatedBody as Record<string, unknown> | undefined)?.[field]
    if (typeof id === "string") await assertOwned(req.scope, actingProducer(req), kind, id)
    next()
  }
}
