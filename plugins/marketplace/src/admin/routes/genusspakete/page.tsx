import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Gift } from "@medusajs/icons"
import { Alert, Badge, Button, Container, Heading, Input, Label, Select, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { sdk } from "../../lib/sdk"

type Maker = { id: string; name: string }
/** One Genusspaket as `GET /admin/bundles` answers it. */
type AdminBundle = {
  product: { id: string; title: string; handle: string; status: string }
  packed_by: Maker | null
  variant_id: string
  components: { variant_id: string; variant_title: string; quantity: number; share: number; product_id: string; product_title: string; producer: Maker | null }[]
}
/** A product found by Medusa's product search, with the fields the picker asks for. */
type FoundProduct = {
  id: string
  title: string
  metadata: Record<string, unknown> | null
  producer?: Maker | null
  variants: { id: string; title: string }[]
}
/** A component as the form holds it: quantity and share as typed. */
type Row = { variant_id: string; label: string; maker: Maker; quantity: string; share: string }

const PRODUCT_FIELDS = "id,title,metadata,variants.id,variants.title,producer.id,producer.name"

/** "Käse & Brot" → "kaese-brot": a first handle from the title, as the route accepts it. */
const handleOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 120)
    .replace(/^-+|-+$/g, "")

/** "19,90", "19.90" or "1.234,50" as a number; NaN for anything else (the route then says what is wrong). */
const parseDecimal = (text: string) => {
  const compact = text.replace(/\s/g, "")
  const normal = compact.includes(",") ? compact.replace(/\./g, "").replace(",", ".") : compact
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN
}
/** A share typed in percent as the fraction the route takes (60 → 0.6), without float noise. */
const fractionOf = (percent: string) => Math.round(parseDecimal(percent) * 10_000) / 1_000_000

/**
 * The association's Genusspakete: the list (each with its packer, status and what goes into it
 * from which maker at which share of the price) and the form that makes a new one. The route
 * checks every rule (two makers at least, shares adding up to 100 %, the packer one of the
 * makers, one VAT rate); its refusal is shown as it answers.
 */
