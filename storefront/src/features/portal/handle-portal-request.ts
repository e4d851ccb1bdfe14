import type { APIContext, AstroGlobal } from "astro"
import { publicPage } from "../../lib/cache-policy"
import { pathTo, t, type Locale, type UiString } from "../../lib/i18n"
import { postedForm, postedFormWithFile, privatePage } from "../../lib/posted-form"
import { isMedusaId } from "../../lib/request-guard"
import {
  acceptInvitation,
  actOnOrderPart,
  BackendUnavailable,
  type BoardPost,
  createCooperationPost,
  declareSalesOutlet,
  type Dependencies,
  listCooperationBoard,
  loadDependencies,
  removeSalesOutlet,
  listCooperationMaterials,
  listOwnCooperationPosts,
  type OwnCooperationPost,
  setCooperationPostStatus,
  takeUpOffer,
  type BackendAnswer,
  createProduct,
  listProducts,
  listClaims,
  loadDashboardCounts,
  loadMeatOrigin,
  loadPhotos,
  loadBusinessPhotos,
  uploadBusinessPhoto,
  removeBusinessPhoto,
  moveBusinessPhoto,
  addPackSize,
  removePackSize,
  createClaim,
  uploadEvidence,
  movePhoto,
  removePhoto,
  uploadPhoto,
  type PortalPhoto,
  loadPayoutDetails,
  loadStatement,
  loadStatementCsv,
  saveMeatOrigin,
  savePayoutDetails,
  startStripeOnboarding,
  type Statement,
  loadFulfilment,
  loadProduct,
  loadProfile,
  loadProductChoices,
  saveFulfilment,
  saveProfile,
  setFoodInformation,
  updateProduct,
  type PortalProduct,
  type PortalProductSummary,
  type ProductChoices,
  declareSupplyLink,
  listNetworkProducers,
  listSupplyLinks,
  setSupplyLinkStatus,
  inviteMember,
  listOrderParts,
  loadInvitation,
  loadMe,
  loadTeam,
  logInProducer,
  PORTAL_PART_ACTIONS,
  removeMember,
  requestPasswordReset,
  setNewPassword,
  submitApplication,
  withdrawInvitation,
  type InvitationPreview,
  type Member,
  type OpenInvitation,
  type OrderPart,
  type PortalPartAction,
  type Producer,
  type SupplyLink,
  type SupplyLinkSide,
  type TeamMember,
  loadProductInputs,
  addProductInput,
  removeProductInput,
  listSupplierProducts,
  type PortalProductInput,
} from "./data"
import {
  readApplicationForm,
  readDeclareLinkForm,
  readEmailForm,
  readInviteForm,
  readNewPasswordForm,
  readPortalLoginForm,
  type ApplicationField,
  type DeclareLinkField,
  type MemberRole,
  type PortalFieldError,
} from "./forms"
import { expiringClaims, type DashboardCounts, type OwnClaim } from "./dashboard"
import { photoRefusal } from "./photo-form"
import { EMPTY_CLAIM_FORM, evidenceRefusal, readClaimForm, refusedClaimField, type ClaimFieldError, type ClaimFormValues, type PortalClaim } from "./claim-form"
import { meatOriginFormValues, readMeatOriginForm, refusedMeatOriginField, type MeatOriginFieldError, type MeatOriginFormValues } from "./meat-origin-form"
import {
  EMPTY_COOPERATION_FORM,
  EMPTY_OUTLET_FORM,
  readCooperationForm,
  readOutletForm,
  refusedCooperationField,
  type CooperationFieldError,
  type CooperationFormValues,
  type OutletFormValues,
} from "./cooperation-form"
import { readPortalNotice, type PortalNotice } from "./notices"
import { offerFormValues, readOfferForm, type OfferFieldError, type OfferFormValues } from "./offer-form"
import { payoutFormValues, readPayoutForm, refusedPayoutField, type PayoutDetails, type PayoutFieldError, type PayoutFormValues } from "./payout-form"
import { pickList, pickListsByDay, type PickLine } from "./pick-list"
import { profileFormValues, readProfileForm, type ProfileFieldError, type ProfileFormValues } from "./profile-form"
import {
  EMPTY_PRODUCT_FORM,
  EMPTY_VARIANT,
  readPackSizeForm,
  type VariantRow,
  readNewProductForm,
  readProductChangeForm,
  type ProductFormErrors,
  type ProductFormValues,
} from "./product-form"
import {
  EMPTY_PRODUCT_INPUT,
  readProductInputForm,
  refusedProductInputField,
  type ProductInputField,
  type ProductInputFieldError,
  type ProductInputFormValues,
} from "./product-input-form"
import { producerSession } from "./session"

type Errors<F extends string> = Partial<Record<F, PortalFieldError>>

/**
 * The producer portal's pages. Each handler answers a page's GET and its form's POST
 * (post/redirect/get); it returns the page's view, or a Response (a redirect, the 400 page).
 * A refusal of the backend (4xx) is shown with its message; a failure (5xx, no answer) as
 * "please try again" with 503. Every portal page is private and never indexed.
 */

/** The backend's refusal, said as it said it (its messages are written for people). */
export type Refusal = { message: string } | null
const refusalOf = (body: { message?: string }): Refusal => ({ message: typeof body.message === "string" ? body.message.slice(0, 500) : "" })

/** Runs a handler; a backend that fails or does not answer makes the page say so (503). */
async function orUnavailable<V>(Astro: AstroGlobal, run: () => Promise<V | Response>, unavailable: V): Promise<V | Response> {
  try {
    return await run()
  } catch (error) {
    if (!(error instanceof BackendUnavailable)) throw error
    Astro.response.status = 503
    return unavailable
  }
}

// ---------------------------------------------------------------------------------------------
// The way in: applying, the invitation, login, logout, forgotten password.

export type JoinView = { values: Record<ApplicationField, string>; errors: Errors<ApplicationField>; sent: boolean; refusal: Refusal; unavailable: boolean }
const EMPTY_APPLICATION: Record<ApplicationField, string> = { business_name: "", craft: "", town: "", postal_code: "", contact_name: "", email: "", phone: "", about: "" }

/** `/mitmachen`: a business applies to join; the association decides and answers by mail. */
export async function handleJoin(Astro: AstroGlobal, locale: Locale): Promise<Response | JoinView> {
  const view: JoinView = { values: EMPTY_APPLICATION, errors: {}, sent: Astro.url.searchParams.get("hinweis") === "gesendet", refusal: null, unavailable: false }
  if (Astro.request.method !== "POST") {
    // The form is the same for every visitor; what is posted is answered privately.
    publicPage(Astro)
    return view
  }
  const form = await postedForm(Astro)
  if (form instanceof Response) return form
  const read = readApplicationForm(form)
  if (!read.ok) {
    Astro.response.status = 422
    return { ...view, values: { ...EMPTY_APPLICATION, ...read.values }, errors: read.errors }
  }
  return orUnavailable<JoinView>(
    Astro,
    async () => {
      const answer = await submitApplication(read.values, locale, clientAddressOf(Astro))
      if (answer.status === 201) return Astro.redirect(`${pathTo(locale, "join")}?hinweis=gesendet`, 303)
      if (answer.status === 429) {
        // The backend's limit per client address; what was typed stays for later.
        Astro.response.status = 429
        const minutes = /try again in (\d+) minutes/.exec(answer.body.message ?? "")?.[1] ?? "60"
        return { ...view, values: read.values, refusal: { message: t(locale, "portalTooManyApplications").replace("{minutes}", minutes) } }
      }
      Astro.response.status = 422
      return { ...view, values: read.values, refusal: refusalOf(answer.body) }
    },
    { ...view, values: read.values, unavailable: true }
  )
}

