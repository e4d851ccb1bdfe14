import type { Allergen, DateMarking, OrderPartStatus } from "@genussnetz/marketplace/http"
import type { SupplyLinkStatus } from "@genussnetz/provenance/http"
import { config } from "../../lib/config"
import { MEDUSA_LOCALE, type Locale } from "../../lib/i18n"
import { bearer } from "../../lib/token-session"
import type { MemberRole } from "./forms"
import type { DashboardCounts } from "./dashboard"
import type { PayoutDetails } from "./payout-form"
import type { PortalClaim } from "./claim-form"
import type { MeatOrigin } from "./meat-origin-form"
import type { Offer } from "./offer-form"
import type { Profile } from "./profile-form"

/**
 * The portal's calls to the backend: the public onboarding routes (`/store/producer-…`, with
 * the publishable key), Medusa's producer auth (`/auth/producer/emailpass…`) and the producer
 * routes (`/producer/…`, with the member's token). Every answer is read with its status: the
 * pages tell a refusal (4xx, shown to the person) from a failure (5xx or no answer: "try again").
 */

export type BackendAnswer<T> = { status: number; body: T & { message?: string; type?: string } }

/** Thrown when the backend does not answer or answers 5xx: the page says "try again later". */
export class BackendUnavailable extends Error {}

type BackendOptions = {
  token?: string
  body?: unknown
  /** A body sent as it is (a photo's bytes), instead of JSON. */
  bytes?: { content: Blob; type: string }
  query?: Record<string, string>
  clientAddress?: string
}

/** A file a producer picked, sent to the backend as the request's body (its type as the browser read it). */
const pickedFile = (file: File) => ({ content: file, type: file.type || "application/octet-stream" })

/** The backend's answer as it comes (5xx or none: BackendUnavailable). */
async function send(method: string, path: string, options: BackendOptions, accept: string): Promise<Response> {
  const url = new URL(path, config.backendUrl)
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value)
  let response: Response
  try {
    response = await fetch(url, {
      method,
      headers: {
        accept,
        "x-publishable-api-key": config.publishableKey,
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
        ...(options.bytes ? { "content-type": options.bytes.type } : {}),
        ...(options.token ? bearer(options.token) : {}),
        // The backend limits failed logins and applications per client too (Medusa trusts one proxy: this server).
        ...(options.clientAddress ? { "x-forwarded-for": options.clientAddress } : {}),
      },
      body: options.bytes ? options.bytes.content : options.body === undefined ? undefined : JSON.stringify(options.body),
    })
  } catch (error) {
    throw new BackendUnavailable(`${method} ${path}: ${(error as Error).message}`)
  }
  if (response.status >= 500) throw new BackendUnavailable(`${method} ${path}: ${response.status}`)
  return response
}

async function backend<T>(method: string, path: string, options: BackendOptions = {}): Promise<BackendAnswer<T>> {
  const response = await send(method, path, options, "application/json")
  // Some answers are a bare status (Medusa's "OK" text or an empty body).
  const body = (await response.json().catch(() => ({}))) as BackendAnswer<T>["body"]
  return { status: response.status, body }
}

export type ApplicationInput = {
  business_name: string
  craft: string
  town: string
  postal_code: string
  contact_name: string
  email: string
  phone: string
  about: string
}

/** Sends an application (201 when taken, 429 when its client address sent too many this hour). */
export async function submitApplication(values: ApplicationInput, locale: Locale, clientAddress?: string): Promise<BackendAnswer<{ application?: { id: string } }>> {
  return backend("POST", "/store/producer-applications", { body: { ...values, phone: values.phone || null, locale }, clientAddress })
}

export type InvitationPreview = { email: string; role: MemberRole; expires_at: string; producer: { name: string } }

/** What an invitation link opens, or null when it is unknown, used or expired. */
export async function loadInvitation(token: string): Promise<InvitationPreview | null> {
  const answer = await backend<{ invitation: InvitationPreview }>("GET", `/store/producer-invitations/${encodeURIComponent(token)}`)
  return answer.status === 200 ? answer.body.invitation : null
}

/** Sets the invited person's password; the answer's status tells whether it was taken (201). */
export const acceptInvitation = (token: string, password: string) => backend("POST", "/store/producer-invitations/accept", { body: { token, password } })

