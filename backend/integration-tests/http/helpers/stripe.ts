/**
 * Stripe's API, simulated at the HTTP level with nock for the backend tests: Medusa's Stripe
 * provider (the real `stripe` client inside the app) talks to https://api.stripe.com and gets
 * the JSON Stripe documents for PaymentIntents (https://docs.stripe.com/api/payment_intents/object),
 * kept in memory so a retrieve answers what create, confirm, capture or cancel left; and, for
 * Stripe Connect payouts, transfers to connected accounts (https://docs.stripe.com/api/transfers)
 * with their idempotency keys honoured as Stripe does. Nothing
 * reaches Stripe. Every request is recorded; one the simulation does not know is recorded as
 * unmatched and answered with a network error, so a test can fail on it.
 */
import { randomBytes } from "node:crypto"
import Stripe from "stripe"

// nock 15 is an ES module; this file is CommonJS to TypeScript (as Node runs the backend).
type Nock = (typeof import("nock", { with: { "resolution-mode": "import" } }))["default"]
let nock: Nock

const API = "https://api.stripe.com"
/** Stripe's API version the events claim; the provider does not read it. */
const API_VERSION = "2024-04-10"

export type Intent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: string
  capture_method: "automatic" | "manual"
  client_secret: string
  metadata: Record<string, string>
  payment_method: string | null
  last_payment_error: { code: string; decline_code?: string; message: string; type: string } | null
  automatic_payment_methods: { enabled: boolean } | null
  payment_method_types: string[]
  description: string | null
  created: number
  livemode: false
  next_action: null
  canceled_at: number | null
  cancellation_reason: string | null
}

export type StripeCall = { method: string; path: string; body: URLSearchParams; idempotencyKey: string | null }