export type PortalLoginView = {
  values: { email: string }
  errors: Errors<"email" | "password">
  failed: boolean
  /** Too many failed attempts: the minutes until the next may be tried. */
  tooMany: number | null
  notice: PortalNotice | null
  unavailable: boolean
}

/** The visitor's address, for the backend's limits on failed logins and applications (none when Astro cannot tell). */
function clientAddressOf(Astro: AstroGlobal): string | undefined {
  try {
    return Astro.clientAddress
  } catch {
    return undefined
  }
}

/** `/portal/anmelden`: a team member logs in and lands on the dashboard. */
export async function handlePortalLogin(Astro: AstroGlobal, locale: Locale): Promise<Response | PortalLoginView> {
  privatePage(Astro)
  const isPost = Astro.request.method === "POST"
  if (producerSession.read(Astro)) return Astro.redirect(pathTo(locale, "portal"), isPost ? 303 : 302)
  const view: PortalLoginView = { values: { email: "" }, errors: {}, failed: false, tooMany: null, notice: isPost ? null : readPortalNotice(Astro.url), unavailable: false }
  if (!isPost) return view
  const form = await postedForm(Astro)
  if (form instanceof Response) return form
  const read = readPortalLoginForm(form)
  if (!read.ok) {
    Astro.response.status = 422
    return { ...view, values: { email: read.values.email }, errors: read.errors }
  }
  return orUnavailable<PortalLoginView>(
    Astro,
    async () => {
      const login = await logInProducer(read.values.email, read.values.password, clientAddressOf(Astro))
      if ("refused" in login && login.refused === "tooMany") {
        Astro.response.status = 429
        return { ...view, values: { email: read.values.email }, tooMany: login.retryAfterMinutes }
      }
      if (!("token" in login) || !producerSession.start(Astro, login.token)) {
        Astro.response.status = 422
        return { ...view, values: { email: read.values.email }, failed: true }
      }
      return Astro.redirect(`${pathTo(locale, "portal")}?hinweis=angemeldet`, 303)
    },
    { ...view, values: { email: read.values.email }, unavailable: true }
  )
}

/** `/portal/abmelden`: POST forgets the login; a GET changes nothing. */
export function handlePortalLogout(Astro: AstroGlobal, locale: Locale): Response {
  privatePage(Astro)
  if (Astro.request.method !== "POST") return Astro.redirect(pathTo(locale, "portal"), 302)
  producerSession.end(Astro)
  return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgemeldet`, 303)
}

/**
 * The invitation's and the reset link's token is in the page's URL: other sites must not get it as
 * a referrer. "same-origin", not "no-referrer": with no referrer at all Chromium posts the page's
 * own form with `Origin: null`, which Astro's check of cross-site form posts refuses.
 */
const keepTokenOnSite = (Astro: AstroGlobal) => Astro.response.headers.set("referrer-policy", "same-origin")

export type InvitationView =
  | { found: false }
  | { found: true; token: string; invitation: InvitationPreview; errors: Errors<"password">; refusal: Refusal; unavailable: boolean }

/** An invitation token as the backend makes them (32 random bytes, base64url); anything else is not sent. */
const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/

/**
 * `/portal/einladung/<token>`: the invited person sees for whom and as what, sets a password,
 * is logged in and lands on the dashboard. An unknown, used or expired link answers 404.
 */
export async function handleInvitation(Astro: AstroGlobal, locale: Locale, token: string | undefined): Promise<Response | InvitationView> {
  privatePage(Astro)
  keepTokenOnSite(Astro)
  if (!token || !INVITATION_TOKEN.test(token)) {
    Astro.response.status = 404
    return { found: false }
  }
  return orUnavailable<InvitationView>(
    Astro,
    async () => {
      const invitation = await loadInvitation(token)
      if (!invitation) {
        Astro.response.status = 404
        return { found: false }
      }
      const view: InvitationView = { found: true, token, invitation, errors: {}, refusal: null, unavailable: false }
      if (Astro.request.method !== "POST") return view
      const form = await postedForm(Astro)
      if (form instanceof Response) return form
      const read = readNewPasswordForm(form)
      if (!read.ok) {
        Astro.response.status = 422
        return { ...view, errors: read.errors }
      }
      const accepted = await acceptInvitation(token, read.values.password)
      if (accepted.status !== 201) {
        Astro.response.status = 422
        return { ...view, refusal: refusalOf(accepted.body) }
      }
      const login = await logInProducer(invitation.email, read.values.password, clientAddressOf(Astro))
      if (!("token" in login) || !producerSession.start(Astro, login.token)) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=passwort-neu`, 303)
      return Astro.redirect(`${pathTo(locale, "portal")}?hinweis=willkommen`, 303)
    },
    { found: false }
  )
}

export type ForgotPasswordView = { values: { email: string }; errors: Errors<"email">; sent: boolean; unavailable: boolean }

/**
 * `/portal/passwort-vergessen`: asks for a reset link. The answer is the same whether the
 * address has a login or not (the backend mails only team members).
 */
export async function handleForgotPassword(Astro: AstroGlobal, locale: Locale): Promise<Response | ForgotPasswordView> {
  privatePage(Astro)
  const view: ForgotPasswordView = { values: { email: "" }, errors: {}, sent: Astro.url.searchParams.get("hinweis") === "gesendet", unavailable: false }
  if (Astro.request.method !== "POST") return view
  const form = await postedForm(Astro)
  if (form instanceof Response) return form
  const read = readEmailForm(form)
  if (!read.ok) {
    Astro.response.status = 422
    return { ...view, values: read.values, errors: read.errors }
  }
  return orUnavailable<ForgotPasswordView>(
    Astro,
    async () => {
      await requestPasswordReset(read.values.email, locale)
      return Astro.redirect(`${pathTo(locale, "portalForgotPassword")}?hinweis=gesendet`, 303)
    },
    { ...view, values: read.values, unavailable: true }
  )
}

export type NewPasswordView = { token: string | null; errors: Errors<"password">; expired: boolean; unavailable: boolean }

/** A reset token is a JWT (Medusa signs it; it lives 15 minutes). */
const RESET_TOKEN = /^[A-Za-z0-9_-]{2,2000}\.[A-Za-z0-9_-]{2,4000}\.[A-Za-z0-9_-]{2,1000}$/

