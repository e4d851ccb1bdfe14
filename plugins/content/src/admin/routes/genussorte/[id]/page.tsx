import { Button } from "@medusajs/ui"
import type { FormEvent } from "react"
import { useParams } from "react-router-dom"
import { EditFrame } from "../../../components/edit-frame"
import { PlaceFields } from "../../../components/place-fields"
import { Refusal } from "../../../components/refusal"
import { placeBodyOf, placeDraftOf, type PlaceAsInput, type PlaceDraft } from "../../../lib/places"
import { useText } from "../../../lib/text"
import { useRecordForm } from "../../../lib/use-record-form"

const nameOf = (place: PlaceAsInput) => place.name

/**
 * One Genussort, every field of it: words, address, coordinates, all rules of its hours, the
 * producer that runs it. Saving sends what changed; the route checks the Genussort whole.
 * (No `config`: reached from the list, not from the sidebar.)
 */
const GenussortPage = () => {
  const { id } = useParams()
  const text = useText("places")
  const content = useText("content")
  const record = useRecordForm<PlaceAsInput, PlaceDraft>({ path: `/admin/places/${id}`, key: "place", draftOf: placeDraftOf, bodyOf: placeBodyOf, nameOf })

  const submit = (submitted: FormEvent) => {
    submitted.preventDefault()
    void record.save()
  }

  return (
    <EditFrame back="/genussorte" heading={record.loaded?.name ?? text("heading")} intro={text("editIntro")} loadError={record.loadError} loaded={!!record.draft}>
      {record.draft && (
        <form className="grid gap-4 px-6 py-4 md:grid-cols-2" onSubmit={submit} aria-label={text("edit")}>
          <PlaceFields full draft={record.draft} onChange={record.setDraft} />
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

export default GenussortPage