/** A transfer to a connected account (https://docs.stripe.com/api/transfers/object), as far as payouts read it. */
export type Transfer = {
  id: string
  object: "transfer"
  amount: number
  amount_reversed: number
  currency: string
  destination: string
  transfer_group: string | null
  description: string | null
  metadata: Record<string, string>
  reversed: boolean
  created: number
  livemode: false
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`
const now = () => Math.floor(Date.now() / 1000)
const json = (status: number, body: unknown) => [status, body, { "content-type": "application/json", "request-id": id("req") }] as const
const stripeError = (status: number, error: Record<string, unknown>) => json(status, { error })
type Reply = ReturnType<typeof json>

/** A payment method as `expand[]=payment_method` shows it: a card, or a SEPA Direct Debit mandate's account. */
const paymentMethod = (methodId: string, type: string) => ({
  id: methodId,
  object: "payment_method",
  type,
  ...(type === "sepa_debit" ? { sepa_debit: { country: "DE", last4: "3000" } } : { card: { brand: "visa", last4: "4242" } }),
})

export class FakeStripe {
  readonly intents = new Map<string, Intent>()
  readonly calls: StripeCall[] = []
  readonly transfers = new Map<string, Transfer>()
  /** Connected accounts that can receive transfers; any other destination is refused as Stripe does. */
  readonly accounts = new Set<string>()
  /** Connected accounts that exist but cannot receive transfers yet (onboarding not finished). */
  readonly restrictedAccounts = new Set<string>()
  /** Idempotency keys Stripe has answered, and the answer it gives again. */
  private readonly answered = new Map<string, Reply>()
  readonly unmatched: string[] = []
  /** The type of each payment method a confirmation attached (card unless told). */
  private readonly methodTypes = new Map<string, string>()
  /** nock reports every request it lets through as "no match" too: only Stripe's host counts. */
  private readonly onNoMatch = (req: { method?: string; url?: string; href?: string }) => {
    const url = req.url ?? req.href ?? ""
    if (url.startsWith(API)) this.unmatched.push(`${req.method ?? "?"} ${url}`)
  }

  /** Starts intercepting; no other host than localhost may be reached while it runs. */
  async start() {
    nock = (await import("nock")).default
    nock.disableNetConnect()
    nock.enableNetConnect((host) => /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host))
    nock.emitter.on("no match", this.onNoMatch)
    const scope = nock(API).persist()
    scope.post("/v1/payment_intents").reply(this.handle("POST", (_, body) => this.create(body)))
    scope.get(/^\/v1\/payment_intents\/[^/?]+(\?.*)?$/).reply(this.handle("GET", (url) => this.answer(intentId(url), url.search.includes("payment_method"))))
    scope.post(/^\/v1\/payment_intents\/[^/]+$/).reply(this.handle("POST", (url, body) => this.update(intentId(url), body)))
    scope.post(/^\/v1\/payment_intents\/[^/]+\/capture$/).reply(this.handle("POST", (url) => this.capture(intentId(url))))
    scope.post(/^\/v1\/payment_intents\/[^/]+\/cancel$/).reply(this.handle("POST", (url) => this.cancel(intentId(url))))
    scope.post("/v1/transfers").reply(this.handle("POST", (_, body, key) => this.once(key, () => this.transfer(body))))
    scope.get(/^\/v1\/transfers(\?.*)?$/).reply(this.handle("GET", (url) => this.listTransfers(url)))
    scope.post(/^\/v1\/transfers\/[^/]+\/reversals$/).reply(this.handle("POST", (url, _, key) => this.once(key, () => this.reverse(url.pathname.split("/")[3]))))
    scope.get(/^\/v1\/payment_methods\/[^/]+$/).reply(this.handle("GET", (url) => json(200, this.method(url.pathname.split("/").pop()!))))
    scope.post("/v1/accounts").reply(this.handle("POST", (_, body, key) => this.once(key, () => this.createAccount(body))))
    scope.delete(/^\/v1\/accounts\/[^/]+$/).reply(this.handle("DELETE", (url) => this.deleteAccount(url.pathname.split("/").pop()!)))
    scope.post("/v1/account_links").reply(this.handle("POST", (_, body) => this.accountLink(body)))
    return this
  }

  stop() {
    nock.emitter.removeListener("no match", this.onNoMatch)
    nock.cleanAll()
    nock.enableNetConnect()
  }

  /** Forget what earlier tests did (the database was reset under them). */
  reset() {
    this.intents.clear()
    this.transfers.clear()
    this.accounts.clear()
    this.restrictedAccounts.clear()
    this.createdAccounts.clear()
    this.answered.clear()
    this.methodTypes.clear()
    this.calls.length = 0
    this.unmatched.length = 0
  }

  callsTo(method: string, path: RegExp) {
    return this.calls.filter((call) => call.method === method && path.test(call.path))
  }

  /** The intent Medusa created for a payment session (its metadata carries the session's id). */
  intentOfSession(sessionId: string): Intent {
    const intent = [...this.intents.values()].find((i) => i.metadata.session_id === sessionId)
    if (!intent) throw new Error(`Stripe saw no payment intent for session ${sessionId}`)
    return intent
  }

  /** What Stripe does when the shopper confirms a card in the Payment Element and it succeeds. */
  confirmSucceeded(intentId: string) {
    const intent = this.attachMethod(intentId, "card")
    if (intent.capture_method === "manual") {
      Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount })
    } else {
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
    }
    return intent
  }

  /** What Stripe does when the shopper confirms a SEPA Direct Debit: it processes for days. */
  confirmProcessing(intentId: string, type = "sepa_debit") {
    return Object.assign(this.attachMethod(intentId, type), { status: "processing" })
  }

  /** Days later: the debit went through. */
  settle(intentId: string) {
    const intent = this.get(intentId)
    return Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
  }

  /** Days later: the debit came back (no funds, account closed): the intent asks for another method. */
  failDebit(intentId: string) {
    return Object.assign(this.get(intentId), {
      status: "requires_payment_method",
      last_payment_error: { type: "invalid_request_error", code: "insufficient_funds", message: "The customer's account has insufficient funds to cover this payment." },
    })
  }

  /** What Stripe does when the shopper's card is declined: the intent asks for another method. */
  confirmDeclined(intentId: string) {
    const intent = this.get(intentId)
    Object.assign(intent, {
      status: "requires_payment_method",
      payment_method: null,
      last_payment_error: { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
    })
    return intent
  }

  /** A signed event about the intent as it is now, and the header Stripe would send with it. */
  event(type: string, intentId: string, secret: string) {
    const payload = JSON.stringify({
      id: id("evt"),
      object: "event",
      api_version: API_VERSION,
      created: now(),
      data: { object: { ...this.get(intentId) } },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    })
    return { payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret }) }
  }

  private attachMethod(intentId: string, type: string) {
    const intent = this.get(intentId)
    intent.payment_method = id("pm")
    this.methodTypes.set(intent.payment_method, type)
    return intent
  }

  private method(methodId: string) {
    return paymentMethod(methodId, this.methodTypes.get(methodId) ?? "card")
  }

  private get(intentId: string) {
    const intent = this.intents.get(intentId)
    if (!intent) throw new Error(`No payment intent ${intentId}`)
    return intent
  }

  /** nock 15 hands a reply function the request as a fetch Request; Stripe's client sends form-encoded bodies. */
  private handle(method: string, answer: (url: URL, body: URLSearchParams, idempotencyKey: string | null) => Reply) {
    return async (request: Request) => {
      const url = new URL(request.url)
      const body = new URLSearchParams(await request.text())
      const idempotencyKey = request.headers.get("idempotency-key")
      this.calls.push({ method, path: url.pathname, body, idempotencyKey })
      return answer(url, body, idempotencyKey) as unknown as [number, unknown, Record<string, string>]
    }
  }

  /** Stripe answers a request with an idempotency key it has seen with the first answer again, doing nothing. */
  private once(key: string | null, act: () => Reply): Reply {
    if (!key) return act()
    const earlier = this.answered.get(key)
    if (earlier) return earlier
    // Stripe keeps the answer of every request it started working on, refusals included.
    const reply = act()
    this.answered.set(key, reply)
    return reply
  }

  /** Express accounts made through the API (https://docs.stripe.com/api/accounts/create): restricted until onboarded. */
  readonly createdAccounts = new Map<string, URLSearchParams>()

  private createAccount(params: URLSearchParams) {
    if (params.get("type") !== "express" || !params.get("country")) {
      return stripeError(400, { type: "invalid_request_error", code: "parameter_missing", message: "Missing required param: type.", param: "type" })
    }
    const accountId = id("acct")
    this.createdAccounts.set(accountId, params)
    this.restrictedAccounts.add(accountId)
    return json(200, { id: accountId, object: "account", type: "express", country: params.get("country"), details_submitted: false, charges_enabled: false, payouts_enabled: false })
  }

  private deleteAccount(accountId: string) {
    if (!this.createdAccounts.delete(accountId)) return stripeError(404, { type: "invalid_request_error", code: "resource_missing", message: `No such account: '${accountId}'` })
    this.restrictedAccounts.delete(accountId)
    return json(200, { id: accountId, object: "account", deleted: true })
  }

  /** https://docs.stripe.com/api/account_links/create: a one-time onboarding address, five minutes valid. */
  private accountLink(params: URLSearchParams) {
    const account = params.get("account") ?? ""
    if (!this.createdAccounts.has(account) && !this.accounts.has(account) && !this.restrictedAccounts.has(account)) {
      return stripeError(400, { type: "invalid_request_error", code: "resource_missing", message: `No such account: '${account}'`, param: "account" })
    }
    for (const param of ["type", "return_url", "refresh_url"]) {
      if (!params.get(param)) return stripeError(400, { type: "invalid_request_error", code: "parameter_missing", message: `Missing required param: ${param}.`, param })
    }
    return json(200, { object: "account_link", created: now(), expires_at: now() + 300, url: `https://connect.stripe.com/setup/e/${account}/${randomBytes(9).toString("hex")}` })
  }

  private transfer(params: URLSearchParams) {
    const destination = params.get("destination") ?? ""
    const amount = Number(params.get("amount"))
    if (!Number.isInteger(amount) || amount < 1 || !params.get("currency")) {
      return stripeError(400, { type: "invalid_request_error", code: "parameter_invalid_integer", message: "Invalid positive integer", param: "amount" })
    }
    if (this.restrictedAccounts.has(destination)) {
      return stripeError(400, {
        type: "invalid_request_error",
        code: "insufficient_capabilities_for_transfer",
        message: "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
        param: "destination",
      })
    }
    if (!this.accounts.has(destination)) {
      return stripeError(400, { type: "invalid_request_error", code: "resource_missing", message: `No such destination: '${destination}'`, param: "destination" })
    }
    const metadata: Record<string, string> = {}
    for (const [key, value] of params) {
      const match = /^metadata\[(.+)\]$/.exec(key)
      if (match) metadata[match[1]] = value
    }
    const transfer: Transfer = {
      id: id("tr"),
      object: "transfer",
      amount,
      amount_reversed: 0,
      currency: params.get("currency") ?? "",
      destination,
      transfer_group: params.get("transfer_group"),
      description: params.get("description"),
      metadata,
      reversed: false,
      created: now(),
      livemode: false,
    }
    this.transfers.set(transfer.id, transfer)
    return json(200, transfer)
  }

  private listTransfers(url: URL) {
    const group = url.searchParams.get("transfer_group")
    const limit = Number(url.searchParams.get("limit") ?? 10)
    const data = [...this.transfers.values()].filter((transfer) => !group || transfer.transfer_group === group).reverse()
    return json(200, { object: "list", url: "/v1/transfers", has_more: data.length > limit, data: data.slice(0, limit) })
  }

  private reverse(transferId: string) {
    const transfer = this.transfers.get(transferId)
    if (!transfer) return stripeError(404, { type: "invalid_request_error", code: "resource_missing", message: `No such transfer: '${transferId}'` })
    if (transfer.reversed) return stripeError(400, { type: "invalid_request_error", code: "transfer_already_reversed", message: "This transfer has already been fully reversed." })
    const amount = transfer.amount - transfer.amount_reversed
    Object.assign(transfer, { amount_reversed: transfer.amount, reversed: true })
    return json(200, { id: id("trr"), object: "transfer_reversal", amount, currency: transfer.currency, transfer: transfer.id, created: now() })
  }

  private create(params: URLSearchParams) {
    const intentId = id("pi")
    const metadata: Record<string, string> = {}
    for (const [key, value] of params) {
      const match = /^metadata\[(.+)\]$/.exec(key)
      if (match) metadata[match[1]] = value
    }
    const automatic = params.get("automatic_payment_methods[enabled]") === "true"
    const intent: Intent = {
      id: intentId,
      object: "payment_intent",
      amount: Number(params.get("amount")),
      amount_capturable: 0,
      amount_received: 0,
      currency: params.get("currency") ?? "",
      status: "requires_payment_method",
      capture_method: params.get("capture_method") === "manual" ? "manual" : "automatic",
      client_secret: `${intentId}_secret_${randomBytes(8).toString("hex")}`,
      metadata,
      payment_method: null,
      last_payment_error: null,
      automatic_payment_methods: automatic ? { enabled: true } : null,
      payment_method_types: automatic ? ["card", "sepa_debit"] : ["card"],
      description: params.get("description"),
      created: now(),
      livemode: false,
      next_action: null,
      canceled_at: null,
      cancellation_reason: null,
    }
    if (!Number.isInteger(intent.amount) || intent.amount < 1 || !intent.currency) {
      return stripeError(400, { type: "invalid_request_error", code: "parameter_missing", message: "Missing required param: amount or currency." })
    }
    this.intents.set(intentId, intent)
    return json(200, intent)
  }

  private answer(intentId: string, expandMethod: boolean) {
    const intent = this.intents.get(intentId)
    if (!intent) return stripeError(404, { type: "invalid_request_error", code: "resource_missing", message: `No such payment_intent: '${intentId}'` })
    return json(200, expandMethod && intent.payment_method ? { ...intent, payment_method: this.method(intent.payment_method) } : intent)
  }

  private update(intentId: string, params: URLSearchParams) {
    const intent = this.intents.get(intentId)
    if (!intent) return this.answer(intentId, false)
    if (params.has("amount")) {
      if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) {
        return stripeError(400, { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: `This PaymentIntent's amount could not be updated because it has a status of ${intent.status}.`, payment_intent: intent })
      }
      intent.amount = Number(params.get("amount"))
    }
    return this.answer(intentId, params.getAll("expand[0]").includes("payment_method"))
  }

  private capture(intentId: string) {
    const intent = this.intents.get(intentId)
    if (!intent) return this.answer(intentId, false)
    if (intent.status !== "requires_capture") {
      return stripeError(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: `This PaymentIntent could not be captured because it has a status of ${intent.status}.`,
        payment_intent: intent,
      })
    }
    Object.assign(intent, { status: "succeeded", amount_received: intent.amount_capturable, amount_capturable: 0 })
    return json(200, intent)
  }

  private cancel(intentId: string) {
    const intent = this.intents.get(intentId)
    if (!intent) return this.answer(intentId, false)
    if (intent.status === "succeeded" || intent.status === "canceled") {
      return stripeError(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`,
        payment_intent: intent,
      })
    }
    Object.assign(intent, { status: "canceled", canceled_at: now(), cancellation_reason: "requested_by_customer" })
    return json(200, intent)
  }
}

const intentId = (url: URL) => url.pathname.split("/")[3]