/** `/portal/passwort-neu?token=…`: the link of the reset mail; a new password, then the login. */
export async function handleNewPassword(Astro: AstroGlobal, locale: Locale): Promise<Response | NewPasswordView> {
  privatePage(Astro)
  keepTokenOnSite(Astro)
  const raw = Astro.url.searchParams.get("token")
  const token = raw && RESET_TOKEN.test(raw) ? raw : null
  const view: NewPasswordView = { token, errors: {}, expired: !token, unavailable: false }
  if (!token) Astro.response.status = 400
  if (Astro.request.method !== "POST" || !token) return view
  const form = await postedForm(Astro)
  if (form instanceof Response) return form
  const read = readNewPasswordForm(form)
  if (!read.ok) {
    Astro.response.status = 422
    return { ...view, errors: read.errors }
  }
  return orUnavailable<NewPasswordView>(
    Astro,
    async () => {
      const answer = await setNewPassword(token, read.values.password)
      if (answer.status !== 200) {
        Astro.response.status = 422
        return { ...view, expired: true }
      }
      return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=passwort-neu`, 303)
    },
    { ...view, unavailable: true }
  )
}

// ---------------------------------------------------------------------------------------------
// Inside: the dashboard, the orders, the team. Every page needs a login the backend accepts.

type LoggedIn = { token: string; producer: Producer; member: Member }

/** The logged-in member, or the redirect to the login page (none, expired, removed from the team). */
async function loggedIn(Astro: AstroGlobal, locale: Locale): Promise<LoggedIn | Response> {
  privatePage(Astro)
  const token = producerSession.read(Astro)
  if (!token) return Astro.redirect(pathTo(locale, "portalLogin"), Astro.request.method === "POST" ? 303 : 302)
  const me = await loadMe(token)
  if (!me) {
    producerSession.end(Astro)
    return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, Astro.request.method === "POST" ? 303 : 302)
  }
  return { token, ...me }
}

/** A portal page the backend could not serve: the page says "please try again". */
export type Unavailable = { unavailable: true }

/** Links naming the producer as supplier that wait for its word. */
export const awaitingConfirmation = (links: readonly SupplyLink[], producerId: string) =>
  links.filter((link) => link.supplier.id === producerId && link.status === "declared")

export type DashboardView = {
  unavailable: false
  producer: Producer
  member: Member
  counts: DashboardCounts
  linksToConfirm: number
  expiringClaims: OwnClaim[]
  notice: PortalNotice | null
}

/** The parts the orders page shows: the newest hundred. */
const PARTS_SHOWN = 100

/**
 * `/portal`: who is logged in, for which producer, and what waits to be done. The backend counts
 * parts, stock and food information (the page never loads the parts or products themselves);
 * links and claims are the producer's few.
 */
export async function handleDashboard(Astro: AstroGlobal, locale: Locale): Promise<Response | DashboardView | Unavailable> {
  return orUnavailable<DashboardView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      const [counts, links, claims] = await Promise.all([loadDashboardCounts(session.token), listSupplyLinks(session.token), listClaims(session.token)])
      if (!counts || !links || !claims) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      return {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        counts,
        linksToConfirm: awaitingConfirmation(links, session.producer.id).length,
        expiringClaims: expiringClaims(claims, new Date()),
        notice: readPortalNotice(Astro.url),
      }
    },
    { unavailable: true }
  )
}

export type OrdersView = {
  unavailable: false
  producer: Producer
  member: Member
  parts: OrderPart[]
  count: number
  pick: PickLine[]
  /** The same, one list per day the parts came in (newest first). */
  pickByDay: { day: string; parts: number; lines: PickLine[] }[]
  notice: PortalNotice | null
  refusal: Refusal
}

/**
 * `/portal/bestellungen`: the producer's parts of orders with the pick list of what is still to
 * pack; the form of each part posts its next step (pack, ship with a tracking number, hand over,
 * cancel) here.
 */
export async function handleOrders(Astro: AstroGlobal, locale: Locale): Promise<Response | OrdersView | Unavailable> {
  return orUnavailable<OrdersView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      let refusal: Refusal = null
      if (Astro.request.method === "POST") {
        const form = await postedForm(Astro)
        if (form instanceof Response) return form
        const partId = form.get("part_id")
        const action = form.get("action")
        const trackingNumber = String(form.get("tracking_number") ?? "").trim()
        if (typeof partId !== "string" || !isMedusaId(partId) || !PORTAL_PART_ACTIONS.includes(action as PortalPartAction) || trackingNumber.length > 100) {
          return Astro.rewrite("/400")
        }
        const body: Record<string, string> = action === "ship" && trackingNumber ? { tracking_number: trackingNumber } : {}
        const answer = await actOnOrderPart(session.token, partId, action as PortalPartAction, body)
        if (answer.status === 200) return Astro.redirect(`${pathTo(locale, "portalOrders")}?hinweis=erledigt#teil-${partId}`, 303)
        Astro.response.status = answer.status === 404 ? 404 : 422
        refusal = refusalOf(answer.body)
      }
      const listed = await listOrderParts(session.token, PARTS_SHOWN)
      if (!listed) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      return {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        parts: listed.parts,
        count: listed.count,
        pick: pickList(listed.parts),
        pickByDay: pickListsByDay(listed.parts),
        notice: refusal ? null : readPortalNotice(Astro.url),
        refusal,
      }
    },
    { unavailable: true }
  )
}

export type TeamView = {
  unavailable: false
  producer: Producer
  member: Member
  members: TeamMember[]
  invitations: OpenInvitation[]
  values: { email: string; role: string }
  errors: Errors<"email" | "role">
  notice: PortalNotice | null
  refusal: Refusal
}

/** A posted form naming one of `intents` (its button's or hidden field's value), or the 400 page. */
async function postedIntent<I extends string>(Astro: AstroGlobal, intents: readonly I[]): Promise<{ form: FormData; intent: I } | Response> {
  const form = await postedForm(Astro)
  if (form instanceof Response) return form
  const intent = form.get("intent")
  return intents.includes(intent as I) ? { form, intent: intent as I } : Astro.rewrite("/400")
}

/** The record a form acts on (its `id` field): a Medusa id, else null (the caller answers 400). */
const postedId = (form: FormData): string | null => {
  const id = form.get("id")
  return typeof id === "string" && isMedusaId(id) ? id : null
}

const TEAM_INTENTS = ["invite", "withdraw", "remove"] as const

/**
 * `/portal/team`: the team's members and open invitations. The owner invites (the link goes
 * by mail), withdraws an invitation and takes a person off the team; staff see the team only
 * (the backend refuses them anyway: 403).
 */
export async function handleTeam(Astro: AstroGlobal, locale: Locale): Promise<Response | TeamView | Unavailable> {
  return orUnavailable<TeamView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      let values = { email: "", role: "staff" }
      let errors: Errors<"email" | "role"> = {}
      let refusal: Refusal = null
      if (Astro.request.method === "POST") {
        const posted = await postedIntent(Astro, TEAM_INTENTS)
        if (posted instanceof Response) return posted
        const { form, intent } = posted
        if (intent === "invite") {
          const read = readInviteForm(form)
          if (!read.ok) {
            Astro.response.status = 422
            values = { email: read.values.email, role: read.values.role }
            errors = read.errors
          } else {
            const answer = await inviteMember(session.token, read.values as { email: string; role: MemberRole }, locale)
            if (answer.status === 201) return Astro.redirect(`${pathTo(locale, "portalTeam")}?hinweis=eingeladen`, 303)
            Astro.response.status = answer.status === 403 ? 403 : 422
            values = read.values
            refusal = refusalOf(answer.body)
          }
        } else {
          const id = postedId(form)
          if (!id) return Astro.rewrite("/400")
          const answer = intent === "withdraw" ? await withdrawInvitation(session.token, id) : await removeMember(session.token, id)
          if (answer.status === 200) return Astro.redirect(`${pathTo(locale, "portalTeam")}?hinweis=${intent === "withdraw" ? "zurueckgezogen" : "entfernt"}`, 303)
          Astro.response.status = answer.status === 403 || answer.status === 404 ? answer.status : 422
          refusal = refusalOf(answer.body)
        }
      }
      const team = await loadTeam(session.token)
      if (!team) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      return {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        ...team,
        values,
        errors,
        notice: refusal || Object.keys(errors).length ? null : readPortalNotice(Astro.url),
        refusal,
      }
    },
    { unavailable: true }
  )
}

export type SupplyChainView = {
  unavailable: false
  producer: Producer
  member: Member
  /** Links naming this producer as supplier that wait for its word. */
  toConfirm: SupplyLink[]
  /** Its suppliers (links it declared), whatever their status. */
  suppliers: SupplyLink[]
  /** Those it supplies, once it confirmed (or rejected) their links. */
  customers: SupplyLink[]
  /** The network's producers to choose a supplier from (without itself). */
  network: SupplyLinkSide[]
  values: Record<DeclareLinkField, string>
  errors: Errors<DeclareLinkField>
  notice: PortalNotice | null
  refusal: Refusal
}

const LINK_INTENTS = ["confirm", "reject", "declare"] as const
const NO_LINK_VALUES: Record<DeclareLinkField, string> = { supplier_id: "", material: "", step: "" }

