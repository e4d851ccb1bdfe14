import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../../lib/sdk"

type WaitingLink = {
  id: string
  material: string
  step: string
  status: string
  supplier: { name: string }
  customer: { name: string }
}
type WaitingClaim = {
  id: string
  label: string
  type: string
  issuer: string
  control_body_code: string | null
  evidence_url: string | null
  /** A document the producer uploaded; downloaded from GET /admin/claims/:id/evidence. */
  evidence_file: { content_type: string; bytes: number } | null
  producer: { name: string }
}

/** Verify or reject one row. */
const ReviewButtons = ({ accept, reject, busy, onDecide }: { accept: string; reject: string; busy: boolean; onDecide: (status: "verified" | "rejected") => void }) => (
  <Table.Cell className="flex justify-end gap-x-2">
    <Button size="small" disabled={busy} onClick={() => onDecide("verified")}>
      {accept}
    </Button>
    <Button size="small" variant="secondary" disabled={busy} onClick={() => onDecide("rejected")}>
      {reject}
    </Button>
  </Table.Cell>
)

/** Only a link the shop would show (http or https) becomes a link here too. */
const httpUrl = (value: string | null) => {
  try {
    return value && ["http:", "https:"].includes(new URL(value).protocol) ? value : null
  } catch {
    return null
  }
}

/**
 * The association's review desk: supply links their suppliers confirmed, waiting for
 * verification, and claims producers filed, waiting for review.
 */
const ProvenanceReviewPage = () => {
  const { t, i18n } = useTranslation()
  const text = (key: string, options?: Record<string, unknown>) => t(`genussnetz.provenance.${key}`, options) as string
  const sizeOf = (bytes: number) => `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
  const [links, setLinks] = useState<WaitingLink[]>([])
  const [claims, setClaims] = useState<WaitingClaim[]>([])
  const [busy, setBusy] = useState<string | null>(null)

  const load = useCallback(async () => {
    const [l, c] = await Promise.all([
      sdk.client.fetch<{ supply_links: WaitingLink[] }>("/admin/supply-links", { query: { status: "confirmed", limit: 200 } }),
      sdk.client.fetch<{ claims: WaitingClaim[] }>("/admin/claims", { query: { status: "pending", limit: 200 } }),
    ])
    setLinks(l.supply_links)
    setClaims(c.claims)
  }, [])

  useEffect(() => {
    load().catch((e: Error) => toast.error(e.message))
  }, [load])

  const act = async (key: string, path: string, body: Record<string, string>) => {
    setBusy(key)
    try {
      await sdk.client.fetch(path, { method: "POST", body })
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{text("links.heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {text("links.intro", { count: links.length })}
          </Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{text("links.supplier")}</Table.HeaderCell>
              <Table.HeaderCell>{text("links.material")}</Table.HeaderCell>
              <Table.HeaderCell>{text("links.customer")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {links.map((link) => (
              <Table.Row key={link.id} data-supply-link={link.id}>
                <Table.Cell>{link.supplier.name}</Table.Cell>
                <Table.Cell>
                  {link.material} <Badge size="2xsmall">{text(`steps.${link.step}`)}</Badge>
                </Table.Cell>
                <Table.Cell>{link.customer.name}</Table.Cell>
                <ReviewButtons accept={text("links.accept")} reject={text("reject")} busy={busy === link.id} onDecide={(status) => act(link.id, `/admin/supply-links/${link.id}/status`, { status })} />
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{text("claims.heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{text("claims.intro", { count: claims.length })}</Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{text("claims.producer")}</Table.HeaderCell>
              <Table.HeaderCell>{text("claims.claim")}</Table.HeaderCell>
              <Table.HeaderCell>{text("claims.issuer")}</Table.HeaderCell>
              <Table.HeaderCell>{text("claims.evidence")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {claims.map((claim) => (
              <Table.Row key={claim.id} data-claim={claim.id}>
                <Table.Cell>{claim.producer.name}</Table.Cell>
                <Table.Cell>
                  {claim.label}
                  {claim.control_body_code ? ` (${claim.control_body_code})` : ""}
                </Table.Cell>
                <Table.Cell>{claim.issuer}</Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col">
                    {claim.evidence_file ? (
                      // A download (the route answers it as an attachment), with the admin's session cookie.
                      <a className="text-ui-fg-interactive" href={`/admin/claims/${claim.id}/evidence`} download>
                        {text("claims.download", { type: claim.evidence_file.content_type === "application/pdf" ? "PDF" : text("claims.picture"), size: sizeOf(claim.evidence_file.bytes) })}
                      </a>
                    ) : (
                      <Text size="small" className="text-ui-fg-subtle">{text("claims.noDocument")}</Text>
                    )}
                    {httpUrl(claim.evidence_url) && (
                      <a className="text-ui-fg-interactive" href={httpUrl(claim.evidence_url)!} target="_blank" rel="noopener noreferrer nofollow">
                        {text("claims.link")}
                      </a>
                    )}
                  </div>
                </Table.Cell>
                <ReviewButtons accept={text("claims.accept")} reject={text("reject")} busy={busy === claim.id} onDecide={(status) => act(claim.id, `/admin/claims/${claim.id}/review`, { status })} />
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "genussnetz.provenance.menu",
  translationNs: "translation",
  icon: ShieldCheck,
})

export default ProvenanceReviewPage
