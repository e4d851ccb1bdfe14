import {
  errorHandler,
  type MedusaErrorHandlerFunction,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isLockTimeout, lockTimeoutAnswer } from "./lock-timeouts"

const NUL = "\u0000"
/** Deeper than any body or query the plugin's routes take; qs stops at depth 5 anyway. */
const MAX_DEPTH = 32

/** Where the first NUL byte sits in a parsed query or body (`material`, `filters.q.0`), if anywhere. */
function nulAt(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === "string") return value.includes(NUL) ? path || "value" : undefined
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return undefined
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key
    if (key.includes(NUL)) return at
    const found = nulAt(inner, at, depth + 1)
    if (found) return found
  }
  return undefined
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const malformedPath = (segment: string) =>
  invalid(`The path segment "${segment.slice(0, 60)}" is not valid percent-encoding`)

/**
 * Refuses, before any validator or handler runs, input no route of the API can answer
 * and that would otherwise surface as a 500: a NUL byte in the path, query, locale or body
 * (PostgreSQL can neither store nor compare text containing one), a path or query that is not
 * valid percent-encoding, and a query key nested deeper than Medusa's query validation reads. Registered on matchers without parameters, so express has decoded
 * nothing before it runs.
 */
export function rejectMalformedInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const rawPath = (req.originalUrl ?? req.url ?? "").split("?")[0]
  for (const segment of rawPath.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return next(malformedPath(segment))
    }
    if (decoded.includes(NUL)) {
      return next(invalid("The path contains a NUL byte (%00), which no record's id or handle can contain"))
    }
  }
  // Express keeps a query value it cannot decode as it was written, so "%E0%A4%A" would reach
  // a filter as a literal id and answer an empty 200 instead of saying what is wrong.
  const rawQuery = (req.originalUrl ?? req.url ?? "").split("?").slice(1).join("?")
  for (const pair of rawQuery ? rawQuery.split("&") : []) {
    try {
      decodeURIComponent(pair.replace(/\+/g, " "))
    } catch {
      return next(invalid(`The query "${pair.slice(0, 60)}" is not valid percent-encoding`))
    }
  }
  // Medusa's locale middleware has already taken `locale` out of the query.
  const inQuery = nulAt(req.query, "") ?? (nulAt(req.locale, "") ? "locale" : undefined)
  if (inQuery) {
    return next(invalid(`Query parameter "${inQuery.slice(0, 60)}" contains a NUL byte (%00), which is not allowed`))
  }
  // Medusa's query validation reads `a.b` as `{ a: { b } }` and throws an INVALID_ARGUMENT
  // (a 500) for anything deeper; no route of the plugin takes such a key.
  const tooDeep = Object.keys(req.query ?? {}).find((key) => key.split(".").length > 2)
  if (tooDeep) {
    return next(invalid(`Query parameter "${tooDeep.slice(0, 60)}" is nested more than one level deep`))
  }
  const inBody = nulAt(req.body, "")
  if (inBody) {
    return next(invalid(`Field "${inBody.slice(0, 60)}" contains a NUL byte (\\u0000), which is not allowed`))
  }
  next()
}

/**
 * Medusa's error handler, with two cases added. Express throws a URIError ("Failed to decode
 * param") while matching a path with broken percent-encoding against a matcher with
 * parameters — before any middleware of a route runs, e.g. Medusa's own `/admin*`. The error
 * carries status 400 but not the `expose` flag Medusa's handler looks for, so it became an
 * anonymous 500. And a lock the Locking Module could not get in time (a crowd completing carts
 * for one item) gets a clear 400 or 409 instead of a 500 (lock-timeouts.ts). Everything else
 * goes to Medusa's handler unchanged.
 */
export function apiErrorHandler(): MedusaErrorHandlerFunction {
  const medusaHandler = errorHandler()
  return (error, req, res, next) => {
    if (isLockTimeout(error)) {
      // Answered here: Medusa's handler would replace a conflict's message with a generic one.
      return void lockTimeoutAnswer(req as MedusaRequest).then(
        ({ status, body }) => res.status(status).json(body),
        (failure) => medusaHandler(failure, req, res, next)
      )
    }
    if (error instanceof URIError) {
      const segment = (req.originalUrl ?? req.url ?? "").split("?")[0].split("/").find((s) => {
        try {
          decodeURIComponent(s)
          return false
        } catch {
          return true
        }
      })
      return medusaHandler(malformedPath(segment ?? ""), req, res, next)
    }
    return medusaHandler(error, req, res, next)
  }
}