/**
 * `/portal/lieferketten`: the producer's supply chain as it sees it — links naming it as
 * supplier to confirm or reject, its own suppliers with where each stands, those it supplies —
 * and the form that names a new supplier (who then confirms). What shoppers see of it is only
 * what was checked (confirmed by the supplier or verified by the association).
 */
export async function handleSupplyChain(Astro: AstroGlobal, locale: Locale): Promise<Response | SupplyChainView | Unavailable> {
  return orUnavailable<SupplyChainView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      let values = NO_LINK_VALUES
      let errors: Errors<DeclareLinkField> = {}
      let refusal: Refusal = null
      if (Astro.request.method === "POST") {
        const posted = await postedIntent(Astro, LINK_INTENTS)
        if (posted instanceof Response) return posted
        const { form, intent } = posted
        if (intent === "declare") {
          const read = readDeclareLinkForm(form)
          if (!read.ok) {
            Astro.response.status = 422
            values = { ...NO_LINK_VALUES, ...read.values }
            errors = read.errors
          } else {
            const answer = await declareSupplyLink(session.token, read.values)
            if (answer.status === 201) return Astro.redirect(`${pathTo(locale, "portalSupplyChain")}?hinweis=angefragt`, 303)
            Astro.response.status = 422
            values = read.values
            refusal = refusalOf(answer.body)
          }
        } else {
          const id = postedId(form)
          if (!id) return Astro.rewrite("/400")
          const answer = await setSupplyLinkStatus(session.token, id, intent === "confirm" ? "confirmed" : "rejected")
          if (answer.status === 200) return Astro.redirect(`${pathTo(locale, "portalSupplyChain")}?hinweis=${intent === "confirm" ? "bestaetigt" : "abgelehnt"}`, 303)
          Astro.response.status = answer.status === 404 ? 404 : 422
          refusal = refusalOf(answer.body)
        }
      }
      const [links, network] = await Promise.all([listSupplyLinks(session.token), listNetworkProducers(locale)])
      if (!links) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      const own = session.producer.id
      return {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        toConfirm: awaitingConfirmation(links, own),
        suppliers: links.filter((link) => link.customer.id === own),
        customers: links.filter((link) => link.supplier.id === own && link.status !== "declared"),
        network: network.filter((producer) => producer.id !== own),
        values,
        errors,
        notice: refusal || Object.keys(errors).length ? null : readPortalNotice(Astro.url),
        refusal,
      }
    },
    { unavailable: true }
  )
}

// ---------------------------------------------------------------------------------------------
// Products: the producer's own goods, new ones, and changes (with their food information).

export type ProductsView = { unavailable: false; producer: Producer; member: Member; products: PortalProductSummary[]; count: number; notice: PortalNotice | null }

/** `/portal/produkte`: every product of the producer, drafts included, with price, stock and whether its food information is there. */
export async function handleProducts(Astro: AstroGlobal, locale: Locale): Promise<Response | ProductsView | Unavailable> {
  return orUnavailable<ProductsView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      const listed = await listProducts(session.token)
      if (!listed) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      return { unavailable: false, producer: session.producer, member: session.member, ...listed, notice: readPortalNotice(Astro.url) }
    },
    { unavailable: true }
  )
}

export type ProductFormView = {
  unavailable: false
  producer: Producer
  member: Member
  choices: ProductChoices
  /** Whether the producer can sell yet (pickup or delivery set up); a new product waits for it. */
  setUp: boolean
  /** The product being changed; none on the new-product page. */
  product: PortalProduct | null
  values: ProductFormValues
  errors: ProductFormErrors
  notice: PortalNotice | null
  refusal: Refusal
}

const choiceIds = (choices: ProductChoices) => ({ categories: choices.categories.map((c) => c.id), types: choices.types.map((t) => t.id) })
const NEW_PRODUCT_INTENTS = ["draft", "publish"] as const

/**
 * `/portal/produkte/neu`: a new product with up to three pack sizes and its food information,
 * saved as a draft or published at once (the backend publishes a food only with its food
 * information). Then the product's own page.
 */
export async function handleNewProduct(Astro: AstroGlobal, locale: Locale): Promise<Response | ProductFormView | Unavailable> {
  return orUnavailable<ProductFormView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      const [choices, fulfilment] = await Promise.all([loadProductChoices(session.token), loadFulfilment(session.token)])
      if (!choices || !fulfilment) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      const view: ProductFormView = {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        choices,
        setUp: fulfilment.set_up,
        product: null,
        values: EMPTY_PRODUCT_FORM,
        errors: {},
        notice: null,
        refusal: null,
      }
      if (Astro.request.method !== "POST") return view
      const posted = await postedIntent(Astro, NEW_PRODUCT_INTENTS)
      if (posted instanceof Response) return posted
      const read = readNewProductForm(posted.form, choiceIds(choices), posted.intent === "publish" ? "published" : "draft")
      if (!read.ok) {
        Astro.response.status = 422
        return { ...view, values: read.values, errors: read.errors }
      }
      const answer = await createProduct(session.token, read.body)
      if (answer.status === 201) {
        const notice = answer.body.change_request_id ? "eingereicht" : posted.intent === "publish" ? "veroeffentlicht" : "gespeichert"
        return Astro.redirect(`${pathTo(locale, "portalProduct", answer.body.product.id)}?hinweis=${notice}`, 303)
      }
      Astro.response.status = 422
      return { ...view, values: read.values, refusal: refusalOf(answer.body) }
    },
    { unavailable: true }
  )
}

/** The form's values for a product as it is. */
function productAsFormValues(product: PortalProduct): ProductFormValues {
  const food = product.food_information
  return {
    title_de: product.title.de,
    title_en: product.title.en ?? "",
    description_de: product.description.de,
    description_en: product.description.en ?? "",
    category_id: product.category_id ?? "",
    type_id: product.type_id ?? "",
    chilled: product.chilled,
    seasons: product.season_months,
    variants: product.variants.map((variant) => ({
      id: variant.id,
      label_de: variant.label?.de ?? variant.title,
      label_en: variant.label?.en ?? "",
      net_quantity: variant.net_quantity === null ? "" : String(variant.net_quantity),
      net_unit: variant.net_unit ?? "",
      price: variant.price === null ? "" : variant.price.toFixed(2),
      stock: variant.stock === null ? "" : String(Math.max(0, variant.stock)),
    })),
    ingredients_de: food?.ingredients?.de ?? "",
    ingredients_en: food?.ingredients?.en ?? "",
    no_ingredients: Boolean(food && !food.ingredients),
    allergens: food?.allergens ?? [],
    storage_de: food?.storage.de ?? "",
    storage_en: food?.storage.en ?? "",
    date_marking: food?.date_marking ?? "",
    alcohol_percent: food?.alcohol_percent === null || food?.alcohol_percent === undefined ? "" : String(food.alcohol_percent),
  }
}

const PRODUCT_INTENTS = ["save", "publish", "unpublish"] as const

/**
 * `/portal/produkte/<id>`: one of the producer's products — texts, category, type, chilled,
 * seasons, each pack size's price and stock, the food information — saved, published or taken
 * offline. Another producer's product is "not found", as the backend answers.
 */