export type ProducerLogin = { token: string } | { refused: "credentials" } | { refused: "tooMany"; retryAfterMinutes: number }

/**
 * Logs a team member in: the token, or why not — e-mail and password open no producer login, or
 * too many failed attempts (the backend's limit, per address and per client: `clientAddress`).
 */
export async function logInProducer(email: string, password: string, clientAddress?: string): Promise<ProducerLogin> {
  const answer = await backend<{ token?: string }>("POST", "/auth/producer/emailpass", { body: { email, password }, clientAddress })
  if (answer.status === 200 && typeof answer.body.token === "string") return { token: answer.body.token }
  if (answer.status === 429) {
    const minutes = Number(/try again in (\d+) minutes/.exec(answer.body.message ?? "")?.[1] ?? 15)
    return { refused: "tooMany", retryAfterMinutes: minutes }
  }
  return { refused: "credentials" }
}

/** Asks for a reset link; Medusa answers the same for every address (nobody learns who has a login). */
export const requestPasswordReset = (email: string, locale: Locale) =>
  backend("POST", "/auth/producer/emailpass/reset-password", { body: { identifier: email, metadata: { locale } } })

/** Sets a new password with a reset link's token; 200 when it was taken. */
export const setNewPassword = (resetToken: string, password: string) => backend("POST", "/auth/producer/emailpass/update", { token: resetToken, body: { password } })

export type Producer = { id: string; handle: string; name: string; craft: string; status: string; town: string | null }
export type Member = { id: string; email: string; role: MemberRole }

/** Who is logged in, or null when the token no longer opens the portal (expired, removed from the team). */
export async function loadMe(token: string): Promise<{ producer: Producer; member: Member } | null> {
  const answer = await backend<{ producer: Producer; member: Member }>("GET", "/producer/me", { token })
  return answer.status === 200 ? answer.body : null
}

export type OrderPartItem = {
  id: string
  title: string
  subtitle: string | null
  variant_title: string | null
  quantity: number
  unit_price: number
  total: number
  bundle_contents?: { title: string; variant_title: string | null; quantity: number; producer_id: string }[]
}
export type OrderPartComponent = { line_item_id: string; bundle_title: string; title: string; variant_title: string | null; quantity: number; total: number }
export type OrderPart = {
  id: string
  order_display_id: number | null
  created_at: string
  currency_code: string
  status: OrderPartStatus
  email: string | null
  items: OrderPartItem[]
  components: OrderPartComponent[]
  shipping_methods: { name: string; amount: number; kind: string | null; pickup_hours: string | null; pickup_address: string | null }[]
  shipping_address: {
    first_name: string | null
    last_name: string | null
    address_1: string | null
    address_2: string | null
    postal_code: string | null
    city: string | null
    phone: string | null
  } | null
}

/** The producer's order parts (of one status, if given), newest first (at most `limit`), and how many there are in all. */
export async function listOrderParts(token: string, limit = 50, status?: OrderPartStatus): Promise<{ parts: OrderPart[]; count: number } | null> {
  const query = { limit: String(limit), offset: "0", ...(status ? { status } : {}) }
  const answer = await backend<{ order_parts: OrderPart[]; count: number }>("GET", "/producer/order-parts", { token, query })
  return answer.status === 200 ? { parts: answer.body.order_parts, count: answer.body.count } : null
}

/** The part actions the portal offers (refunds stay with the association's admin). */
export const PORTAL_PART_ACTIONS = ["fulfil", "ship", "deliver", "cancel"] as const
export type PortalPartAction = (typeof PORTAL_PART_ACTIONS)[number]

export const actOnOrderPart = (token: string, partId: string, action: PortalPartAction, body: Record<string, string> = {}) =>
  backend("POST", `/producer/order-parts/${encodeURIComponent(partId)}/${action}`, { token, body })

export type TeamMember = Member & { created_at: string }
export type OpenInvitation = { id: string; email: string; role: MemberRole; expires_at: string; created_at: string }

export async function loadTeam(token: string): Promise<{ members: TeamMember[]; invitations: OpenInvitation[] } | null> {
  const answer = await backend<{ members: TeamMember[]; invitations: OpenInvitation[] }>("GET", "/producer/members", { token })
  return answer.status === 200 ? answer.body : null
}

