import type { APIContext } from "astro"
import { cacheTags, publicPage, tagPage } from "../../lib/cache-policy"
import { sdk } from "../../lib/medusa"
import { parseSuggestionQuery, suggestionsRequest, toSuggestions, type SuggestionsAnswer } from "./suggestions"

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "x-content-type-options": "nosniff" },
  })

/**
 * `GET /suche/vorschlaege?q=…&lang=de|en`: what the header's search box lists while a shopper
 * types. Input that cannot be a search is refused with 400 and a one-line message before the
 * backend is asked; otherwise one `POST /store/search` answers products, producers and
 * categories together.
 *
 * Cached like the catalog (public, a minute, lib/cache-policy.ts): the answer depends on
 * nothing but the URL and holds only what the catalog shows everyone, and typing sends a
 * request per pause — the same beginnings ("bra", "brat") from many shoppers, and again on
 * backspace — so shared caches and the browser's own may answer them. A product or producer
 * that changes shows up in the suggestions as soon as on the catalog's pages. Refusals and
 * failures stay private (the middleware caches no other status).
 */
export async function handleSuggestions(context: Pick<APIContext, "url" | "locals">): Promise<Response> {
  const parsed = parseSuggestionQuery(context.url.searchParams)
  if (!parsed.ok) return json(400, { message: parsed.message })
  const { q, lang } = parsed.query
  let answer: SuggestionsAnswer
  try {
    answer = await sdk.client.fetch<SuggestionsAnswer>("/store/search", { method: "POST", body: suggestionsRequest(q) })
  } catch (error) {
    console.warn("Search suggestions: the backend did not answer.", error)
    return json(502, { message: "Suggestions are not available right now" })
  }
  publicPage(context)
  tagPage(context, [cacheTags.productLists])
  return json(200, toSuggestions(lang, q, answer))
}