export async function handleProduct(Astro: AstroGlobal, locale: Locale, id: string | undefined): Promise<Response | ProductFormView | Unavailable> {
  return orUnavailable<ProductFormView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      if (!isMedusaId(id)) return Astro.rewrite("/404")
      const [loaded, choices] = await Promise.all([loadProduct(session.token, id), loadProductChoices(session.token)])
      if (loaded.status === 404) return Astro.rewrite("/404")
      if (loaded.status !== 200 || !choices) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      const product = loaded.body.product
      const view: ProductFormView = {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        choices,
        setUp: true,
        product,
        values: productAsFormValues(product),
        errors: {},
        notice: readPortalNotice(Astro.url),
        refusal: null,
      }
      if (Astro.request.method !== "POST") return view
      const posted = await postedIntent(Astro, PRODUCT_INTENTS)
      if (posted instanceof Response) return posted
      const read = readProductChangeForm(posted.form, choiceIds(choices), product.variants.map((variant) => variant.id))
      if (!read.ok) {
        Astro.response.status = 422
        return { ...view, values: read.values, errors: read.errors, notice: null }
      }
      // The food information first: publishing needs it.
      if (read.body.food_information) {
        const food = await setFoodInformation(session.token, id, read.body.food_information)
        if (food.status !== 200) {
          Astro.response.status = 422
          return { ...view, values: read.values, notice: null, refusal: refusalOf(food.body) }
        }
      }
      const status = posted.intent === "publish" ? { status: "published" } : posted.intent === "unpublish" ? { status: "draft" } : {}
      const answer = await updateProduct(session.token, id, { ...read.body.product, ...status })
      if (answer.status === 200) {
        // What waits for the association says so; what went through says what it did.
        const notice = answer.body.change_request_id ? "eingereicht" : posted.intent === "publish" ? "veroeffentlicht" : posted.intent === "unpublish" ? "offline" : "gespeichert"
        return Astro.redirect(`${pathTo(locale, "portalProduct", id)}?hinweis=${notice}`, 303)
      }
      Astro.response.status = 422
      return { ...view, values: read.values, notice: null, refusal: refusalOf(answer.body) }
    },
    { unavailable: true }
  )
}

/** A portal page of one form that edits one thing of the producer's (its pickup and delivery, its profile). */
type EditFormView<Values, Field extends string, Extra> = {
  unavailable: false
  producer: Producer
  member: Member
  values: Values
  errors: Partial<Record<string, Field>>
  notice: PortalNotice | null
  refusal: Refusal
} & Extra

type FormReadOf<Values, Field extends string> = { ok: true; values: Values; body: unknown } | { ok: false; values: Values; errors: Partial<Record<string, Field>> }

/**
 * The way such a page goes: load what it edits (a lost login leads to the login page), show it
 * as the form's values; a post is read by the form's rules (422 with the refusals by field), then
 * saved (post/redirect/get with `notice`), or the backend's refusal shown with what was typed —
 * at its field where `refusedField` tells which one it names (rules only the backend checks).
 */
async function handleEditForm<Loaded, Values, Field extends string, Extra>(
  Astro: AstroGlobal,
  locale: Locale,
  page: {
    load: (token: string) => Promise<Loaded | null>
    values: (loaded: Loaded) => Values
    extra: (loaded: Loaded) => Extra
    read: (form: FormData) => FormReadOf<Values, Field>
    save: (token: string, body: unknown) => Promise<{ status: number; body: { message?: string } }>
    /** Where a saved form leads (post/redirect/get). */
    savedTo: string
    notice: PortalNotice
    refusedField?: (message: string) => Partial<Record<string, Field>> | null
  }
): Promise<Response | EditFormView<Values, Field, Extra> | Unavailable> {
  return orUnavailable<EditFormView<Values, Field, Extra> | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      const loaded = await page.load(session.token)
      if (!loaded) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      const view: EditFormView<Values, Field, Extra> = {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        values: page.values(loaded),
        errors: {},
        notice: readPortalNotice(Astro.url),
        refusal: null,
        ...page.extra(loaded),
      }
      if (Astro.request.method !== "POST") return view
      const form = await postedForm(Astro)
      if (form instanceof Response) return form
      const read = page.read(form)
      if (!read.ok) {
        Astro.response.status = 422
        return { ...view, values: read.values, errors: read.errors, notice: null }
      }
      const answer = await page.save(session.token, read.body)
      if (answer.status === 200) return Astro.redirect(`${page.savedTo}?hinweis=${page.notice}`, 303)
      Astro.response.status = 422
      const atField = answer.status === 400 && answer.body.message ? page.refusedField?.(answer.body.message) : null
      if (atField) return { ...view, values: read.values, errors: atField, notice: null }
      return { ...view, values: read.values, notice: null, refusal: refusalOf(answer.body) }
    },
    { unavailable: true }
  )
}

export type DeliveryView = EditFormView<OfferFormValues, OfferFieldError, { setUp: boolean; town: string | null; postalCode: string | null }>

/**
 * `/portal/abholung-und-versand`: how the producer's goods reach shoppers — its street, pickup
 * hours, its own delivery (fee, minimum order, postal codes), parcel. The first save sets a new
 * producer up to sell; later saves change what the checkout offers.
 */
export const handleDelivery = (Astro: AstroGlobal, locale: Locale) =>
  handleEditForm(Astro, locale, {
    load: loadFulfilment,
    values: offerFormValues,
    extra: (current) => ({ setUp: current.set_up, town: current.town, postalCode: current.postal_code }),
    read: readOfferForm,
    save: saveFulfilment,
    savedTo: pathTo(locale, "portalDelivery"),
    notice: "versand",
  })

export type ProfileView = EditFormView<ProfileFormValues, ProfileFieldError, {}>

/** `/portal/profil`: what the shop says about the producer — tagline, story, contact, farm shop and its hours. */
export const handleProfile = (Astro: AstroGlobal, locale: Locale) =>
  handleEditForm(Astro, locale, {
    load: loadProfile,
    values: profileFormValues,
    extra: () => ({}),
    read: readProfileForm,
    save: saveProfile,
    savedTo: pathTo(locale, "portalProfile"),
    notice: "gespeichert",
  })

export type PayoutsView = EditFormView<PayoutFormValues, PayoutFieldError, { details: PayoutDetails; month: string; statement: Statement | null }> & {
  /** The owner came back from Stripe's onboarding (`zurueck`), or its link had expired (`abgelaufen`). */
  stripeReturn?: "zurueck" | "abgelaufen" | null
}

