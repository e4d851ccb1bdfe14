import { Button } from "@medusajs/ui"
import type { FormEvent } from "react"
import { useParams } from "react-router-dom"
import { EditFrame } from "../../../components/edit-frame"
import { Refusal } from "../../../components/refusal"
import { StoryFields } from "../../../components/story-fields"
import { storyBodyOf, storyDraftOf, type StoryAsInput, type StoryDraft } from "../../../lib/stories"
import { useText } from "../../../lib/text"
import { useRecordForm } from "../../../lib/use-record-form"

const nameOf = (story: StoryAsInput) => story.title.de

/**
 * One story: its words in German and English, author, picture, the producers and products it
 * tells of, its status and date. Saving sends what changed. (No `config`: reached from the list.)
 */
const GeschichtePage = () => {
  const { id } = useParams()
  const text = useText("stories")
  const content = useText("content")
  const record = useRecordForm<StoryAsInput, StoryDraft>({ path: `/admin/stories/${id}`, key: "story", draftOf: storyDraftOf, bodyOf: storyBodyOf, nameOf })

  const submit = (submitted: FormEvent) => {
    submitted.preventDefault()
    void record.save()
  }

  return (
    <EditFrame back="/geschichten" heading={record.loaded?.title.de ?? text("heading")} intro={text("editIntro")} loadError={record.loadError} loaded={!!record.draft}>
      {record.draft && (
        <form className="grid gap-4 px-6 py-4 md:grid-cols-2" onSubmit={submit} aria-label={text("edit")}>
          <StoryFields full draft={record.draft} onChange={record.setDraft} />
          <Refusal message={record.refusal} className="md:col-span-2" />
          <div className="md:col-span-2">
            <Button type="submit" size="small" isLoading={record.saving}>
              {content("save")}
            </Button>
          </div>
        </form>
      )}
    </EditFrame>
  )
}

export default GeschichtePage
