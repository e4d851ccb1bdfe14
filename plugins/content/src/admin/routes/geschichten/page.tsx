import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { CONTENT_STATUSES } from "../../../modules/content/vocabulary"
import { Pager } from "../../components/pager"
import { PageHeader } from "../../components/page-header"
import { PublishButton } from "../../components/publish-button"
import { Refusal } from "../../components/refusal"
import { SearchField } from "../../components/search-field"
import { StatusBadge } from "../../components/status-badge"
import { StatusFilter } from "../../components/status-filter"
import { StoryFields } from "../../components/story-fields"
import { reasonOf } from "../../lib/errors"
import { sdk } from "../../lib/sdk"
import { NEW_STORY, storyBodyOf, type StoryDraft, type StoryPage } from "../../lib/stories"
import { useDayFormat, useText } from "../../lib/text"
import { usePagedList } from "../../lib/use-paged-list"

/**
 * The association's stories — portraits of producers, a season's dishes, how a beer is brewed:
 * the list, publishing and taking back, and a new story as a draft (its body in Markdown).
 */
const GeschichtenPage = () => {
  const text = useText("stories")
  const content = useText("content")
  const day = useDayFormat()
  const list = usePagedList<StoryPage, { q: string; status: string }>("/admin/stories", { q: "", status: "all" })
  const [draft, setDraft] = useState<StoryDraft>(NEW_STORY)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const create = async (submitted: FormEvent) => {
    submitted.preventDefault()
    setRefusal(null)
    setSaving(true)
    try {
      await sdk.client.fetch("/admin/stories", { method: "POST", body: storyBodyOf(draft) })
      toast.success(content("created", { name: draft.title.de }))
      setDraft(NEW_STORY)
      await list.reload()
    } catch (e) {
      setRefusal(reasonOf(e))
    } finally {
      setSaving(false)
    }
  }

  const stories = list.page?.stories ?? []
  return (
    <Container className="divide-y p-0">
      <PageHeader heading={text("heading")} intro={text("intro")}>
        <SearchField id="stories-search" value={list.filters.q} onSearch={(q) => list.filter("q", q)} />
        <StatusFilter id="stories-status" statuses={CONTENT_STATUSES} value={list.filters.status} onChange={(status) => list.filter("status", status)} />
      </PageHeader>

      {list.page && stories.length === 0 && <Text className="px-6 py-4">{text("empty")}</Text>}
      {stories.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{text("title")}</Table.HeaderCell>
              <Table.HeaderCell>{text("author")}</Table.HeaderCell>
              <Table.HeaderCell>{text("publishedOn")}</Table.HeaderCell>
              <Table.HeaderCell>{content("status")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {stories.map((story) => (
              <Table.Row key={story.id} data-story-id={story.id}>
                <Table.Cell>
                  <Link to={`/geschichten/${story.id}`} className="text-ui-fg-interactive hover:underline">
                    {story.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{story.author}</Table.Cell>
                <Table.Cell>{story.published_at ? day(story.published_at) : "–"}</Table.Cell>
                <Table.Cell>
                  <StatusBadge status={story.status} />
                </Table.Cell>
                <Table.Cell>
                  <div className="flex items-center justify-end gap-x-2">
                    <PublishButton path={`/admin/stories/${story.id}`} status={story.status} name={story.title} onChanged={list.reload} />
                    <Button asChild size="small" variant="transparent">
                      <Link to={`/geschichten/${story.id}`}>{content("edit")}</Link>
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {list.page && <Pager offset={list.offset} count={list.page.count} shown={stories.length} onOffset={list.setOffset} />}

      <form className="grid gap-4 px-6 py-4 md:grid-cols-2" onSubmit={create} aria-labelledby="story-create">
        <Heading level="h2" id="story-create" className="md:col-span-2">
          {text("create")}
        </Heading>
        <StoryFields draft={draft} onChange={setDraft} />
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
  label: "genussnetz.stories.menu",
  translationNs: "translation",
  icon: BookOpen,
})

export default GeschichtenPage
