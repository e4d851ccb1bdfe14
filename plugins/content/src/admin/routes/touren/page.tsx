import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Map as MapIcon } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { CONTENT_STATUSES, TOUR_MODES } from "../../../modules/content/vocabulary"
import { Pager } from "../../components/pager"
import { PageHeader } from "../../components/page-header"
import { PublishButton } from "../../components/publish-button"
import { Refusal } from "../../components/refusal"
import { SearchField } from "../../components/search-field"
import { SelectField } from "../../components/select-field"
import { StatusBadge } from "../../components/status-badge"
import { StatusFilter } from "../../components/status-filter"
import { TourFields } from "../../components/tour-fields"
import { TourFiguresList, useTrackUnits } from "../../components/tour-figures"
import { reasonOf } from "../../lib/errors"
import { sdk } from "../../lib/sdk"
import { useText } from "../../lib/text"
import { NEW_TOUR, tourBodyOf, type TourAsInput, type TourDraft, type TourPage } from "../../lib/tours"
import { usePagedList } from "../../lib/use-paged-list"

/**
 * The association's tours — walks, rides and drives from one Genussort to the next: the list
 * with length and ascent, publishing and taking back, and a new tour from a GPX file as a draft.
 * What the route measured on the new track is shown once it is stored.
 */
const TourenPage = () => {
  const text = useText("tours")
  const content = useText("content")
  const units = useTrackUnits()
  const list = usePagedList<TourPage, { q: string; status: string; mode: string }>("/admin/tours", { q: "", status: "all", mode: "all" })
  const [draft, setDraft] = useState<TourDraft>(NEW_TOUR)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  // The tour just created, read back with its figures.
  const [created, setCreated] = useState<TourAsInput | null>(null)

  const create = async (submitted: FormEvent) => {
    submitted.preventDefault()
    setRefusal(null)
    setCreated(null)
    setSaving(true)
    let id: string
    try {
      const { tour } = await sdk.client.fetch<{ tour: { id: string } }>("/admin/tours", { method: "POST", body: tourBodyOf(draft) })
      id = tour.id
      toast.success(content("created", { name: draft.title.de }))
      setDraft(NEW_TOUR)
      void list.reload()
    } catch (e) {
      setRefusal(reasonOf(e))
      return
    } finally {
      setSaving(false)
    }
    // The creation answers with the record; the figures come as the edit page reads the tour.
    // The tour is stored either way, so a failed read is no refusal of the form.
    try {
      setCreated((await sdk.client.fetch<{ tour: TourAsInput }>(`/admin/tours/${id}`)).tour)
    } catch (e) {
      toast.error(`${content("loadFailed")} ${reasonOf(e)}`)
    }
  }

  const tours = list.page?.tours ?? []
  return (
    <Container className="divide-y p-0">
      <PageHeader heading={text("heading")} intro={text("intro")}>
        <SearchField id="tours-search" value={list.filters.q} onSearch={(q) => list.filter("q", q)} />
        <StatusFilter id="tours-status" statuses={CONTENT_STATUSES} value={list.filters.status} onChange={(status) => list.filter("status", status)} />
        <SelectField
          inline
          id="tours-mode"
          label={text("mode")}
          value={list.filters.mode}
          options={["all", ...TOUR_MODES].map((mode) => ({ value: mode, label: mode === "all" ? content("all") : text(`modes.${mode}`) }))}
          onChange={(mode) => list.filter("mode", mode)}
        />
      </PageHeader>

      {list.page && tours.length === 0 && <Text className="px-6 py-4">{text("empty")}</Text>}
      {tours.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{text("title")}</Table.HeaderCell>
              <Table.HeaderCell>{text("length")}</Table.HeaderCell>
              <Table.HeaderCell>{text("ascent")}</Table.HeaderCell>
              <Table.HeaderCell>{content("status")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {tours.map((tour) => (
              <Table.Row key={tour.id} data-tour-id={tour.id}>
                <Table.Cell>
                  <Link to={`/touren/${tour.id}`} className="text-ui-fg-interactive hover:underline">
                    {tour.title}
                  </Link>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {text(`modes.${tour.mode}`)}
                  </Text>
                </Table.Cell>
                <Table.Cell>{units.length(tour.length_m)}</Table.Cell>
                <Table.Cell>{units.height(tour.ascent_m)}</Table.Cell>
                <Table.Cell>
                  <StatusBadge status={tour.status} />
                </Table.Cell>
                <Table.Cell>
                  <div className="flex items-center justify-end gap-x-2">
                    <PublishButton path={`/admin/tours/${tour.id}`} status={tour.status} name={tour.title} onChanged={list.reload} />
                    <Button asChild size="small" variant="transparent">
                      <Link to={`/touren/${tour.id}`}>{content("edit")}</Link>
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {list.page && <Pager offset={list.offset} count={list.page.count} shown={tours.length} onOffset={list.setOffset} />}

      <form className="grid gap-4 px-6 py-4 md:grid-cols-2" onSubmit={create} aria-labelledby="tour-create">
        <Heading level="h2" id="tour-create" className="md:col-span-2">
          {text("create")}
        </Heading>
        <TourFields draft={draft} onChange={setDraft} onError={setRefusal} />
        <Refusal message={refusal} className="md:col-span-2" />
        <div className="md:col-span-2">
          <Button type="submit" size="small" isLoading={saving}>
            {content("createDraft")}
          </Button>
        </div>
        {created && (
          <section className="shadow-borders-base flex flex-col gap-y-3 rounded-md p-4 md:col-span-2" aria-labelledby="tour-created" role="status">
            <Heading level="h3" id="tour-created">
              {text("measured", { title: created.title.de })}
            </Heading>
            <TourFiguresList figures={created.figures} />
            <div>
              <Button asChild size="small" variant="secondary">
                <Link to={`/touren/${created.id}`}>{text("addStops")}</Link>
              </Button>
            </div>
          </section>
        )}
      </form>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "genussnetz.tours.menu",
  translationNs: "translation",
  icon: MapIcon,
})

export default TourenPage
