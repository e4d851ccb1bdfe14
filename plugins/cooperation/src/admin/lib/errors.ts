import { FetchError } from "@medusajs/js-sdk"

/**
 * What a failed request has to say to the person at the form. A 400's `message` names the field
 * and its rule ("Invalid tour: gpx: The file is not GPX…"); the sdk puts it in the error's message
 * and it is shown as it is. Without one (a proxy's 502, a body too large) the status at least says
 * what happened; a request that never got an answer says that in the browser's words.
 */
export function reasonOf(error: unknown): string {
  if (error instanceof FetchError) return error.message || [error.status, error.statusText].filter(Boolean).join(" ")
  if (error instanceof Error) return error.message
  return String(error)
}