export const inviteMember = (token: string, values: { email: string; role: MemberRole }, locale: Locale) =>
  backend("POST", "/producer/invitations", { token, body: { ...values, locale } })
export const withdrawInvitation = (token: string, id: string) => backend("DELETE", `/producer/invitations/${encodeURIComponent(id)}`, { token })
export const removeMember = (token: string, id: string) => backend("DELETE", `/producer/members/${encodeURIComponent(id)}`, { token })

export type SupplyLinkSide = { id: string; name: string; handle: string }
export type SupplyLink = {
  id: string
  material: string
  step: string
  status: SupplyLinkStatus
  status_note: string | null
  since: string | null
  until: string | null
  supplier: SupplyLinkSide
  customer: SupplyLinkSide
}

/** The producer's supply links, as supplier and as customer, whatever their status (its own view). */
export async function listSupplyLinks(token: string): Promise<SupplyLink[] | null> {
  const answer = await backend<{ supply_links: SupplyLink[] }>("GET", "/producer/supply-links", { token })
  return answer.status === 200 ? answer.body.supply_links : null
}

/** The supplier confirms or rejects a link naming it. */
export const setSupplyLinkStatus = (token: string, id: string, status: "confirmed" | "rejected") =>
  backend("POST", `/producer/supply-links/${encodeURIComponent(id)}/status`, { token, body: { status } })

/** The producer names a supplier of its own; the supplier is asked to confirm. */
export const declareSupplyLink = (token: string, values: { supplier_id: string; material: string; step: string }) =>
  backend("POST", "/producer/supply-links", { token, body: values })

/** Every listed producer, by name, for choosing a supplier (the shop's producer list, a few pages at most). */
export async function listNetworkProducers(locale: Locale): Promise<SupplyLinkSide[]> {
  const producers: SupplyLinkSide[] = []
  for (let offset = 0; offset < 1000; offset += 100) {
    const answer = await backend<{ producers: SupplyLinkSide[]; count: number }>("GET", "/store/producers", {
      query: { limit: "100", offset: String(offset), fields: "id,name,handle", order: "name", locale: MEDUSA_LOCALE[locale] },
    })
    if (answer.status !== 200) break
    producers.push(...answer.body.producers)
    if (offset + 100 >= answer.body.count) break
  }
  return producers
}

/** A pack size of one of the producer's products, as the portal shows and changes it. */
export type PortalVariant = {
  id: string
  title: string
  label?: { de: string; en: string | null }
  price: number | null
  net_quantity: number | null
  net_unit: string | null
  stock: number | null
}
export type PortalFoodInformation = {
  ingredients: { de: string; en: string | null } | null
  allergens: Allergen[]
  storage: { de: string; en: string | null }
  date_marking: DateMarking
  alcohol_percent: number | null
}
export type PortalProductSummary = {
  id: string
  handle: string
  title: string
  status: string
  thumbnail: string | null
  variants: PortalVariant[]
  food_information: PortalFoodInformation | null
  /** A change of it waits for the association's review. */
  pending_review: boolean
}
/** What waits for the association's review, or what it turned down and why. */
export type PortalChangeRequest = { id: string; status: "pending" | "rejected"; proposed: Record<string, unknown>; reason: string | null; created_at: string; decided_at: string | null }
export type PortalProduct = Omit<PortalProductSummary, "title"> & {
  title: { de: string; en: string | null }
  description: { de: string; en: string | null }
  category_id: string | null
  type_id: string | null
  chilled: boolean
  season_months: number[]
  change_request: PortalChangeRequest | null
}
export type ProductChoices = { categories: { id: string; handle: string; name: { de: string; en: string | null } }[]; types: { id: string; value: string }[] }

/** The producer's products (a producer has dozens at most: one page of 100), drafts included. */
export async function listProducts(token: string): Promise<{ products: PortalProductSummary[]; count: number } | null> {
  const answer = await backend<{ products: PortalProductSummary[]; count: number }>("GET", "/producer/products", { token, query: { limit: "100", offset: "0" } })
  return answer.status === 200 ? answer.body : null
}

/** One of its products as the form edits it; null for none of its own (404) or a lost login (401). */
export async function loadProduct(token: string, id: string): Promise<BackendAnswer<{ product: PortalProduct }>> {
  return backend<{ product: PortalProduct }>("GET", `/producer/products/${encodeURIComponent(id)}`, { token })
}

