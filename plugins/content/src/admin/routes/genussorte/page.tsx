import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { CONTENT_STATUSES, PLACE_KINDS } from "../../../modules/content/vocabulary"
import { Pager } from "../../components/pager"
import { PageHeader } from "../../components/page-header"
import { PlaceFields } from "../../components/place-fields"
import { PublishButton } from "../../components/publish-button"
import { Refusal } from "../../components/refusal"
import { SearchField } from "../../components/search-field"
import { SelectField } from "../../components/select-field"
import { StatusBadge } from "../../components/status-badge"
import { StatusFilter } from "../../components/status-filter"
import { reasonOf } from "../../lib/errors"
import { NEW_PLACE, placeBodyOf, type PlaceDraft, type PlacePage } from "../../lib/places"
import { sdk } from "../../lib/sdk"
import { useText } from "../../lib/text"
import { usePagedList } from "../../lib/use-paged-list"

/**
 * The association's Genussorte — Bierkeller, tap rooms, farm shops, market halls: the list with
 * search and filters, publishing and taking back, and a new Genussort as a draft. Every rule is
 * the route's; its refusal shows beside the form as it answers.
 */
const GenussortePage = () => {
  const text = useText("places")
  const content = useText("content")
  const list = usePagedList<PlacePage, { q: string; status: string; kind: string }>("/admin/places", { q: "", status: "all", kind: "all" })
  const [draft, setDraft] = useState<PlaceDraft>(NEW_PLACE)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const create = async (submitted: FormEvent) => {
    submitted.preventDefault()
    setRefusal(null)
    setSaving(true)
    try {
      await sdk.client.fetch("/admin/places", { method: "POST", body: placeBodyOf(draft) })
      toast.success(content("created", { name: draft.name }))
      setDraft(NEW_PLACE)
      await list.reload()
    } catch (e) {
      setRefusal(reasonOf(e))
    } finally {
      setSaving(false)
    }
  }

  const places = list.page?.places ?? []
  return (
    <Container className="divide-y p-0">
      <PageHeader heading={text("heading")} intro={text("intro")}>
        <SearchField id="places-search" value={list.filters.q} onSearch={(q) => list.filter("q", q)} />
        <StatusFilter id="places-status" statuses={CONTENT_STATUSES} value={list.filters.status} onChange={(status) => list.filter("status", status)} />
        <SelectField
          inline
          id="places-kind"
          label={text("kind")}
          value={list.filters.kind}
          options={["all", ...PLACE_KINDS].map((kind) => ({ value: kind, label: kind === "all" ? content("all") : text(`kinds.${kind}`) }))}
          onChange={(kind) => list.filter("kind", kind)}
        />
      </PageHeader>

      {list.page && places.length === 0 && <Text className="px-6 py-4">{text("empty")}</Text>}
      {places.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{text("name")}</Table.HeaderCell>
              <Table.HeaderCell>{text("address")}</Table.HeaderCell>
              <Table.HeaderCell>{text("producer")}</Table.HeaderCell>
              <Table.HeaderCell>{content("status")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {places.map((place) => (
              <Table.Row key={place.id} data-place-id={place.id}>
                <Table.Cell>
                  <Link to={`/genussorte/${place.id}`} className="text-ui-fg-interactive hover:underline">
                    {place.name}
                  </Link>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {text(`kinds.${place.kind}`)}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  {place.street}, {place.town}
                </Table.Cell>
                <Table.Cell>{place.producer?.name ?? "–"}</Table.Cell>
                <Table.Cell>
                  <StatusBadge status={place.status} />
                </Table.Cell>
                <Table.Cell>
                  <div className="flex items-center justify-end gap-x-2">
                    <PublishButton path={`/admin/places/${place.id}`} status={place.status} name={place.name} onChanged={list.reload} />
                    <Button asChild size="small" variant="transparent">
                      <Link to={`/genussorte/${place.id}`}>{content("edit")}</Link>
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {list.page && <Pager offset={list.offset} count={list.page.count} shown={places.length} onOffset={list.setOffset} />}

      <form className="grid gap-4 px-6 py-4 md:grid-cols-2" onSubmit={create} aria-labelledby="place-create">
        <Heading level="h2" id="place-create" className="md:col-span-2">
          {text("create")}
        </Heading>
        <PlaceFields draft={draft} onChange={setDraft} />
        <Refusal message={refusal} className="md:col-span-2" />
        <div className="md:col-span-2">
          <Button type="submit" size="small" isLoading={saving}>
            {content("createDraft")}
          </Button>
        </div>
      </form>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "genussnetz.places.menu",
  translationNs: "translation",
  icon: MapPin,
})

export default GenussortePage