/** `?monat=2026-11`: a month between 2000 and 2099, else the current one (UTC). */
export function statementMonth(url: URL, now: Date): { month: string; from: string; to: string } {
  const asked = url.searchParams.get("monat") ?? ""
  const month = /^20\d\d-(0[1-9]|1[0-2])$/.test(asked) ? asked : now.toISOString().slice(0, 7)
  const [year, number] = month.split("-").map(Number)
  const lastDay = new Date(Date.UTC(year, number, 0)).getUTCDate()
  return { month, from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, "0")}` }
}

/**
 * `/portal/auszahlungen`: how the producer is paid — whether it can be (what is missing), what it
 * is owed, its bank account and VAT data (the owner changes them; staff see them, the IBAN
 * masked) — and its statement for a month from the ledger.
 */
export const handlePayouts = async (Astro: AstroGlobal, locale: Locale) => {
  if (Astro.request.method === "POST") {
    // The page's other form: the owner's way to Stripe's onboarding.
    const form = await postedForm(Astro)
    if (form instanceof Response) return form
    if (form.get("intent") === "stripe") return toStripeOnboarding(Astro, locale)
  }
  const { month, from, to } = statementMonth(Astro.url, new Date())
  const view = await handleEditForm(Astro, locale, {
    load: async (token) => {
      const [details, statement] = await Promise.all([loadPayoutDetails(token), loadStatement(token, from, to)])
      return details ? { details, statement } : null
    },
    values: ({ details }) => payoutFormValues(details),
    extra: ({ details, statement }) => ({ details, statement, month }),
    read: readPayoutForm,
    save: savePayoutDetails,
    savedTo: pathTo(locale, "portalPayouts"),
    notice: "auszahlung",
    refusedField: refusedPayoutField,
  })
  if (view instanceof Response || view.unavailable) return view
  // Back from Stripe's onboarding: done for now, or its link had expired.
  const stripe = Astro.url.searchParams.get("stripe")
  const stripeReturn: PayoutsView["stripeReturn"] = stripe === "zurueck" || stripe === "abgelaufen" ? stripe : null
  return { ...view, stripeReturn }
}

/** Sends the owner on to Stripe's onboarding (a one-time link the backend asks Stripe for). */
async function toStripeOnboarding(Astro: AstroGlobal, locale: Locale): Promise<Response | Unavailable> {
  return orUnavailable<Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      const answer = await startStripeOnboarding(session.token, locale)
      const url = answer.status === 200 ? answer.body.onboarding.url : ""
      if (url.startsWith("https://")) return Astro.redirect(url, 303)
      return Astro.redirect(`${pathTo(locale, "portalPayouts")}?hinweis=fehler`, 303)
    },
    { unavailable: true }
  )
}

export type MeatOriginView = EditFormView<MeatOriginFormValues, MeatOriginFieldError, { product: { id: string; title: string } }>

/**
 * `/portal/fleisch/<id>`: the origin a meat product's label states — species, reared and
 * slaughtered in, and for beef born in, approval number and reference number. Another producer's
 * product is "not found", as the backend answers.
 */
export async function handleMeatOrigin(Astro: AstroGlobal, locale: Locale, id: string | undefined): Promise<Response | MeatOriginView | Unavailable> {
  if (!isMedusaId(id)) return Astro.rewrite("/404")
  let notFound = false
  const view = await handleEditForm(Astro, locale, {
    load: async (token) => {
      const [origin, product] = await Promise.all([loadMeatOrigin(token, id), loadProduct(token, id)])
      if (origin.status === 404 || product.status === 404) notFound = true
      return origin.status === 200 && product.status === 200 ? { origin: origin.body.meat_origin, product: product.body.product } : null
    },
    values: ({ origin }) => meatOriginFormValues(origin),
    extra: ({ product }) => ({ product: { id: product.id, title: product.title.de } }),
    read: readMeatOriginForm,
    save: (token, body) => saveMeatOrigin(token, id, body),
    savedTo: pathTo(locale, "portalMeatOrigin", id),
    notice: "fleisch",
    refusedField: refusedMeatOriginField,
  })
  return notFound ? Astro.rewrite("/404") : view
}

export type PhotosView = {
  unavailable: false
  producer: Producer
  member: Member
  /** Whose photos: one of its products', or the business's own (its profile's). */
  subject: { kind: "product"; id: string; title: string } | { kind: "business"; title: string }
  photos: PortalPhoto[]
  notice: PortalNotice | null
  /** Why the photo just sent was not taken. */
  photoError: UiString | null
}

/** What a photos page's forms do, with the notice the page shows after each. */
const PHOTO_ACTIONS = { main: "hauptfoto", remove: "foto-entfernt" } as const satisfies Record<string, PortalNotice>

/**
 * A post to a photos page (a product's or the business's): an upload — the file forwarded as it
 * is, a refusal said in the producer's language — or an action on one photo the page offers
 * (`main`, `remove`); then the page again (post/redirect/get).
 */
async function handlePhotoPost(
  Astro: AstroGlobal,
  view: PhotosView,
  page: string,
  calls: { upload: (file: File) => Promise<BackendAnswer<unknown>> } & Partial<Record<keyof typeof PHOTO_ACTIONS, (photoId: string) => Promise<BackendAnswer<unknown>>>>
): Promise<Response | PhotosView> {
  const posted = await postedFormWithFile(Astro, "foto")
  if (posted instanceof Response) return posted
  const intent = posted.form.get("intent")
  const back = (notice: PortalNotice) => Astro.redirect(`${page}?hinweis=${notice}`, 303)
  if (intent === "upload") {
    if (!posted.file) {
      Astro.response.status = 422
      return { ...view, notice: null, photoError: "portalPhotoMissing" }
    }
    const answer = await calls.upload(posted.file)
    if (answer.status === 201) return back("foto-neu")
    if (answer.status === 404) return Astro.rewrite("/404")
    Astro.response.status = 422
    return { ...view, notice: null, photoError: photoRefusal(answer.status, answer.body.message) }
  }
  const act = typeof intent === "string" && Object.hasOwn(PHOTO_ACTIONS, intent) ? calls[intent as keyof typeof PHOTO_ACTIONS] : undefined
  const photoId = postedId(posted.form)
  if (!act || !photoId) return Astro.rewrite("/400")
  const answer = await act(photoId)
  if (answer.status === 200) return back(PHOTO_ACTIONS[intent as keyof typeof PHOTO_ACTIONS])
  // A photo removed meanwhile (another tab, a colleague): the page as it is now.
  return answer.status === 404 ? back("fehler") : Astro.rewrite("/400")
}

/**
 * `/portal/fotos/<id>`: the product's photos — add one (the upload form posts the file as
 * multipart; the backend re-encodes it), make one the main photo, remove one. Each post leads
 * back to the page (post/redirect/get); a refused photo is said in the producer's language.
 */
export async function handlePhotos(Astro: AstroGlobal, locale: Locale, id: string | undefined): Promise<Response | PhotosView | Unavailable> {
  if (!isMedusaId(id)) return Astro.rewrite("/404")
  return orUnavailable<PhotosView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      const [product, photos] = await Promise.all([loadProduct(session.token, id), loadPhotos(session.token, id)])
      if (product.status === 404 || photos.status === 404) return Astro.rewrite("/404")
      if (product.status !== 200 || photos.status !== 200) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      const view: PhotosView = {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        subject: { kind: "product", id, title: product.body.product.title.de },
        photos: photos.body.photos,
        notice: readPortalNotice(Astro.url),
        photoError: null,
      }
      if (Astro.request.method !== "POST") return view
      return handlePhotoPost(Astro, view, pathTo(locale, "portalPhotos", id), {
        upload: (file) => uploadPhoto(session.token, id, file),
        main: (photoId) => movePhoto(session.token, id, photoId, 0),
        remove: (photoId) => removePhoto(session.token, id, photoId),
      })
    },
    { unavailable: true }
  )
}

export type ClaimsView = {
  unavailable: false
  producer: Producer
  member: Member
  claims: PortalClaim[]
  /** The producer's products, for the claim's "applies to". */
  products: { id: string; title: string }[]
  values: ClaimFormValues
  errors: Partial<Record<string, ClaimFieldError>>
  notice: PortalNotice | null
  refusal: Refusal
  /** Why the document just sent for a claim was not taken. */
  evidenceError: { claimId: string; message: UiString } | null
}

const CLAIM_INTENTS = ["file", "evidence"] as const

/**
 * `/portal/nachweise`: the producer's claims, where each stands and whether its certificate is
 * uploaded; a new claim (with its certificate in the same form) and a certificate for a claim
 * that waits. Forms are multipart (a file); the claim is saved first, then its document — a
 * document refused leaves the claim filed and says why at it.
 */
export async function handleClaims(Astro: AstroGlobal, locale: Locale): Promise<Response | ClaimsView | Unavailable> {
  return orUnavailable<ClaimsView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      const [claims, listed] = await Promise.all([listClaims(session.token), listProducts(session.token)])
      if (!claims || !listed) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      const view: ClaimsView = {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        claims,
        products: listed.products.map((product) => ({ id: product.id, title: product.title })),
        values: EMPTY_CLAIM_FORM,
        errors: {},
        notice: readPortalNotice(Astro.url),
        refusal: null,
        evidenceError: null,
      }
      if (Astro.request.method !== "POST") return view
      const posted = await postedFormWithFile(Astro, "beleg")
      if (posted instanceof Response) return posted
      const intent = posted.form.get("intent") as (typeof CLAIM_INTENTS)[number]
      if (!CLAIM_INTENTS.includes(intent)) return Astro.rewrite("/400")
      const back = (notice: PortalNotice) => Astro.redirect(`${pathTo(locale, "portalClaims")}?hinweis=${notice}`, 303)
      const withEvidenceRefused = async (claimId: string, status: number, message: string | undefined) => {
        Astro.response.status = 422
        const now = (await listClaims(session.token)) ?? claims
        return { ...view, claims: now, notice: null, evidenceError: { claimId, message: evidenceRefusal(status, message) } }
      }

      if (intent === "evidence") {
        const claimId = postedId(posted.form)
        if (!claimId || !claims.some((claim) => claim.id === claimId)) return Astro.rewrite("/400")
        if (!posted.file) return withEvidenceRefused(claimId, 400, undefined)
        const answer = await uploadEvidence(session.token, claimId, posted.file)
        if (answer.status === 201) return back("beleg")
        return withEvidenceRefused(claimId, answer.status, answer.body.message)
      }

      const read = readClaimForm(posted.form, view.products.map((product) => product.id))
      if (!read.ok) {
        Astro.response.status = 422
        return { ...view, values: read.values, errors: read.errors, notice: null }
      }
      const created = await createClaim(session.token, read.body)
      if (created.status !== 201) {
        Astro.response.status = 422
        const atField = created.status === 400 && created.body.message ? refusedClaimField(created.body.message) : null
        if (atField) return { ...view, values: read.values, errors: atField, notice: null }
        return { ...view, values: read.values, notice: null, refusal: refusalOf(created.body) }
      }
      if (!posted.file) return back("nachweis-neu")
      const evidence = await uploadEvidence(session.token, created.body.claim.id, posted.file)
      if (evidence.status === 201) return back("nachweis-neu")
      return withEvidenceRefused(created.body.claim.id, evidence.status, evidence.body.message)
    },
    { unavailable: true }
  )
}

export type PackSizesView = {
  unavailable: false
  producer: Producer
  member: Member
  product: PortalProduct
  /** What was typed into the add form, and why it was refused. */
  row: VariantRow
  errors: ProductFormErrors
  notice: PortalNotice | null
  refusal: Refusal
}

const PACK_SIZE_INTENTS = ["add", "remove"] as const

/**
 * `/portal/packungen/<id>`: the product's pack sizes — add one (label, net quantity, price,
 * stock), take one off (never the last; the backend says so). Post/redirect/get; a refused size
 * comes back with what was typed.
 */
export async function handlePackSizes(Astro: AstroGlobal, locale: Locale, id: string | undefined): Promise<Response | PackSizesView | Unavailable> {
  if (!isMedusaId(id)) return Astro.rewrite("/404")
  return orUnavailable<PackSizesView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      const loaded = await loadProduct(session.token, id)
      if (loaded.status === 404) return Astro.rewrite("/404")
      if (loaded.status !== 200) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      const view: PackSizesView = {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        product: loaded.body.product,
        row: EMPTY_VARIANT,
        errors: {},
        notice: readPortalNotice(Astro.url),
        refusal: null,
      }
      if (Astro.request.method !== "POST") return view
      const posted = await postedIntent(Astro, PACK_SIZE_INTENTS)
      if (posted instanceof Response) return posted
      const back = (notice: PortalNotice) => Astro.redirect(`${pathTo(locale, "portalSizes", id)}?hinweis=${notice}`, 303)
      if (posted.intent === "remove") {
        const variantId = postedId(posted.form)
        if (!variantId || !view.product.variants.some((variant) => variant.id === variantId)) return Astro.rewrite("/400")
        const answer = await removePackSize(session.token, id, variantId)
        if (answer.status === 200) return back("groesse-entfernt")
        Astro.response.status = 422
        return { ...view, notice: null, refusal: refusalOf(answer.body) }
      }
      const read = readPackSizeForm(posted.form)
      if (!read.ok) {
        Astro.response.status = 422
        return { ...view, row: read.row, errors: read.errors, notice: null }
      }
      const answer = await addPackSize(session.token, id, read.body)
      if (answer.status === 201) return back("groesse-neu")
      Astro.response.status = 422
      return { ...view, row: read.row, notice: null, refusal: refusalOf(answer.body) }
    },
    { unavailable: true }
  )
}

/**
 * `/portal/betriebsfotos`: the business's own photos (farm, shop, workshop) on its page in the
 * shop — add one (multipart, re-encoded by the backend), remove one.
 */
export async function handleBusinessPhotos(Astro: AstroGlobal, locale: Locale): Promise<Response | PhotosView | Unavailable> {
  return orUnavailable<PhotosView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      const listed = await loadBusinessPhotos(session.token)
      if (listed.status !== 200) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      const view: PhotosView = {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        subject: { kind: "business", title: session.producer.name },
        // The shop shows them in this order; the first opens the business's page.
        photos: listed.body.photos.map((photo, i) => ({ id: photo.id, url: photo.sizes.at(-1)?.url ?? "", sizes: photo.sizes, main: i === 0 })),
        notice: readPortalNotice(Astro.url),
        photoError: null,
      }
      if (Astro.request.method !== "POST") return view
      return handlePhotoPost(Astro, view, pathTo(locale, "portalBusinessPhotos"), {
        upload: (file) => uploadBusinessPhoto(session.token, file),
        main: (photoId) => moveBusinessPhoto(session.token, photoId, 0),
        remove: (photoId) => removeBusinessPhoto(session.token, photoId),
      })
    },
    { unavailable: true }
  )
}

/**
 * `/portal/abrechnung.csv?monat=YYYY-MM`: the month's statement as the backend writes it in CSV
 * (every entry; the payouts page shows the newest), a private download.
 */
export async function handleStatementCsv(context: APIContext): Promise<Response> {
  const token = producerSession.read(context)
  if (!token) return context.redirect(pathTo("de", "portalLogin"), 302)
  const { month, from, to } = statementMonth(context.url, new Date())
  try {
    const csv = await loadStatementCsv(token, from, to)
    if (csv === null) return context.redirect(`${pathTo("de", "portalLogin")}?hinweis=abgelaufen`, 302)
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="abrechnung-${month}.csv"`,
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex",
      },
    })
  } catch (error) {
    if (error instanceof BackendUnavailable) return new Response("The shop's backend does not answer; try again in a minute.", { status: 503 })
    throw error
  }
}

