import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { PRODUCER_STATUSES, type ProducerCraft, type ProducerStatus } from "../../../modules/producer/vocabulary"
import { sdk } from "../../lib/sdk"

type ListedProducer = {
  id: string
  handle: string
  name: string
  craft: ProducerCraft
  town: string
  status: ProducerStatus
  products: { published: number; total: number }
}
type ProducerPage = { producers: ListedProducer[]; count: number; limit: number; offset: number }
type Filter = ProducerStatus | "all"

const PAGE = 50
const FILTERS: Filter[] = ["all", ...PRODUCER_STATUSES]
const STATUS_COLOR: Record<ProducerStatus, "green" | "orange" | "grey"> = { active: "green", paused: "orange", left: "grey" }

/**
 * The network's producers and their standing in the association: active, paused (the shop says
 * so, its products stay visible) or left (gone from the shop, its products taken offline, its
 * orders and chains kept). The standing is changed here; the route's refusal shows as it answers.
 */
const BetriebePage = () => {
  const { t } = useTranslation()
  const text = (key: string, options?: Record<string, unknown>) => t(`genussnetz.producers.${key}`, options) as string

  const [filter, setFilter] = useState<Filter>("all")
  const [search, setSearch] = useState("")
  const [offset, setOffset] = useState(0)
  const [page, setPage] = useState<ProducerPage | null>(null)
  const [chosen, setChosen] = useState<Record<string, ProducerStatus>>({})
  const [busy, setBusy] = useState<string | null>(null)
  // Each load has a ticket: an answer that arrives after a newer load began is dropped.
  const latestLoad = useRef(0)
  const load = useCallback(async () => {
    const ticket = ++latestLoad.current
    const answer = await sdk.client.fetch<ProducerPage>("/admin/producers", {
      query: { limit: PAGE, offset, ...(filter === "all" ? {} : { status: filter }), ...(search.trim() ? { q: search.trim() } : {}) },
    })
    if (ticket === latestLoad.current) setPage(answer)
  }, [filter, offset, search])
  useEffect(() => {
    load().catch((e: Error) => toast.error(e.message))
  }, [load])

  const save = async (producer: ListedProducer) => {
    const status = chosen[producer.id]
    if (!status || status === producer.status) return
    setBusy(producer.id)
    try {
      const answer = await sdk.client.fetch<{ products_taken_offline: number }>(`/admin/producers/${producer.id}/status`, { method: "POST", body: { status } })
      toast.success(text("saved", { name: producer.name, status: text(`statuses.${status}`), count: answer.products_taken_offline }))
      setChosen(({ [producer.id]: _done, ...rest }) => rest)
      await load()
    } catch (e) {
      toast.error(`${text("refused")} ${(e as Error).message}`)
    } finally {
      setBusy(null)
    }
  }

  const producers = page?.producers ?? []
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{text("heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle mt-1">
            {text("intro")}
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Label htmlFor="producers-search">{text("search")}</Label>
          <Input
            id="producers-search"
            size="small"
            type="search"
            value={search}
            onChange={(event) => {
              setSearch((event.target as HTMLInputElement).value)
              setOffset(0)
            }}
          />
          <Label htmlFor="producers-filter">{text("filter")}</Label>
          <Select
            size="small"
            value={filter}
            onValueChange={(value) => {
              setFilter(value as Filter)
              setOffset(0)
            }}
          >
            <Select.Trigger id="producers-filter" aria-label={text("filter")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {FILTERS.map((option) => (
                <Select.Item key={option} value={option}>
                  {option === "all" ? text("all") : text(`statuses.${option}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>

      {page && producers.length === 0 && <Text className="px-6 py-4">{text("empty")}</Text>}
      {producers.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{text("name")}</Table.HeaderCell>
              <Table.HeaderCell>{text("craft")}</Table.HeaderCell>
              <Table.HeaderCell>{text("town")}</Table.HeaderCell>
              <Table.HeaderCell>{text("products")}</Table.HeaderCell>
              <Table.HeaderCell>{text("status")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {producers.map((producer) => {
              const value = chosen[producer.id] ?? producer.status
              return (
                <Table.Row key={producer.id} data-producer-id={producer.id}>
                  <Table.Cell>{producer.name}</Table.Cell>
                  <Table.Cell>{t(`genussnetz.applications.crafts.${producer.craft}`) as string}</Table.Cell>
                  <Table.Cell>{producer.town}</Table.Cell>
                  <Table.Cell>{text("productCount", { published: producer.products.published, total: producer.products.total })}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={STATUS_COLOR[producer.status]} data-status={producer.status}>
                      {text(`statuses.${producer.status}`)}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center justify-end gap-x-2">
                      <Select size="small" value={value} onValueChange={(next) => setChosen({ ...chosen, [producer.id]: next as ProducerStatus })}>
                        <Select.Trigger aria-label={text("change", { name: producer.name })}>
                          <Select.Value />
                        </Select.Trigger>
                        <Select.Content>
                          {PRODUCER_STATUSES.map((status) => (
                            <Select.Item key={status} value={status}>
                              {text(`statuses.${status}`)}
                            </Select.Item>
                          ))}
                        </Select.Content>
                      </Select>
                      <Button size="small" variant="secondary" disabled={busy === producer.id || value === producer.status} onClick={() => save(producer)}>
                        {value === "left" && producer.status !== "left" ? text("saveLeft") : text("save")}
                      </Button>
                    </div>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}

      {page && page.count > 0 && (
        <div className="flex items-center justify-between gap-x-2 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {text("page", { from: offset + 1, to: offset + producers.length, count: page.count })}
          </Text>
          <div className="flex gap-x-2">
            <Button type="button" size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {text("previous")}
            </Button>
            <Button type="button" size="small" variant="secondary" disabled={offset + PAGE >= page.count} onClick={() => setOffset(offset + PAGE)}>
              {text("next")}
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "genussnetz.producers.menu",
  translationNs: "translation",
  icon: Users,
})

export default BetriebePage