export async function loadProductChoices(token: string): Promise<ProductChoices | null> {
  const answer = await backend<ProductChoices>("GET", "/producer/product-choices", { token })
  return answer.status === 200 ? answer.body : null
}

/** A product saved: as it is now, and the change request when (part of) the change waits for the association. */
type SavedProduct = { product: PortalProduct; change_request_id: string | null }
export const createProduct = (token: string, body: unknown) => backend<SavedProduct>("POST", "/producer/products", { token, body })
export const updateProduct = (token: string, id: string, body: unknown) => backend<SavedProduct>("POST", `/producer/products/${encodeURIComponent(id)}`, { token, body })
export const setFoodInformation = (token: string, id: string, body: unknown) =>
  backend("POST", `/producer/products/${encodeURIComponent(id)}/food-information`, { token, body })

/** How the producer's goods reach shoppers, as its shipping options say it. */
export type PortalFulfilment = { set_up: boolean; street: string | null; postal_code: string | null; town: string | null; offer: Offer }

export async function loadFulfilment(token: string): Promise<PortalFulfilment | null> {
  const answer = await backend<{ fulfilment: PortalFulfilment }>("GET", "/producer/fulfilment", { token })
  return answer.status === 200 ? answer.body.fulfilment : null
}
export const saveFulfilment = (token: string, body: unknown) => backend<{ fulfilment: PortalFulfilment }>("POST", "/producer/fulfilment", { token, body })

export async function loadProfile(token: string): Promise<Profile | null> {
  const answer = await backend<{ profile: Profile }>("GET", "/producer/profile", { token })
  return answer.status === 200 ? answer.body.profile : null
}
export const saveProfile = (token: string, body: unknown) => backend<{ profile: Profile }>("POST", "/producer/profile", { token, body })

/** What waits for the producer, counted by the backend: parts per status, set up to sell, stock running low, food information missing. */
export async function loadDashboardCounts(token: string): Promise<DashboardCounts | null> {
  const answer = await backend<{ dashboard: DashboardCounts }>("GET", "/producer/dashboard", { token })
  return answer.status === 200 ? answer.body.dashboard : null
}

export async function loadPayoutDetails(token: string): Promise<PayoutDetails | null> {
  const answer = await backend<{ payout_details: PayoutDetails }>("GET", "/producer/payout-details", { token })
  return answer.status === 200 ? answer.body.payout_details : null
}
export const savePayoutDetails = (token: string, body: unknown) => backend<{ payout_details: PayoutDetails }>("POST", "/producer/payout-details", { token, body })
/** A one-time link into Stripe's onboarding (the owner's; where the shop pays by Stripe Connect). */
export const startStripeOnboarding = (token: string, locale: Locale) =>
  backend<{ onboarding: { url: string; expires_at: string } }>("POST", "/producer/stripe-onboarding", { token, body: { locale } })

/** A line of the producer's statement: one ledger entry (a sale, a refund, a void) with its order's number. */
export type StatementLine = {
  created_at: string
  order_display_id: number | null
  kind: "sale" | "refund" | "void"
  goods_total: number
  shipping_total: number
  commission_total: number
  payout_total: number
}
export type Statement = {
  entries: StatementLine[]
  totals: { goods_total: number; shipping_total: number; commission_total: number; payout_total: number }
  payouts: { id: string; amount: number; currency_code: string; status: string; created_at: string }[]
}

/** The producer's statement for the days from `from` to `to` (both included), from the ledger. */
export async function loadStatement(token: string, from: string, to: string): Promise<Statement | null> {
  const answer = await backend<{ statement: Statement }>("GET", "/producer/payouts", { token, query: { from, to } })
  return answer.status === 200 ? answer.body.statement : null
}

/** The same statement as a CSV file (the backend writes it); null without a login. */
export async function loadStatementCsv(token: string, from: string, to: string): Promise<string | null> {
  const response = await send("GET", "/producer/payouts", { token, query: { from, to, format: "csv" } }, "text/csv")
  return response.status === 200 ? await response.text() : null
}

/** The origin a meat product's label states (provenance's route), or null while none is set. */
export const loadMeatOrigin = (token: string, productId: string) =>
  backend<{ meat_origin: MeatOrigin | null }>("GET", `/producer/products/${encodeURIComponent(productId)}/meat-origin`, { token })
