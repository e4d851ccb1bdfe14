import type { MedusaRequest } from "@medusajs/framework/http"
import { PUBLIC_EVENT_STATUSES } from "../../../../modules/content/vocabulary"
import { retrievePublic } from "../../../utils/public-content"
import { PUBLIC_EVENT_FIELDS } from "../public-events"

/** The public event named by the path's handle, in the request's language; 404 for a draft or none. */
export const retrievePublicEvent = (req: MedusaRequest) => retrievePublic(req, "content_event", PUBLIC_EVENT_FIELDS, PUBLIC_EVENT_STATUSES, "event")
