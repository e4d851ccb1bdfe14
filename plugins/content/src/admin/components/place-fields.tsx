import { CONTENT_STATUSES, PLACE_KINDS } from "../../modules/content/vocabulary"
import type { PlaceDraft } from "../lib/places"
import { useText } from "../lib/text"
import { OpeningHoursField } from "./opening-hours-field"
import { SelectField } from "./select-field"
import { TextField } from "./text-field"
import { WordsField } from "./words-field"

/**
 * A Genussort's fields, for the new one on the list page and for the edit page. `full` adds
 * what a new draft can do without (handle, status, opening note, addresses on the web).
 */
export function PlaceFields({ draft, onChange, full = false }: { draft: PlaceDraft; onChange: (draft: PlaceDraft) => void; full?: boolean }) {
  const text = useText("places")
  const content = useText("content")
  const id = full ? "place-edit" : "place-new"
  const set = <Key extends keyof PlaceDraft>(key: Key) => (value: PlaceDraft[Key]) => onChange({ ...draft, [key]: value })
  return (
    <>
      <SelectField id={`${id}-kind`} label={text("kind")} value={draft.kind} options={PLACE_KINDS.map((kind) => ({ value: kind, label: text(`kinds.${kind}`) }))} onChange={set("kind")} />
      <TextField id={`${id}-name`} label={text("name")} value={draft.name} onChange={set("name")} />
      {full && (
        <>
          <SelectField id={`${id}-status`} label={content("status")} value={draft.status} options={CONTENT_STATUSES.map((status) => ({ value: status, label: content(`statuses.${status}`) }))} onChange={set("status")} />
          <TextField id={`${id}-handle`} label={content("handle")} hint={content("handleHint")} value={draft.handle} onChange={set("handle")} />
        </>
      )}
      <WordsField id={`${id}-description`} label={text("description")} rows={4} value={draft.description} onChange={set("description")} />
      <TextField id={`${id}-street`} label={text("street")} value={draft.street} onChange={set("street")} />
      <TextField id={`${id}-postal_code`} label={text("postalCode")} placeholder="96047" value={draft.postal_code} onChange={set("postal_code")} />
      <TextField id={`${id}-town`} label={text("town")} value={draft.town} onChange={set("town")} />
      <TextField id={`${id}-producer_id`} label={text("producerId")} hint={text("producerHint")} value={draft.producer_id} onChange={set("producer_id")} />
      <TextField id={`${id}-latitude`} label={text("latitude")} placeholder="49,8917" value={draft.latitude} onChange={set("latitude")} />
      <TextField id={`${id}-longitude`} label={text("longitude")} placeholder="10,8868" value={draft.longitude} onChange={set("longitude")} />
      <OpeningHoursField id={`${id}-hours`} rules={draft.opening_hours} onChange={set("opening_hours")} />
      {full && (
        <>
          <WordsField id={`${id}-opening_note`} label={text("openingNote")} hint={text("openingNoteHint")} value={draft.opening_note} onChange={set("opening_note")} />
          <TextField id={`${id}-website_url`} type="url" label={text("website")} placeholder="https://" value={draft.website_url} onChange={set("website_url")} />
          <TextField id={`${id}-image_url`} type="url" label={content("imageUrl")} placeholder="https://" value={draft.image_url} onChange={set("image_url")} />
        </>
      )}
    </>
  )
}
