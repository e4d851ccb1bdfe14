import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { NetworkMap } from "../../components/network-map"
import { reasonOf } from "../../lib/errors"
import { download, openPrintable, toCsv, type AlternativeAnswer, type BoardPost, type Business, type SinglePointsPage, type WhatIfResult } from "../../lib/resilience"
import { sdk } from "../../lib/sdk"

/** The crafts the what-if can close in a district (the producers plugin's list, in its order). */
const CRAFTS = ["farm", "mill", "maltster", "slaughterhouse", "bakery", "butchery", "brewery", "dairy", "apiary", "distillery", "fishery", "restaurant"]
const TOP = 20

/**
 * The association's view of the network's resilience: its single points of failure on a map and
 * as a list (who could step in for each), and the what-if simulator — close producers, or a craft
 * in a district, and see what loses its chain, what can switch, who is hit and what revenue is at
 * risk. Both export as CSV and as a printable page for the board meeting.
 */
const ResiliencePage = () => {
  const { t, i18n } = useTranslation()
  const text = (key: string, options?: Record<string, unknown>) => t(`genussnetz.resilience.${key}`, options) as string
  // Labels the other plugins' pages already keep: crafts (producers), processing steps (provenance).
  const craft = (key: string) => t(`genussnetz.applications.crafts.${key}`, { defaultValue: key }) as string
  const step = (key: string) => t(`genussnetz.provenance.steps.${key}`, { defaultValue: key }) as string
  const euros = (value: number) => new Intl.NumberFormat(i18n.language, { style: "currency", currency: "EUR" }).format(value)
  const km = (value: number | null) => (value === null ? "–" : `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value)} km`)
  const alternativesText = (alternatives: AlternativeAnswer[]) =>
    alternatives.length
      ? alternatives
          .slice(0, 3)
          .map((a) => `${a.producer.name} (${a.producer.town}, ${km(a.distance_km)}${a.verified ? `, ${text("verified")}` : ""}${a.second_source ? `, ${text("secondSource")}` : ""})`)
          .join("; ")
      : text("nobody")

  const [regional, setRegional] = useState<{ month: string; regional_value: { orders: number; paid_total: number; regional_total: number; regional_share: number | null } } | null>(null)
  useEffect(() => {
    sdk.client.fetch<typeof regional>("/admin/resilience/regional-value").then(setRegional, () => setRegional(null))
  }, [])
  // Open needs no offer in the region meets: the gaps worth closing.
  const [unmet, setUnmet] = useState<BoardPost[] | null>(null)
  useEffect(() => {
    sdk.client.fetch<{ cooperation_posts: BoardPost[] }>("/admin/cooperation-posts", { query: { unmet: "true", limit: 100 } }).then(
      (page) => setUnmet(page.cooperation_posts),
      () => setUnmet(null)
    )
  }, [])
  const offersText = (offers: BoardPost[]) => offers.map((offer) => `${offer.producer?.name ?? ""} (${text("offer")}: ${offer.quantity} ${offer.unit})`).join("; ")
  const [reach, setReach] = useState("50")
  const [points, setPoints] = useState<SinglePointsPage | null>(null)
  const [pointsError, setPointsError] = useState<string | null>(null)
  const loadPoints = useCallback(async () => {
    setPointsError(null)
    try {
      setPoints(await sdk.client.fetch<SinglePointsPage>("/admin/resilience/single-points", { query: { limit: TOP, order: "-revenue", reach_km: reach } }))
    } catch (e) {
      setPointsError(reasonOf(e))
    }
  }, [reach])
  useEffect(() => {
    loadPoints()
  }, [loadPoints])

  // The what-if: named producers (found by name or town) or a craft in a district.
  const [mode, setMode] = useState<"producers" | "craft">("producers")
  const [search, setSearch] = useState("")
  const [found, setFound] = useState<Business[]>([])
  const [chosen, setChosen] = useState<Business[]>([])
  const [craftChoice, setCraftChoice] = useState("slaughterhouse")
  const [district, setDistrict] = useState("")
  const [result, setResult] = useState<WhatIfResult | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [running, setRunning] = useState(false)

  const findProducers = async (submitted: FormEvent) => {
    submitted.preventDefault()
    if (!search.trim()) return
    try {
      const { producers } = await sdk.client.fetch<{ producers: Business[] }>("/admin/producers", { query: { q: search.trim(), limit: 10 } })
      setFound(producers)
    } catch (e) {
      setRefusal(reasonOf(e))
    }
  }

  const run = async () => {
    setRefusal(null)
    setRunning(true)
    try {
      const body = mode === "producers" ? { producer_ids: chosen.map((p) => p.id), reach_km: Number(reach) } : { craft: craftChoice, district, reach_km: Number(reach) }
      setResult(await sdk.client.fetch<WhatIfResult>("/admin/resilience/what-if", { method: "POST", body }))
    } catch (e) {
      setResult(null)
      setRefusal(reasonOf(e))
    } finally {
      setRunning(false)
    }
  }

  const pointRows = (): (string | number)[][] => [
    [text("material"), text("step"), text("supplier"), text("customer"), text("products"), text("monthlyRevenue"), text("alternatives"), text("offers")],
    ...(points?.single_points ?? []).map((p) => [
      p.material, step(p.step), `${p.supplier.name} (${p.supplier.town})`, `${p.customer.name} (${p.customer.town})`, p.products_count, euros(p.monthly_revenue), alternativesText(p.alternatives), offersText(p.offers),
    ]),
  ]
  const resultRows = (): (string | number)[][] => [
    [text("product"), text("producer"), text("verdict"), text("monthlyRevenue"), text("cutInputs"), text("alternatives")],
    ...(result?.products ?? []).map((p) => [
      p.title,
      p.producer.name,
      text(`verdicts.${p.verdict}`),
      euros(p.monthly_revenue),
      p.maker_closed ? text("makerClosed") : p.cut.map((c) => `${c.material} (${c.supplier.name})`).join("; "),
      p.cut.map((c) => alternativesText(c.alternatives)).join(" | "),
    ]),
  ]
  const hitRows = (): (string | number)[][] => [
    [text("producer"), text("lost"), text("switching"), text("monthlyAtRisk")],
    ...(result?.producers_hit ?? []).map((h) => [`${h.producer.name} (${h.producer.town})`, h.products_lost, h.products_switching, euros(h.monthly_revenue_at_risk)]),
  ]
  const unmetRows = (): (string | number)[][] => [
    [text("producer"), text("material"), text("step"), text("quantity"), text("window")],
    ...(unmet ?? []).map((need) => [
      `${need.producer?.name ?? ""} (${need.producer?.town ?? ""})`, need.material, step(need.step), `${need.quantity} ${need.unit}`, `${need.available_from} – ${need.available_until}`,
    ]),
  ]
  const summary = result
    ? text("summary", {
        closed: result.closed.map((c) => c.name).join(", ") || text("noneClosed"),
        lost: result.lost_count,
        switching: result.can_switch_count,
        hit: result.producers_hit.length,
        atRisk: euros(result.revenue.monthly_at_risk),
      })
    : ""

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{text("heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle mt-1">
            {text("intro")}
          </Text>
          {regional && (
            <Text size="small" className="mt-2" data-testid="regional-value">
              {regional.regional_value.regional_share === null
                ? text("regionalNone", { month: regional.month })
                : text("regionalShare", {
                    month: regional.month,
                    share: new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 }).format(regional.regional_value.regional_share),
                    regional: euros(regional.regional_value.regional_total),
                    paid: euros(regional.regional_value.paid_total),
                    orders: regional.regional_value.orders,
                  })}
            </Text>
          )}
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <Label htmlFor="resilience-reach">{text("reach")}</Label>
            <Input id="resilience-reach" type="number" min={1} max={300} value={reach} onChange={(e) => setReach(e.target.value)} className="w-24" />
          </div>
          <Button variant="secondary" size="small" disabled={!points} onClick={() => download("schwachstellen.csv", toCsv(pointRows()))}>
            {text("csvPoints")}
          </Button>
          <Button
            variant="secondary"
            size="small"
            disabled={!points}
            onClick={() =>
              openPrintable(
                text("printTitle"),
                [
                  { heading: text("pointsHeading", { count: points?.count ?? 0 }), intro: text("pointsIntro", { reach: reach }), rows: pointRows() },
                  { heading: text("unmetHeading", { count: unmet?.length ?? 0 }), intro: text("unmetIntro"), rows: unmetRows() },
                  ...(result
                    ? [
                        { heading: text("whatIfHeading"), intro: summary, rows: resultRows() },
                        { heading: text("hitHeading"), rows: hitRows() },
                      ]
                    : []),
                ],
                i18n.language
              )
            }
          >
            {text("print")}
          </Button>
        </div>
      </div>

      <div className="px-6 py-4">
        <Heading level="h2">{text("pointsHeading", { count: points?.count ?? 0 })}</Heading>
        <Text size="small" className="text-ui-fg-subtle mb-3">
          {text("pointsIntro", { reach })}
        </Text>
        {pointsError && <Text className="text-ui-fg-error" role="alert">{`${text("loadFailed")} ${pointsError}`}</Text>}
        {points && <NetworkMap points={points.single_points} whatIf={result} labels={{ map: text("map"), fragile: text("fragile"), covered: text("covered"), closed: text("closedLegend"), hit: text("hitLegend") }} />}
        {points && points.single_points.length === 0 && <Text>{text("noPoints")}</Text>}
        {points && points.single_points.length > 0 && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{text("material")}</Table.HeaderCell>
                <Table.HeaderCell>{text("supplier")}</Table.HeaderCell>
                <Table.HeaderCell>{text("customer")}</Table.HeaderCell>
                <Table.HeaderCell>{text("products")}</Table.HeaderCell>
                <Table.HeaderCell>{text("monthlyRevenue")}</Table.HeaderCell>
                <Table.HeaderCell>{text("alternatives")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {points.single_points.map((p) => (
                <Table.Row key={p.link_id} data-testid="single-point">
                  <Table.Cell>
                    {p.material} <span className="text-ui-fg-subtle">({step(p.step)})</span>
                  </Table.Cell>
                  <Table.Cell>{`${p.supplier.name}, ${p.supplier.town}`}</Table.Cell>
                  <Table.Cell>{`${p.customer.name}, ${p.customer.town}`}</Table.Cell>
                  <Table.Cell title={p.products.map((product) => product.title).join(", ")}>{p.products_count}</Table.Cell>
                  <Table.Cell>{euros(p.monthly_revenue)}</Table.Cell>
                  <Table.Cell>
                    {p.alternatives.length ? alternativesText(p.alternatives) : <Badge color="red">{text("nobody")}</Badge>}
                    {p.offers.length > 0 && (
                      <div>
                        <Badge color="green">{text("offerOnBoard")}</Badge> {offersText(p.offers)}
                      </div>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>

      <div className="px-6 py-4">
        <Heading level="h2">{text("unmetHeading", { count: unmet?.length ?? 0 })}</Heading>
        <Text size="small" className="text-ui-fg-subtle mb-3">
          {text("unmetIntro")}
        </Text>
        {unmet && unmet.length === 0 && <Text>{text("unmetNone")}</Text>}
        {unmet && unmet.length > 0 && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{text("producer")}</Table.HeaderCell>
                <Table.HeaderCell>{text("material")}</Table.HeaderCell>
                <Table.HeaderCell>{text("quantity")}</Table.HeaderCell>
                <Table.HeaderCell>{text("window")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {unmet.map((need) => (
                <Table.Row key={need.id} data-testid="unmet-need">
                  <Table.Cell>{`${need.producer?.name ?? ""}, ${need.producer?.town ?? ""}`}</Table.Cell>
                  <Table.Cell>
                    {need.material} <span className="text-ui-fg-subtle">({step(need.step)})</span>
                  </Table.Cell>
                  <Table.Cell>{`${need.quantity} ${need.unit}`}</Table.Cell>
                  <Table.Cell>{`${need.available_from} – ${need.available_until}`}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>

      <div className="px-6 py-4">
        <Heading level="h2">{text("whatIfHeading")}</Heading>
        <Text size="small" className="text-ui-fg-subtle mb-3">
          {text("whatIfIntro")}
        </Text>
        <div className="flex flex-wrap items-end gap-4">
          <div>
            <Label htmlFor="what-if-mode">{text("whoCloses")}</Label>
            <Select value={mode} onValueChange={(value) => setMode(value as "producers" | "craft")}>
              <Select.Trigger id="what-if-mode" className="w-64">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="producers">{text("modes.producers")}</Select.Item>
                <Select.Item value="craft">{text("modes.craft")}</Select.Item>
              </Select.Content>
            </Select>
          </div>
          {mode === "producers" ? (
            <form onSubmit={findProducers} className="flex items-end gap-2">
              <div>
                <Label htmlFor="what-if-search">{text("findProducer")}</Label>
                <Input id="what-if-search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={text("findHint")} />
              </div>
              <Button type="submit" variant="secondary" size="small">
                {text("find")}
              </Button>
            </form>
          ) : (
            <>
              <div>
                <Label htmlFor="what-if-craft">{text("craft")}</Label>
                <Select value={craftChoice} onValueChange={setCraftChoice}>
                  <Select.Trigger id="what-if-craft" className="w-48">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {CRAFTS.map((key) => (
                      <Select.Item key={key} value={key}>
                        {craft(key)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
              <div>
                <Label htmlFor="what-if-district">{text("district")}</Label>
                <Input id="what-if-district" value={district} onChange={(e) => setDistrict(e.target.value)} placeholder={text("districtHint")} />
              </div>
            </>
          )}
          <Button onClick={run} isLoading={running} disabled={mode === "producers" ? chosen.length === 0 : !district.trim()}>
            {text("run")}
          </Button>
        </div>
        {mode === "producers" && found.length > 0 && (
          <div className="mt-2 flex flex-wrap gap-2">
            {found
              .filter((p) => !chosen.some((c) => c.id === p.id))
              .map((p) => (
                <Button key={p.id} size="small" variant="transparent" onClick={() => setChosen([...chosen, p])}>
                  {`+ ${p.name} (${craft(p.craft)}, ${p.town})`}
                </Button>
              ))}
          </div>
        )}
        {mode === "producers" && chosen.length > 0 && (
          <div className="mt-2 flex flex-wrap items-center gap-2" data-testid="what-if-chosen">
            <Text size="small">{text("closing")}</Text>
            {chosen.map((p) => (
              <Button key={p.id} size="small" variant="secondary" onClick={() => setChosen(chosen.filter((c) => c.id !== p.id))} title={text("remove")}>
                {`${p.name} ×`}
              </Button>
            ))}
          </div>
        )}
        {refusal && (
          <Text className="text-ui-fg-error mt-2" role="alert">
            {`${text("refused")} ${refusal}`}
          </Text>
        )}
        {result && (
          <div className="mt-4" data-testid="what-if-result">
            <Text weight="plus">{summary}</Text>
            <Text size="small" className="text-ui-fg-subtle">
              {text("switchingRevenue", { amount: euros(result.revenue.monthly_switching), days: result.revenue.sales_window_days })}
            </Text>
            <div className="mt-2 flex gap-2">
              <Button variant="secondary" size="small" onClick={() => download("was-waere-wenn.csv", toCsv([...resultRows(), [], ...hitRows()]))}>
                {text("csvResult")}
              </Button>
            </div>
            {result.products.length > 0 && (
              <Table className="mt-3">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{text("product")}</Table.HeaderCell>
                    <Table.HeaderCell>{text("producer")}</Table.HeaderCell>
                    <Table.HeaderCell>{text("verdict")}</Table.HeaderCell>
                    <Table.HeaderCell>{text("monthlyRevenue")}</Table.HeaderCell>
                    <Table.HeaderCell>{text("alternatives")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {result.products.map((p) => (
                    <Table.Row key={p.id} data-testid="what-if-product">
                      <Table.Cell>{p.title}</Table.Cell>
                      <Table.Cell>{p.producer.name}</Table.Cell>
                      <Table.Cell>
                        <Badge color={p.verdict === "lost" ? "red" : "orange"}>{text(`verdicts.${p.verdict}`)}</Badge>
                      </Table.Cell>
                      <Table.Cell>{euros(p.monthly_revenue)}</Table.Cell>
                      <Table.Cell>
                        {p.maker_closed
                          ? text("makerClosed")
                          : p.cut.map((c) => `${c.material}: ${alternativesText(c.alternatives)}`).join(" · ")}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
            {result.producers_hit.length > 0 && (
              <>
                <Heading level="h3" className="mt-4">
                  {text("hitHeading")}
                </Heading>
                <Table>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell>{text("producer")}</Table.HeaderCell>
                      <Table.HeaderCell>{text("lost")}</Table.HeaderCell>
                      <Table.HeaderCell>{text("switching")}</Table.HeaderCell>
                      <Table.HeaderCell>{text("monthlyAtRisk")}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {result.producers_hit.map((h) => (
                      <Table.Row key={h.producer.id}>
                        <Table.Cell>{`${h.producer.name}, ${h.producer.town}`}</Table.Cell>
                        <Table.Cell>{h.products_lost}</Table.Cell>
                        <Table.Cell>{h.products_switching}</Table.Cell>
                        <Table.Cell>{euros(h.monthly_revenue_at_risk)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </>
            )}
          </div>
        )}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "genussnetz.resilience.menu",
  translationNs: "translation",
  icon: ExclamationCircle,
})

export default ResiliencePage
