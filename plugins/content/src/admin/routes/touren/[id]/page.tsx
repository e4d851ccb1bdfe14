import { Button, Heading } from "@medusajs/ui"
import type { FormEvent } from "react"
import { useParams } from "react-router-dom"
import { EditFrame } from "../../../components/edit-frame"
import { Refusal } from "../../../components/refusal"
import { StopsField } from "../../../components/stops-field"
import { TourFields } from "../../../components/tour-fields"
import { TourFiguresList } from "../../../components/tour-figures"
import { usePlaceChoices } from "../../../lib/places"
import { useText } from "../../../lib/text"
import { tourBodyOf, tourDraftOf, type TourAsInput, type TourDraft } from "../../../lib/tours"
import { useRecordForm } from "../../../lib/use-record-form"

const nameOf = (tour: TourAsInput) => tour.title.de

/**
 * One tour: its words, mode and status, a new track from a GPX file (without one the track
 * stays), and its stops in order. The figures are the stored track's; after a new one is saved
 * they are the new track's. (No `config`: reached from the list, not from the sidebar.)
 */
const TourPage = () => {
  const { id } = useParams()
  const text = useText("tours")
  const content = useText("content")
  const places = usePlaceChoices()
  const record = useRecordForm<TourAsInput, TourDraft>({ path: `/admin/tours/${id}`, key: "tour", draftOf: tourDraftOf, bodyOf: tourBodyOf, nameOf })

  const submit = (submitted: FormEvent) => {
    submitted.preventDefault()
    void record.save()
  }

  const draft = record.draft
  return (
    <EditFrame back="/touren" heading={record.loaded?.title.de ?? text("heading")} intro={text("editIntro")} loadError={record.loadError} loaded={!!draft}>
      {record.loaded && (
        <section className="flex flex-col gap-y-3 px-6 py-4" aria-labelledby="tour-figures">
          <Heading level="h2" id="tour-figures">
            {text("track")}
          </Heading>
          <TourFiguresList figures={record.loaded.figures} />
        </section>
      )}
      {draft && (
        <form className="grid gap-4 px-6 py-4 md:grid-cols-2" onSubmit={submit} aria-label={text("edit")}>
          <TourFields full draft={draft} onChange={record.setDraft} onError={record.setRefusal} />
          <StopsField stops={draft.stops} places={places} onChange={(stops) => record.setDraft({ ...draft, stops })} />
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

export default TourPage