// ---------------------------------------------------------------------------------------------
// A product's inputs: what goes into it and from which supplier.

export type ProductInputsView = {
  unavailable: false
  producer: Producer
  member: Member
  product: PortalProduct
  /** What it named, each with the supplier's name and its link's status. */
  inputs: (PortalProductInput & { supplierName: string })[]
  /** Its supply links an input can arrive through: its own suppliers, not rejected or ended. */
  links: SupplyLink[]
  /** Those suppliers' products in the shop, to name one rather than the bare material. */
  supplierProducts: { id: string; title: string; supplierId: string; supplierName: string }[]
  values: ProductInputFormValues
  errors: Partial<Record<ProductInputField, ProductInputFieldError>>
  notice: PortalNotice | null
  refusal: Refusal
}

const PRODUCT_INPUT_INTENTS = ["add", "remove"] as const

/**
 * `/portal/herkunft/<id>`: what goes into the product and from which of the producer's suppliers
 * — the supplier's own product where it is one (its flour, so the shop follows the flour's chain
 * too) and the share of the weight where known. The shop shows an input once the supplier has
 * confirmed its link. Post/redirect/get; a refused input comes back with what was chosen.
 */
export async function handleProductInputs(Astro: AstroGlobal, locale: Locale, id: string | undefined): Promise<Response | ProductInputsView | Unavailable> {
  if (!isMedusaId(id)) return Astro.rewrite("/404")
  return orUnavailable<ProductInputsView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      const [loaded, named, allLinks] = await Promise.all([loadProduct(session.token, id), loadProductInputs(session.token, id), listSupplyLinks(session.token)])
      if (loaded.status === 404) return Astro.rewrite("/404")
      if (loaded.status !== 200 || named.status !== 200 || !allLinks) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      const own = session.producer.id
      const links = allLinks.filter((link) => link.customer.id === own && link.status !== "rejected" && link.status !== "expired")
      const suppliers = [...new Map(links.map((link) => [link.supplier.id, link.supplier])).values()]
      const supplierProducts = (
        await Promise.all(suppliers.map(async (supplier) => (await listSupplierProducts(locale, supplier.handle)).map((product) => ({ ...product, supplierId: supplier.id, supplierName: supplier.name }))))
      ).flat()
      const supplierName = new Map(allLinks.map((link) => [link.supplier.id, link.supplier.name]))
      const view: ProductInputsView = {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        product: loaded.body.product,
        inputs: named.body.product_inputs.map((input) => ({ ...input, supplierName: supplierName.get(input.supply_link.supplier_id) ?? "" })),
        links,
        supplierProducts,
        values: EMPTY_PRODUCT_INPUT,
        errors: {},
        notice: readPortalNotice(Astro.url),
        refusal: null,
      }
      if (Astro.request.method !== "POST") return view
      const posted = await postedIntent(Astro, PRODUCT_INPUT_INTENTS)
      if (posted instanceof Response) return posted
      const back = (notice: PortalNotice) => Astro.redirect(`${pathTo(locale, "portalInputs", id)}?hinweis=${notice}`, 303)
      if (posted.intent === "remove") {
        const inputId = postedId(posted.form)
        if (!inputId || !view.inputs.some((input) => input.id === inputId)) return Astro.rewrite("/400")
        const answer = await removeProductInput(session.token, inputId)
        if (answer.status === 200) return back("zutat-entfernt")
        Astro.response.status = 422
        return { ...view, notice: null, refusal: refusalOf(answer.body) }
      }
      const read = readProductInputForm(posted.form, {
        links: links.map((link) => ({ id: link.id, supplierId: link.supplier.id })),
        products: supplierProducts.map((product) => ({ id: product.id, supplierId: product.supplierId })),
      })
      if (!read.ok) {
        Astro.response.status = 422
        return { ...view, values: read.values, errors: read.errors, notice: null }
      }
      const answer = await addProductInput(session.token, { product_id: id, ...read.body })
      if (answer.status === 201) return back("zutat-neu")
      Astro.response.status = 422
      const atField = refusedProductInputField(answer.body.message ?? "")
      return { ...view, values: read.values, notice: null, ...(atField ? { errors: atField } : { refusal: refusalOf(answer.body) }) }
    },
    { unavailable: true }
  )
}