export const saveMeatOrigin = (token: string, productId: string, body: unknown) =>
  backend<{ meat_origin: MeatOrigin }>("POST", `/producer/products/${encodeURIComponent(productId)}/meat-origin`, { token, body })

/** The business's own photos (its page in the shop): each with its sizes. */
type BusinessPhotos = { photos: { id: string; width: number; height: number; sizes: PortalPhoto["sizes"] }[] }
export const loadBusinessPhotos = (token: string) => backend<BusinessPhotos>("GET", "/producer/profile-photos", { token })
export const uploadBusinessPhoto = (token: string, file: File) =>
  backend<BusinessPhotos>("POST", "/producer/profile-photos", { token, bytes: pickedFile(file) })
export const moveBusinessPhoto = (token: string, photoId: string, position: number) =>
  backend<BusinessPhotos>("POST", `/producer/profile-photos/${encodeURIComponent(photoId)}`, { token, body: { position } })
export const removeBusinessPhoto = (token: string, photoId: string) => backend<BusinessPhotos>("DELETE", `/producer/profile-photos/${encodeURIComponent(photoId)}`, { token })

/** A pack size added to or taken off a product; the product as it is then. */
export const addPackSize = (token: string, productId: string, body: unknown) =>
  backend<{ product: PortalProduct }>("POST", `/producer/products/${encodeURIComponent(productId)}/pack-sizes`, { token, body })
export const removePackSize = (token: string, productId: string, variantId: string) =>
  backend<{ product: PortalProduct }>("DELETE", `/producer/products/${encodeURIComponent(productId)}/pack-sizes/${encodeURIComponent(variantId)}`, { token })

/** A product's photo as the portal lists it: its sizes (narrowest first), and whether the shop's cards show it. */
export type PortalPhoto = { id: string; url: string; sizes: { width: number; height: number; url: string }[]; main: boolean }
type Photos = { photos: PortalPhoto[] }
const photosPath = (productId: string, photoId?: string) =>
  `/producer/products/${encodeURIComponent(productId)}/photos${photoId ? `/${encodeURIComponent(photoId)}` : ""}`
export const loadPhotos = (token: string, productId: string) => backend<Photos>("GET", photosPath(productId), { token })
/** The file as the producer picked it; the backend re-encodes it (or says why not). */
export const uploadPhoto = (token: string, productId: string, file: File) =>
  backend<Photos>("POST", photosPath(productId), { token, bytes: pickedFile(file) })
export const movePhoto = (token: string, productId: string, photoId: string, position: number) =>
  backend<Photos>("POST", photosPath(productId, photoId), { token, body: { position } })
export const removePhoto = (token: string, productId: string, photoId: string) => backend<Photos>("DELETE", photosPath(productId, photoId), { token })

/** The producer's own claims in every status (provenance's route). */
export async function listClaims(token: string): Promise<PortalClaim[] | null> {
  const answer = await backend<{ claims: PortalClaim[] }>("GET", "/producer/claims", { token })
  return answer.status === 200 ? answer.body.claims : null
}
export const createClaim = (token: string, body: unknown) => backend<{ claim: PortalClaim }>("POST", "/producer/claims", { token, body })
/** The certificate as the producer picked it; the backend checks it (a picture is re-encoded). */
export const uploadEvidence = (token: string, claimId: string, file: File) =>
  backend<{ evidence: NonNullable<PortalClaim["evidence_file"]> }>("POST", `/producer/claims/${encodeURIComponent(claimId)}/evidence`, {
    token,
    bytes: pickedFile(file),
  })

/** What goes into one of the producer's products, as it named it (provenance's route): each with its link's status. */
export type PortalProductInput = {
  id: string
  input_product: { id: string; title: string | null } | null
  share: number | null
  supply_link: { id: string; supplier_id: string; material: string; step: string; status: SupplyLinkStatus }
}
export const loadProductInputs = (token: string, productId: string) =>
  backend<{ product_inputs: PortalProductInput[] }>("GET", `/producer/products/${encodeURIComponent(productId)}/inputs`, { token })
export const addProductInput = (token: string, body: { product_id: string; supply_link_id: string; input_product_id: string | null; share: number | null }) =>
  backend<{ product_input: { id: string } }>("POST", "/producer/product-inputs", { token, body })
