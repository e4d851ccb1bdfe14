import { CONTENT_STATUSES } from "../../modules/content/vocabulary"
import type { StoryDraft } from "../lib/stories"
import { useText } from "../lib/text"
import { SelectField } from "./select-field"
import { TextField } from "./text-field"
import { WordsField } from "./words-field"

/**
 * A story's fields, for the new one on the list page and for the edit page. `full` adds status,
 * handle and the date of publication (which publishing sets when it is empty).
 */
export function StoryFields({ draft, onChange, full = false }: { draft: StoryDraft; onChange: (draft: StoryDraft) => void; full?: boolean }) {
  const text = useText("stories")
  const content = useText("content")
  const id = full ? "story-edit" : "story-new"
  const set = <Key extends keyof StoryDraft>(key: Key) => (value: StoryDraft[Key]) => onChange({ ...draft, [key]: value })
  return (
    <>
      <WordsField id={`${id}-title`} label={text("title")} value={draft.title} onChange={set("title")} />
      <WordsField id={`${id}-teaser`} label={text("teaser")} rows={3} value={draft.teaser} onChange={set("teaser")} />
      <WordsField id={`${id}-body`} label={text("body")} hint={text("bodyHint")} rows={14} value={draft.body} onChange={set("body")} />
      <TextField id={`${id}-author`} label={text("author")} value={draft.author} onChange={set("author")} />
      <TextField id={`${id}-image_url`} type="url" label={content("imageUrl")} placeholder="https://" value={draft.image_url} onChange={set("image_url")} />
      <TextField id={`${id}-producer_ids`} label={text("producerIds")} hint={content("listHint")} value={draft.producer_ids} onChange={set("producer_ids")} />
      <TextField id={`${id}-product_ids`} label={text("productIds")} hint={content("listHint")} value={draft.product_ids} onChange={set("product_ids")} />
      {full && (
        <>
          <SelectField id={`${id}-status`} label={content("status")} value={draft.status} options={CONTENT_STATUSES.map((status) => ({ value: status, label: content(`statuses.${status}`) }))} onChange={set("status")} />
          <TextField id={`${id}-published_at`} label={text("publishedAt")} hint={text("publishedAtHint")} value={draft.published_at} onChange={set("published_at")} />
          <TextField id={`${id}-handle`} label={content("handle")} hint={content("handleHint")} value={draft.handle} onChange={set("handle")} />
        </>
      )}
    </>
  )
}