// ---------------------------------------------------------------------------------------------
// The cooperation board: the producer's offers and needs, the others' posts, taking one up.

export type CooperationView = {
  unavailable: false
  producer: Producer
  member: Member
  own: OwnCooperationPost[]
  board: BoardPost[]
  materials: string[]
  values: CooperationFormValues
  errors: Partial<Record<string, CooperationFieldError>>
  /** Its dependency figures both ways, and the form naming another outlet. */
  dependencies: Dependencies
  outletValues: OutletFormValues
  outletErrors: Partial<Record<string, CooperationFieldError>>
  notice: PortalNotice | null
  refusal: Refusal
}

const COOPERATION_INTENTS = ["post", "close", "reopen", "take-up", "outlet-add", "outlet-remove"] as const

/**
 * `/portal/kooperation`: the producer's own offers and needs (close, open again; for a need, the
 * offers that meet it, each taken up in one step as a declared supplier), a new post, the board
 * of the others' open posts, nearest first, and its dependency figures with the outlets it names.
 */
export async function handleCooperation(Astro: AstroGlobal, locale: Locale): Promise<Response | CooperationView | Unavailable> {
  return orUnavailable<CooperationView | Unavailable>(
    Astro,
    async () => {
      const session = await loggedIn(Astro, locale)
      if (session instanceof Response) return session
      let values = EMPTY_COOPERATION_FORM
      let errors: Partial<Record<string, CooperationFieldError>> = {}
      let outletValues = EMPTY_OUTLET_FORM
      let outletErrors: Partial<Record<string, CooperationFieldError>> = {}
      let refusal: Refusal = null
      if (Astro.request.method === "POST") {
        const posted = await postedIntent(Astro, COOPERATION_INTENTS)
        if (posted instanceof Response) return posted
        const { form, intent } = posted
        const back = (notice: PortalNotice) => Astro.redirect(`${pathTo(locale, "portalCooperation")}?hinweis=${notice}`, 303)
        if (intent === "post") {
          const read = readCooperationForm(form)
          if (!read.ok) {
            Astro.response.status = 422
            values = read.values
            errors = read.errors
          } else {
            const answer = await createCooperationPost(session.token, read.body)
            if (answer.status === 201) return back("beitrag")
            Astro.response.status = 422
            values = read.values
            const atField = answer.status === 400 && answer.body.message ? refusedCooperationField(answer.body.message) : null
            if (atField) errors = atField
            else refusal = refusalOf(answer.body)
          }
        } else if (intent === "outlet-add") {
          const read = readOutletForm(form)
          if (!read.ok) {
            Astro.response.status = 422
            outletValues = read.values
            outletErrors = read.errors
          } else {
            const answer = await declareSalesOutlet(session.token, read.body)
            if (answer.status === 201) return back("absatzweg")
            Astro.response.status = 422
            outletValues = read.values
            refusal = refusalOf(answer.body)
          }
        } else if (intent === "outlet-remove") {
          const id = postedId(form)
          if (!id) return Astro.rewrite("/400")
          const answer = await removeSalesOutlet(session.token, id)
          if (answer.status === 200) return back("absatzweg-entfernt")
          Astro.response.status = answer.status === 404 ? 404 : 422
          refusal = refusalOf(answer.body)
        } else {
          const id = postedId(form)
          if (!id) return Astro.rewrite("/400")
          if (intent === "take-up") {
            const offerId = form.get("offer_id")
            if (typeof offerId !== "string" || !isMedusaId(offerId)) return Astro.rewrite("/400")
            const answer = await takeUpOffer(session.token, id, offerId)
            if (answer.status === 201) return back("uebernommen")
            Astro.response.status = answer.status === 404 ? 404 : 422
            refusal = refusalOf(answer.body)
          } else {
            const answer = await setCooperationPostStatus(session.token, id, intent === "close" ? "closed" : "open")
            if (answer.status === 200) return back(intent === "close" ? "beitrag-geschlossen" : "beitrag-offen")
            Astro.response.status = answer.status === 404 ? 404 : 422
            refusal = refusalOf(answer.body)
          }
        }
      }
      const [own, board, materials, dependencies] = await Promise.all([
        listOwnCooperationPosts(session.token),
        listCooperationBoard(session.token),
        listCooperationMaterials(session.token),
        loadDependencies(session.token),
      ])
      if (!own || !board || !dependencies) return Astro.redirect(`${pathTo(locale, "portalLogin")}?hinweis=abgelaufen`, 302)
      return {
        unavailable: false,
        producer: session.producer,
        member: session.member,
        own,
        board,
        materials,
        values,
        errors,
        dependencies,
        outletValues,
        outletErrors,
        notice: refusal || Object.keys(errors).length || Object.keys(outletErrors).length ? null : readPortalNotice(Astro.url),
        refusal,
      }
    },
    { unavailable: true }
  )
}
