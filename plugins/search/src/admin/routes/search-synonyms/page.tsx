import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import type { AdminSynonymGroupListType, AdminSynonymGroupType } from "../../../http"
import { sdk } from "../../lib/sdk"

/** "Brötchen, Semmel , Weckla" → the terms, as the route expects them. */
const parseTerms = (text: string) =>
  text
    .split(",")
    .map((term) => term.trim())
    .filter(Boolean)

type Draft = { id?: string; terms: string; note: string }

/**
 * The association's synonym list for the shop's search: add, change and remove groups. The
 * route validates every group (2–20 terms, letters and digits only) and answers what is wrong.
 */
const SearchSynonymsPage = () => {
  const { t } = useTranslation()
  const text = (key: string, options?: Record<string, unknown>) => t(`genussnetz.synonyms.${key}`, options) as string
  const [groups, setGroups] = useState<AdminSynonymGroupType[]>([])
  const [filter, setFilter] = useState("")
  const [draft, setDraft] = useState<Draft>({ terms: "", note: "" })
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    const list = await sdk.client.fetch<AdminSynonymGroupListType>("/admin/search/synonyms", {
      query: { limit: 500, ...(filter.trim() ? { q: filter.trim() } : {}) },
    })
    setGroups(list.synonym_groups)
  }, [filter])

  useEffect(() => {
    load().catch((e: Error) => toast.error(e.message))
  }, [load])

  const save = async () => {
    setBusy(true)
    try {
      const body = { terms: parseTerms(draft.terms), note: draft.note.trim() || null }
      await sdk.client.fetch(draft.id ? `/admin/search/synonyms/${draft.id}` : "/admin/search/synonyms", { method: "POST", body })
      toast.success(text("saved"))
      setDraft({ terms: "", note: "" })
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const remove = async (id: string) => {
    setBusy(true)
    try {
      await sdk.client.fetch(`/admin/search/synonyms/${id}`, { method: "DELETE" })
      toast.success(text("removed"))
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{text("heading")}</Heading>
        <Text size="small" className="text-ui-fg-subtle mt-1">
          {text("intro")}
        </Text>
      </div>
      <form
        className="grid gap-3 px-6 py-4 md:grid-cols-[2fr_1fr_auto] md:items-end"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <div>
          <Label htmlFor="synonym-terms">{text("terms")}</Label>
          <Input id="synonym-terms" value={draft.terms} placeholder={text("termsHint")} onChange={(e) => setDraft({ ...draft, terms: e.target.value })} />
        </div>
        <div>
          <Label htmlFor="synonym-note">{text("note")}</Label>
          <Input id="synonym-note" value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
        </div>
        <div className="flex gap-x-2">
          <Button type="submit" size="small" disabled={busy || parseTerms(draft.terms).length < 2}>
            {draft.id ? text("save") : text("add")}
          </Button>
          {draft.id && (
            <Button type="button" size="small" variant="secondary" onClick={() => setDraft({ terms: "", note: "" })}>
              {text("cancel")}
            </Button>
          )}
        </div>
      </form>
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Input type="search" size="small" aria-label={text("filter")} placeholder={text("filter")} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
          {text("count", { count: groups.length })}
        </Text>
      </div>
      {groups.length === 0 ? (
        <Text className="px-6 py-4">{text("empty")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{text("terms")}</Table.HeaderCell>
              <Table.HeaderCell>{text("note")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {groups.map((group) => (
              <Table.Row key={group.id}>
                <Table.Cell>{group.terms.join(", ")}</Table.Cell>
                <Table.Cell>{group.note ?? ""}</Table.Cell>
                <Table.Cell className="flex justify-end gap-x-2">
                  <Button
                    size="small"
                    variant="secondary"
                    disabled={busy}
                    onClick={() => setDraft({ id: group.id, terms: group.terms.join(", "), note: group.note ?? "" })}
                  >
                    {text("edit")}
                  </Button>
                  <Button size="small" variant="danger" disabled={busy} onClick={() => void remove(group.id)}>
                    {text("remove")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "genussnetz.synonyms.menu",
  translationNs: "translation",
  icon: MagnifyingGlass,
})

export default SearchSynonymsPage
