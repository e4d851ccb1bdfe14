import { Checkbox, Label } from "@medusajs/ui"
import { EVENT_KINDS, EVENT_STATUSES } from "../../modules/content/vocabulary"
import type { EventDraft } from "../lib/events"
import type { PlaceChoice } from "../lib/places"
import { useText } from "../lib/text"
import { PlaceIdField } from "./place-id-field"
import { SelectField } from "./select-field"
import { TextField } from "./text-field"
import { WordsField } from "./words-field"

type Props = {
  draft: EventDraft
  onChange: (draft: EventDraft) => void
  /** The Genussorte an event can take its place from. */
  places: PlaceChoice[]
  /** The edit page's fields besides what a new draft needs: status, handle, producers, links, price, cancellation. */
  full?: boolean
}

/** An event's fields, for the new one on the list page and for the edit page. */
export function EventFields({ draft, onChange, places, full = false }: Props) {
  const text = useText("events")
  const content = useText("content")
  const id = full ? "event-edit" : "event-new"
  const set = <Key extends keyof EventDraft>(key: Key) => (value: EventDraft[Key]) => onChange({ ...draft, [key]: value })
  return (
    <>
      <WordsField id={`${id}-title`} label={text("title")} value={draft.title} onChange={set("title")} />
      <WordsField id={`${id}-description`} label={text("description")} rows={4} value={draft.description} onChange={set("description")} />
      <SelectField id={`${id}-kind`} label={text("kind")} value={draft.kind} options={EVENT_KINDS.map((kind) => ({ value: kind, label: text(`kinds.${kind}`) }))} onChange={set("kind")} />
      {full ? (
        <SelectField id={`${id}-status`} label={content("status")} value={draft.status} options={EVENT_STATUSES.map((status) => ({ value: status, label: content(`statuses.${status}`) }))} onChange={set("status")} />
      ) : (
        <TextField id={`${id}-organiser`} label={text("organiser")} value={draft.organiser} onChange={set("organiser")} />
      )}
      <div className="flex items-center gap-x-2 md:col-span-2">
        <Checkbox id={`${id}-all_day`} checked={draft.all_day} onCheckedChange={(checked) => set("all_day")(checked === true)} />
        <Label htmlFor={`${id}-all_day`}>{text("allDay")}</Label>
      </div>
      <TextField id={`${id}-starts`} label={text("starts")} hint={text("startsHint")} value={draft.starts} onChange={set("starts")} />
      <TextField id={`${id}-ends`} label={text("ends")} value={draft.ends} onChange={set("ends")} />
      <TextField id={`${id}-rrule`} label={text("rrule")} hint={text("rruleHint")} value={draft.rrule} onChange={set("rrule")} />
      <TextField id={`${id}-exdates`} label={text("exdates")} hint={text("exdatesHint")} value={draft.exdates} onChange={set("exdates")} />
      <SelectField
        id={`${id}-at`}
        label={text("at")}
        value={draft.at}
        options={[
          { value: "address", label: text("atAddress") },
          { value: "genussort", label: text("atGenussort") },
        ]}
        onChange={set("at")}
      />
      {draft.at === "genussort" ? (
        <PlaceIdField id={`${id}-place_id`} label={text("placeId")} value={draft.place_id} onChange={set("place_id")} places={places} />
      ) : (
        <>
          <TextField id={`${id}-place_name`} label={text("placeName")} value={draft.place_name} onChange={set("place_name")} />
          <TextField id={`${id}-street`} label={text("street")} value={draft.street} onChange={set("street")} />
          <TextField id={`${id}-postal_code`} label={text("postalCode")} placeholder="96047" value={draft.postal_code} onChange={set("postal_code")} />
          <TextField id={`${id}-town`} label={text("town")} value={draft.town} onChange={set("town")} />
          <TextField id={`${id}-latitude`} label={text("latitude")} placeholder="49,8917" value={draft.latitude} onChange={set("latitude")} />
          <TextField id={`${id}-longitude`} label={text("longitude")} placeholder="10,8868" value={draft.longitude} onChange={set("longitude")} />
        </>
      )}
      {full && (
        <>
          <TextField id={`${id}-organiser`} label={text("organiser")} value={draft.organiser} onChange={set("organiser")} />
          <TextField id={`${id}-producer_ids`} label={text("producerIds")} hint={content("listHint")} value={draft.producer_ids} onChange={set("producer_ids")} />
          <TextField id={`${id}-price`} label={text("price")} hint={text("priceHint")} value={draft.price} onChange={set("price")} />
          <TextField id={`${id}-ticket_url`} type="url" label={text("ticketUrl")} placeholder="https://" value={draft.ticket_url} onChange={set("ticket_url")} />
          <TextField id={`${id}-image_url`} type="url" label={content("imageUrl")} placeholder="https://" value={draft.image_url} onChange={set("image_url")} />
          <TextField id={`${id}-handle`} label={content("handle")} hint={content("handleHint")} value={draft.handle} onChange={set("handle")} />
          <TextField id={`${id}-cancellation_note`} className="md:col-span-2" label={text("cancellationNote")} hint={text("cancellationNoteHint")} value={draft.cancellation_note} onChange={set("cancellation_note")} />
        </>
      )}
    </>
  )
}
