import type { APIRoute } from "astro"
import { handleStatementCsv } from "../../features/portal/handle-portal-request"

/** A month's payout statement as CSV (private); German and English pages link here. */
export const GET: APIRoute = (context) => handleStatementCsv(context)
