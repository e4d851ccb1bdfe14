import type { APIRoute } from "astro"
import { handleSuggestions } from "../../features/search/handle-suggestions"

/** The header search box's suggestions (features/search), for both languages (`lang`). */
export const GET: APIRoute = (context) => handleSuggestions(context)
