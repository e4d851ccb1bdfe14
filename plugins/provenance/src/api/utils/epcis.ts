import { createHash } from "node:crypto"
import type { ProductProvenance } from "./product-provenance"

/**
 * A product's chain as a GS1 EPCIS 2.0 JSON-LD document: an ObjectEvent `commissioning`
 * where each raw material arises (harvest, milking, …), an ObjectEvent `killing` for each
 * slaughter, and a TransformationEvent for each processing step that makes a product from
 * its inputs; the producers' locations as master data. Without GTINs and GLNs, products,
 * materials and locations are named by HTTP URIs under the network's identifier base.
 */
const EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"

const STEP_URI = (base: string, step: string) => `${base}/voc/bizstep/${step}`

/** CBV 2.0 `ni:` event ids: a hash of what makes the event this event. */
function eventId(parts: unknown[]) {
  const hash = createHash("sha256").update(JSON.stringify(parts)).digest("hex")
  return `ni:///sha-256;${hash}?ver=CBV2.0`
}

export function toEpcisDocument(provenance: ProductProvenance, { idBase, now = new Date() }: { idBase: string; now?: Date }) {
  const productUri = (id: string) => `${idBase}/product/${id}`
  const materialUri = (linkId: string) => `${idBase}/material/${linkId}`
  const locationUri = (producerId: string) => `${idBase}/location/${producerId}`
  const classOf = (nodeId: string) => {
    const node = provenance.nodes.find((n) => n.id === nodeId)!
    return node.kind === "product" ? productUri(node.product_id) : materialUri(node.supply_link_id)
  }
  const producerOfNode = new Map(provenance.nodes.map((n) => [n.id, n.producer]))
  const time = now.toISOString()
  const events: Record<string, unknown>[] = []

  for (const node of provenance.nodes) {
    if (node.kind !== "origin") continue
    const commissioned = [node.id, "commissioning"]
    events.push({
      type: "ObjectEvent",
      eventID: eventId(commissioned),
      eventTime: time,
      eventTimeZoneOffset: "+00:00",
      action: "ADD",
      bizStep: "commissioning",
      disposition: "active",
      quantityList: [{ epcClass: materialUri(node.supply_link_id) }],
      readPoint: { id: locationUri(node.producer.id) },
      bizLocation: { id: locationUri(node.producer.id) },
    })
  }

  // Edges into the same product form one transformation; a slaughter is also a killing.
  const inputsOf = new Map<string, typeof provenance.edges>()
  for (const edge of provenance.edges) inputsOf.set(edge.to, [...(inputsOf.get(edge.to) ?? []), edge])
  for (const [to, edges] of inputsOf) {
    const location = locationUri(producerOfNode.get(to)!.id)
    for (const edge of edges.filter((e) => e.step === "slaughter")) {
      events.push({
        type: "ObjectEvent",
        eventID: eventId([edge.id, "killing"]),
        eventTime: time,
        eventTimeZoneOffset: "+00:00",
        action: "DELETE",
        bizStep: "killing",
        quantityList: [{ epcClass: classOf(edge.from) }],
        readPoint: { id: location },
        bizLocation: { id: location },
        "gn:supplyLinkStatus": edge.status,
      })
    }
    const steps = [...new Set(edges.map((e) => e.step))]
    events.push({
      type: "TransformationEvent",
      eventID: eventId([to, edges.map((e) => e.id)]),
      eventTime: time,
      eventTimeZoneOffset: "+00:00",
      inputQuantityList: edges.map((edge) => ({ epcClass: classOf(edge.from), quantity: edge.share })),
      outputQuantityList: [{ epcClass: classOf(to) }],
      bizStep: steps.length === 1 ? STEP_URI(idBase, steps[0]) : "assembling",
      readPoint: { id: location },
      bizLocation: { id: location },
      "gn:inputs": edges.map((edge) => ({
        "gn:material": edge.material,
        "gn:step": edge.step,
        "gn:supplyLinkStatus": edge.status,
        "gn:proven": edge.proven,
        "gn:distanceKm": edge.distance_km,
      })),
    })
  }

  const producers = new Map(provenance.nodes.flatMap((n) => (n.producer ? [[n.producer.id, n.producer] as const] : [])))
  const mda = (name: string) => `urn:epcglobal:cbv:mda#${name}`
  return {
    "@context": [EPCIS_CONTEXT, { gn: `${idBase}/voc/` }],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: time,
    epcisHeader: {
      epcisMasterData: {
        vocabularyList: [
          {
            type: "urn:epcglobal:epcis:vtype:BusinessLocation",
            vocabularyElementList: [...producers.values()].map((producer) => ({
              id: locationUri(producer.id),
              attributes: [
                { id: mda("name"), attribute: producer.name },
                { id: mda("city"), attribute: producer.town },
                { id: mda("state"), attribute: producer.district },
                { id: mda("countryCode"), attribute: "DE" },
                { id: mda("latitude"), attribute: producer.latitude },
                { id: mda("longitude"), attribute: producer.longitude },
              ],
            })),
          },
          {
            type: "urn:epcglobal:epcis:vtype:EPCClass",
            vocabularyElementList: provenance.nodes.map((node) => ({
              id: node.kind === "product" ? productUri(node.product_id) : materialUri(node.supply_link_id),
              attributes: [
                {
                  id: mda("descriptionShort"),
                  attribute: node.kind === "product" ? provenance.products[node.product_id]?.title ?? node.product_id : node.material,
                },
              ],
            })),
          },
        ],
      },
    },
    epcisBody: { eventList: events },
  }
}