const GenusspaketePage = () => {
  const { t, i18n } = useTranslation()
  const text = (key: string, options?: Record<string, unknown>) => t(`genussnetz.bundles.${key}`, options) as string
  const percent = (share: number) => new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 2 }).format(share)

  const [bundles, setBundles] = useState<AdminBundle[]>([])
  const [count, setCount] = useState(0)
  const load = useCallback(async () => {
    // At most 100 at once; the association curates a few dozen.
    const list = await sdk.client.fetch<{ bundles: AdminBundle[]; count: number }>("/admin/bundles", { query: { limit: 100 } })
    setBundles(list.bundles)
    setCount(list.count)
  }, [])
  useEffect(() => {
    load().catch((e: Error) => toast.error(e.message))
  }, [load])

  const [title, setTitle] = useState("")
  const [handle, setHandle] = useState("")
  // The handle follows the title until someone types one of their own.
  const [handleTouched, setHandleTouched] = useState(false)
  const [description, setDescription] = useState("")
  const [price, setPrice] = useState("")
  const [rows, setRows] = useState<Row[]>([])
  const [host, setHost] = useState("")
  const [refusal, setRefusal] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const [search, setSearch] = useState("")
  const [found, setFound] = useState<FoundProduct[] | null>(null)
  const [searching, setSearching] = useState(false)
  const latestSearch = useRef(0)
  useEffect(() => {
    const q = search.trim()
    // Each search has a ticket: an answer that arrives after a newer search began is dropped.
    const ticket = ++latestSearch.current
    if (q.length < 2) {
      setFound(null)
      setSearching(false)
      return
    }
    const timer = setTimeout(() => {
      setSearching(true)
      sdk.client
        .fetch<{ products: FoundProduct[] }>("/admin/products", { query: { q, limit: 20, fields: PRODUCT_FIELDS } })
        .then(({ products }) => {
          // Only goods of a producer can go into a Genusspaket, and no Genusspaket into another.
          if (ticket === latestSearch.current) setFound(products.filter((product) => product.producer && !product.metadata?.genusspaket))
        })
        .catch((e: Error) => toast.error(e.message))
        .finally(() => {
          if (ticket === latestSearch.current) setSearching(false)
        })
    }, 300)
    return () => clearTimeout(timer)
  }, [search])

  // The packer must make one of the components: the choice is among their makers, and a
  // packer whose goods were taken out again is no choice any more.
  const makers = [...new Map(rows.map((row) => [row.maker.id, row.maker])).values()]
  const packer = makers.some((maker) => maker.id === host) ? host : ""

  const addRow = (product: FoundProduct, variant: FoundProduct["variants"][number]) => {
    if (rows.some((row) => row.variant_id === variant.id)) return
    setRows([...rows, { variant_id: variant.id, label: `${product.title} · ${variant.title}`, maker: product.producer!, quantity: "1", share: "" }])
  }
  const changeRow = (variantId: string, change: Partial<Row>) => setRows(rows.map((row) => (row.variant_id === variantId ? { ...row, ...change } : row)))
  const shareSum = rows.reduce((sum, row) => sum + (parseDecimal(row.share) || 0), 0)

  const create = async () => {
    setBusy(true)
    setRefusal(null)
    try {
      const body = {
        title: title.trim(),
        handle: handle.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
        price: parseDecimal(price),
        host_producer_id: packer,
        components: rows.map((row) => ({ variant_id: row.variant_id, quantity: Number.parseInt(row.quantity, 10), share: fractionOf(row.share) })),
      }
      await sdk.client.fetch("/admin/bundles", { method: "POST", body })
      toast.success(text("create.saved", { title: body.title }))
      setTitle("")
      setHandle("")
      setHandleTouched(false)
      setDescription("")
      setPrice("")
      setRows([])
      setHost("")
      setSearch("")
      await load()
    } catch (e) {
      setRefusal((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-x-4 px-6 py-4">
          <div>
            <Heading level="h1">{text("heading")}</Heading>
            <Text size="small" className="text-ui-fg-subtle mt-1">
              {text("intro")}
            </Text>
          </div>
          <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
            {text("count", { count })}
          </Text>
        </div>
        {bundles.length === 0 ? (
          <Text className="px-6 py-4">{text("empty")}</Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{text("title")}</Table.HeaderCell>
                <Table.HeaderCell>{text("packedBy")}</Table.HeaderCell>
                <Table.HeaderCell>{text("status")}</Table.HeaderCell>
                <Table.HeaderCell>{text("contents")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {bundles.map((bundle) => (
                <Table.Row key={bundle.product.id} data-bundle={bundle.product.handle} className="align-top">
                  <Table.Cell className="py-2">
                    <Link to={`/products/${bundle.product.id}`} className="text-ui-fg-interactive hover:underline">
                      {bundle.product.title}
                    </Link>
                  </Table.Cell>
                  <Table.Cell className="py-2" data-packed-by>
                    {bundle.packed_by?.name ?? "—"}
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <Badge size="2xsmall" color={bundle.product.status === "published" ? "green" : "grey"}>
                      {t(`genussnetz.bundles.statuses.${bundle.product.status}`, { defaultValue: bundle.product.status }) as string}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell className="py-2">
                    <ul>
                      {bundle.components.map((component) => (
                        <li key={component.variant_id} data-component={component.variant_id}>
                          {component.quantity} × {component.product_title} ({component.variant_title}) — {component.producer?.name ?? "?"} — {percent(component.share)}
                        </li>
                      ))}
                    </ul>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{text("create.heading")}</Heading>
        </div>
        <form
          className="flex flex-col gap-y-4 px-6 py-4"
          aria-label={text("create.heading")}
          onSubmit={(event) => {
            event.preventDefault()
            void create()
          }}
        >
          <div className="grid gap-3 md:grid-cols-2">
            <div>
              <Label htmlFor="bundle-title">{text("create.title")}</Label>
              <Input
                id="bundle-title"
                value={title}
                onChange={(e) => {
                  setTitle(e.target.value)
                  if (!handleTouched) setHandle(handleOf(e.target.value))
                }}
              />
            </div>
            <div>
              <Label htmlFor="bundle-handle">{text("create.handle")}</Label>
              <Input
                id="bundle-handle"
                value={handle}
                placeholder={text("create.handleHint")}
                onChange={(e) => {
                  setHandle(e.target.value)
                  setHandleTouched(true)
                }}
              />
            </div>
            <div className="md:col-span-2">
              <Label htmlFor="bundle-description">{text("create.description")}</Label>
              <Textarea id="bundle-description" value={description} onChange={(e) => setDescription(e.target.value)} />
            </div>
            <div>
              <Label htmlFor="bundle-price">{text("create.price")}</Label>
              <Input id="bundle-price" inputMode="decimal" value={price} placeholder={text("create.priceHint")} onChange={(e) => setPrice(e.target.value)} />
            </div>
          </div>

          <div className="flex flex-col gap-y-2">
            <Label htmlFor="bundle-search">{text("create.search")}</Label>
            <Input id="bundle-search" type="search" value={search} placeholder={text("create.searchHint")} onChange={(e) => setSearch(e.target.value)} />
            {searching && <Text size="small">{text("create.searching")}</Text>}
            {found?.length === 0 && !searching && <Text size="small">{text("create.noResults")}</Text>}
            {found && found.length > 0 && (
              <ul className="flex flex-col gap-y-1" aria-label={text("create.search")}>
                {found.map((product) => (
                  <li key={product.id} className="flex flex-wrap items-center gap-2">
                    <Text size="small" weight="plus">
                      {product.title}
                    </Text>
                    <Text size="small" className="text-ui-fg-subtle">
                      {product.producer!.name}
                    </Text>
                    {product.variants.map((variant) => (
                      <Button
                        key={variant.id}
                        type="button"
                        size="small"
                        variant="secondary"
                        data-variant={variant.id}
                        aria-label={text("create.add", { variant: `${product.title} · ${variant.title}` })}
                        disabled={rows.some((row) => row.variant_id === variant.id)}
                        onClick={() => addRow(product, variant)}
                      >
                        + {variant.title}
                      </Button>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </div>

          <div className="flex flex-col gap-y-2">
            <Text size="small" weight="plus">
              {text("create.components")}
            </Text>
            {rows.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle">
                {text("create.noComponents")}
              </Text>
            ) : (
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{text("contents")}</Table.HeaderCell>
                    <Table.HeaderCell>{text("create.quantity")}</Table.HeaderCell>
                    <Table.HeaderCell>{text("create.share")}</Table.HeaderCell>
                    <Table.HeaderCell />
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {rows.map((row) => (
                    <Table.Row key={row.variant_id} data-component={row.variant_id}>
                      <Table.Cell>
                        {row.label} — {row.maker.name}
                      </Table.Cell>
                      <Table.Cell>
                        <Input
                          size="small"
                          name="quantity"
                          inputMode="numeric"
                          aria-label={`${text("create.quantity")}: ${row.label}`}
                          value={row.quantity}
                          onChange={(e) => changeRow(row.variant_id, { quantity: e.target.value })}
                        />
                      </Table.Cell>
                      <Table.Cell>
                        <Input
                          size="small"
                          name="share"
                          inputMode="decimal"
                          aria-label={`${text("create.share")}: ${row.label}`}
                          value={row.share}
                          onChange={(e) => changeRow(row.variant_id, { share: e.target.value })}
                        />
                      </Table.Cell>
                      <Table.Cell className="text-right">
                        <Button type="button" size="small" variant="transparent" onClick={() => setRows(rows.filter((other) => other.variant_id !== row.variant_id))}>
                          {text("create.remove")}
                        </Button>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
            {rows.length > 0 && (
              <Text size="small" className="text-ui-fg-subtle" data-share-sum>
                {text("create.shareSum", { sum: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(shareSum) })}
              </Text>
            )}
          </div>

          <div className="flex flex-col gap-y-1 md:w-1/2">
            <Label htmlFor="bundle-packer">{text("create.packer")}</Label>
            <Select value={packer} onValueChange={setHost} disabled={makers.length === 0}>
              <Select.Trigger id="bundle-packer" aria-label={text("create.packer")}>
                <Select.Value placeholder={text("create.packerHint")} />
              </Select.Trigger>
              <Select.Content>
                {makers.map((maker) => (
                  <Select.Item key={maker.id} value={maker.id}>
                    {maker.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>

          {refusal && (
            <Alert variant="error" role="alert">
              <Text size="small" weight="plus">
                {text("create.refused")}
              </Text>
              <Text size="small">{refusal}</Text>
            </Alert>
          )}
          <div>
            <Button type="submit" isLoading={busy}>
              {text("create.save")}
            </Button>
          </div>
        </form>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "genussnetz.bundles.menu",
  translationNs: "translation",
  icon: Gift,
})

export default GenusspaketePage
