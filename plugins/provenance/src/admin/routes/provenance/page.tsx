import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { sdk } from "../../lib/sdk"

type WaitingLink = {
  id: string
  material: string
  step: string
  status: string
  supplier: { name: string }
  customer: { name: string }
}
type WaitingClaim = { id: string; label: string; type: string; issuer: string; control_body_code: string | null; producer: { name: string } }

/** Verify or reject one row. */
const ReviewButtons = ({ accept, busy, onDecide }: { accept: string; busy: boolean; onDecide: (status: "verified" | "rejected") => void }) => (
  <Table.Cell className="flex justify-end gap-x-2">
    <Button size="small" disabled={busy} onClick={() => onDecide("verified")}>
      {accept}
    </Button>
    <Button size="small" variant="secondary" disabled={busy} onClick={() => onDecide("rejected")}>
      Ablehnen
    </Button>
  </Table.Cell>
)

/**
 * The association's review desk: supply links their suppliers confirmed, waiting for
 * verification, and claims producers filed, waiting for review.
 */
const ProvenanceReviewPage = () => {
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
          <Heading level="h1">Lieferbeziehungen prüfen</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Vom Lieferanten bestätigt, warten auf die Prüfung durch den Verband ({links.length}).
          </Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Lieferant</Table.HeaderCell>
              <Table.HeaderCell>Material</Table.HeaderCell>
              <Table.HeaderCell>Abnehmer</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {links.map((link) => (
              <Table.Row key={link.id} data-supply-link={link.id}>
                <Table.Cell>{link.supplier.name}</Table.Cell>
                <Table.Cell>
                  {link.material} <Badge size="2xsmall">{link.step}</Badge>
                </Table.Cell>
                <Table.Cell>{link.customer.name}</Table.Cell>
                <ReviewButtons accept="Prüfen" busy={busy === link.id} onDecide={(status) => act(link.id, `/admin/supply-links/${link.id}/status`, { status })} />
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Nachweise prüfen</Heading>
          <Text size="small" className="text-ui-fg-subtle">Von Betrieben angegeben, noch ungeprüft ({claims.length}).</Text>
        </div>
        <Table>
          <Table.Body>
            {claims.map((claim) => (
              <Table.Row key={claim.id} data-claim={claim.id}>
                <Table.Cell>{claim.producer.name}</Table.Cell>
                <Table.Cell>
                  {claim.label}
                  {claim.control_body_code ? ` (${claim.control_body_code})` : ""}
                </Table.Cell>
                <Table.Cell>{claim.issuer}</Table.Cell>
                <ReviewButtons accept="Bestätigen" busy={busy === claim.id} onDecide={(status) => act(claim.id, `/admin/claims/${claim.id}/review`, { status })} />
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Herkunft prüfen",
  icon: ShieldCheck,
})

export default ProvenanceReviewPage
