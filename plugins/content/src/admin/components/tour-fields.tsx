import { CONTENT_STATUSES, TOUR_MODES } from "../../modules/content/vocabulary"
import type { TourDraft } from "../lib/tours"
import { useText } from "../lib/text"
import { GpxFileField } from "./gpx-file-field"
import { SelectField } from "./select-field"
import { TextField } from "./text-field"
import { WordsField } from "./words-field"

type Props = {
  draft: TourDraft
  onChange: (draft: TourDraft) => void
  /** A GPX file the browser could not read. */
  onError: (message: string) => void
  /** The edit page's fields: status and handle, and a track that may stay as it is. */
  full?: boolean
}

/** A tour's words, mode and track, for the new one on the list page and for the edit page. */
export function TourFields({ draft, onChange, onError, full = false }: Props) {
  const text = useText("tours")
  const content = useText("content")
  const id = full ? "tour-edit" : "tour-new"
  const set = <Key extends keyof TourDraft>(key: Key) => (value: TourDraft[Key]) => onChange({ ...draft, [key]: value })
  return (
    <>
      <WordsField id={`${id}-title`} label={text("title")} value={draft.title} onChange={set("title")} />
      <WordsField id={`${id}-description`} label={text("description")} rows={5} value={draft.description} onChange={set("description")} />
      <SelectField id={`${id}-mode`} label={text("mode")} value={draft.mode} options={TOUR_MODES.map((mode) => ({ value: mode, label: text(`modes.${mode}`) }))} onChange={set("mode")} />
      {full && (
        <SelectField id={`${id}-status`} label={content("status")} value={draft.status} options={CONTENT_STATUSES.map((status) => ({ value: status, label: content(`statuses.${status}`) }))} onChange={set("status")} />
      )}
      {full && <TextField id={`${id}-handle`} className="md:col-span-2" label={content("handle")} hint={content("handleHint")} value={draft.handle} onChange={set("handle")} />}
      <GpxFileField id={`${id}-gpx`} label={full ? text("replaceGpx") : text("gpx")} hint={full ? text("keepGpx") : text("gpxHint")} chosen={draft.gpx} onChosen={set("gpx")} onError={onError} />
    </>
  )
}
