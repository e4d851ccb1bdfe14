import type { MedusaResponse } from "@medusajs/framework/http"
import { storefrontUrl } from "@genussnetz/producers/mail"
import { icalendar, type IcalEvent } from "../../../calendar"
import { timingOfRecord } from "./public-events"

/** The event's page in the German shop (the feed is German first, as the shop). */
export const eventPagePath = (handle: string) => `/veranstaltungen/${handle}`

/** An event record (public fields) as the iCal writer reads it. */
export function icalEventOf(event: Record<string, any>): IcalEvent {
  const place = [event.place_name, event.street, [event.postal_code, event.town].filter(Boolean).join(" ")].filter(Boolean).join(", ")
  return {
    uid: `${event.id}@genussnetz`,
    title: event.title,
    description: [event.description, event.status === "cancelled" && event.cancellation_note ? `Abgesagt: ${event.cancellation_note}` : null].filter(Boolean).join("\n\n") || null,
    location: place || null,
    geo: { latitude: event.latitude, longitude: event.longitude },
    url: storefrontUrl(eventPagePath(event.handle)),
    timing: timingOfRecord(event),
    cancelled: event.status === "cancelled",
    updated_at: new Date(event.updated_at),
  }
}

/** Sends a calendar file: for a feed a calendar app subscribes to, or one event to add. */
export function sendCalendar(res: MedusaResponse, body: string, filename: string) {
  res.setHeader("content-type", "text/calendar; charset=utf-8")
  res.setHeader("content-disposition", `inline; filename="${filename}"`)
  // Calendar apps poll the feed; an hour old is fresh enough and spares the backend.
  res.setHeader("cache-control", "public, max-age=3600")
  res.status(200).send(body)
}