export const removeProductInput = (token: string, id: string) => backend("DELETE", `/producer/product-inputs/${encodeURIComponent(id)}`, { token })

/** A supplier's products in the shop (its public page's list), to name one as an input; [] when it has none. */
export async function listSupplierProducts(locale: Locale, handle: string): Promise<{ id: string; title: string }[]> {
  const answer = await backend<{ producer: { products?: { id: string; title: string }[] } }>("GET", `/store/producers/${encodeURIComponent(handle)}`, {
    query: { locale: MEDUSA_LOCALE[locale] },
  })
  return answer.status === 200 ? (answer.body.producer.products ?? []).map(({ id, title }) => ({ id, title })) : []
}

// ---------------------------------------------------------------------------------------------
// The cooperation board (plugins/cooperation): the producer's offers and needs, the others' on the board.

/** A post on the cooperation board as the backend answers it (never its producer's e-mail address). */
export type CooperationPost = {
  id: string
  kind: "offer" | "need"
  material: string
  craft: string | null
  step: string
  quantity: number
  unit: string
  rhythm: string
  available_from: string
  available_until: string
  radius_km: number
  note: string | null
  status: "open" | "closed" | "expired"
  supply_link_id: string | null
  producer: { id: string; name: string; handle: string; town: string; craft: string } | null
  distance_km: number | null
}
/** The producer's own post, with how many posts of others match it now. */
export type OwnCooperationPost = CooperationPost & { matches: number }
/** A post of another producer on the board, with the producer's own posts it matches. */
export type BoardPost = CooperationPost & { matches_own: string[] }

export async function listOwnCooperationPosts(token: string): Promise<OwnCooperationPost[] | null> {
  const answer = await backend<{ cooperation_posts: OwnCooperationPost[] }>("GET", "/producer/cooperation-posts", { token })
  return answer.status === 200 ? answer.body.cooperation_posts : null
}

export async function listCooperationBoard(token: string): Promise<BoardPost[] | null> {
  const answer = await backend<{ cooperation_posts: BoardPost[] }>("GET", "/producer/cooperation-board?limit=100", { token })
  return answer.status === 200 ? answer.body.cooperation_posts : null
}

/** The materials the network's supply links name: what a post may be about. */
export async function listCooperationMaterials(token: string): Promise<string[]> {
  const answer = await backend<{ materials: string[] }>("GET", "/producer/cooperation-materials", { token })
  return answer.status === 200 ? answer.body.materials : []
}

export const createCooperationPost = (token: string, body: Record<string, unknown>) => backend<{ cooperation_post: CooperationPost }>("POST", "/producer/cooperation-posts", { token, body })

export const setCooperationPostStatus = (token: string, id: string, status: "open" | "closed") =>
  backend("POST", `/producer/cooperation-posts/${encodeURIComponent(id)}`, { token, body: { status } })

/** The producer takes up an offer for its need: the offer's producer becomes its declared supplier. */
export const takeUpOffer = (token: string, needId: string, offerId: string) =>
  backend("POST", `/producer/cooperation-posts/${encodeURIComponent(needId)}/take-up`, { token, body: { offer_id: offerId } })

/** A producer's dependency figures both ways (GET /producer/dependencies). */
export type Dependencies = {
  inputs: {
    weighed_by: "product_inputs" | "links"
    suppliers: { producer: { id: string; name: string; handle: string; town: string }; materials: string[]; share: number | null; sole_source_of: string[] }[]
    largest_share: number | null
  }
  sales: {
    sales_window_days: number
    monthly_total: number
    outlets: { id: string | null; name: string; kind: string; monthly_revenue: number; share: number | null }[]
    largest_share: number | null
    network_customers: { producer: { id: string; name: string; handle: string; town: string }; materials: string[] }[]
  }
}

export async function loadDependencies(token: string): Promise<Dependencies | null> {
  const answer = await backend<{ dependencies: Dependencies }>("GET", "/producer/dependencies", { token })
  return answer.status === 200 ? answer.body.dependencies : null
}

export const declareSalesOutlet = (token: string, body: { name: string; kind: string; monthly_revenue: number }) => backend("POST", "/producer/sales-outlets", { token, body })

export const removeSalesOutlet = (token: string, id: string) => backend("DELETE", `/producer/sales-outlets/${encodeURIComponent(id)}`, { token })
