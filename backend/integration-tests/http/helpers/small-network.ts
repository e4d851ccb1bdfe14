import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createLinksWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { createProducerLoginWorkflow, createProducersWorkflow } from "@genussnetz/producers/workflows"
import {
  createClaimsWorkflow,
  createProductInputsWorkflow,
  createSupplyLinksWorkflow,
  reviewClaimWorkflow,
  transitionSupplyLinkWorkflow,
} from "@genussnetz/provenance/workflows"
import { loginAssociationAdmin, type Headers } from "./http"


/** Text that belongs to the producers and the association, never to the shop. */
export const PRIVATE = {
  draftTitle: "Geheimes Rezeptbrot (Entwurf)",
  statusNote: "Interne Notiz: Lieferant liefert nicht mehr",
  rejectedClaimLabel: "Abgelehntes Siegel",
  rejectedEvidence: "https://intern.genussnetz.test/abgelehnt.pdf",
  // Not shown to shoppers until checked: a link its supplier has not confirmed, a claim the
  // association has not verified.
  declaredMaterial: "Unbestätigter Grünkern",
  pendingClaimLabel: "Ungeprüftes Siegel",
}

export type SmallNetwork = {
  store: Headers
  admin: Headers
  /** The bakery's login (the customer of both supply links). */
  bakery: Headers
  ids: {
    mill: string
    bakery: string
    flour: string
    bread: string
    draft: string
    /** Confirmed by the mill: the bread's flour comes through it. */
    confirmedLink: string
    /** Declared by the bakery, not confirmed: the bread names a raw material through it. */
    declaredLink: string
    rejectedLink: string
    input: string
    verifiedClaim: string
    pendingClaim: string
    rejectedClaim: string
  }
  handles: { mill: string; bakery: string }
}

const town = { town: "Bamberg", district: "Bamberg", latitude: 49.8917, longitude: 10.8917 }

/**
 * The few records the store, admin and producer routes need — a mill supplying a bakery,
 * a published and a draft product, a confirmed, a declared and a rejected supply link, a
 * verified, a pending and a rejected claim — written through the same workflows the routes
 * and the seed use.
 * Seconds instead of the full network's minutes.
 */
export async function buildSmallNetwork(container: any, api: any): Promise<SmallNetwork> {
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Test-Shop" }] },
  })
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test-Shop", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [channels[0].id] } })

  const { result: producers } = await createProducersWorkflow(container).run({
    input: {
      producers: [
        { handle: "testmuehle", name: "Testmühle", craft: "mill" as const, story: "Eine erfundene Mühle.", ...town },
        { handle: "testbaeckerei", name: "Testbäckerei", craft: "bakery" as const, story: "Eine erfundene Bäckerei.", ...town },
      ],
    },
  })
  const [mill, bakery] = producers
  // One option and variant each: Medusa creates no product without options.
  const inShop = {
    sales_channels: [{ id: channels[0].id }],
    options: [{ title: "Menge", values: ["1 Stück"] }],
    variants: [{ title: "1 Stück", options: { Menge: "1 Stück" }, prices: [{ amount: 5, currency_code: "eur" }], manage_inventory: false }],
  }
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        { title: "Roggenmehl", handle: "test-roggenmehl", status: "published" as const, ...inShop },
        { title: "Roggenbrot", handle: "test-roggenbrot", status: "published" as const, ...inShop },
        { title: PRIVATE.draftTitle, handle: "test-entwurf", status: "draft" as const, ...inShop },
      ],
    },
  })
  const [flour, bread, draft] = products
  await createLinksWorkflow(container).run({
    input: [
      [mill, flour],
      [bakery, bread],
      [bakery, draft],
    ].map(([producer, product]) => ({
      producer: { producer_id: producer.id },
      [Modules.PRODUCT]: { product_id: product.id },
    })),
  })

  const { result: links } = await createSupplyLinksWorkflow(container).run({
    input: {
      supply_links: [
        { supplier_id: mill.id, customer_id: bakery.id, material: "Roggenmehl", step: "bake" as const },
        { supplier_id: mill.id, customer_id: bakery.id, material: "Dinkelmehl", step: "bake" as const },
        { supplier_id: mill.id, customer_id: bakery.id, material: PRIVATE.declaredMaterial, step: "bake" as const },
      ],
    },
  })
  await transitionSupplyLinkWorkflow(container).run({
    input: { id: links[0].id, to: "confirmed", actor: { type: "producer", producer_id: mill.id } },
  })
  await transitionSupplyLinkWorkflow(container).run({
    input: { id: links[1].id, to: "rejected", note: PRIVATE.statusNote, actor: { type: "producer", producer_id: mill.id } },
  })
  const { result: inputs } = await createProductInputsWorkflow(container).run({
    input: {
      product_inputs: [
        { product_id: bread.id, supply_link_id: links[0].id, input_product_id: flour.id },
        { product_id: bread.id, supply_link_id: links[2].id, input_product_id: null },
      ],
    },
  })

  const { result: claims } = await createClaimsWorkflow(container).run({
    input: {
      claims: [
        { producer_id: bakery.id, type: "regional_verified" as const, label: "Regional geprüft", issuer: "Testverband", valid_from: new Date("2025-01-01") },
        {
          producer_id: bakery.id,
          type: "demeter" as const,
          label: PRIVATE.rejectedClaimLabel,
          issuer: "Testverband",
          evidence_url: PRIVATE.rejectedEvidence,
          valid_from: new Date("2025-01-01"),
        },
        { producer_id: bakery.id, type: "bioland" as const, label: PRIVATE.pendingClaimLabel, issuer: "Testverband", valid_from: new Date("2025-01-01") },
      ],
    },
  })
  await reviewClaimWorkflow(container).run({ input: { id: claims[0].id, status: "verified" } })
  await reviewClaimWorkflow(container).run({ input: { id: claims[1].id, status: "rejected" } })

  const admin = await loginAssociationAdmin(container, api)

  const bakeryLogin = { email: "baeckerei@genussnetz.test", password: "baeckerei-passwort-1" }
  await createProducerLoginWorkflow(container).run({ input: { producer_id: bakery.id, ...bakeryLogin } })
  const bakeryToken = (await api.post("/auth/producer/emailpass", bakeryLogin)).data.token

  return {
    store: { headers: { "x-publishable-api-key": keys[0].token } },
    admin,
    bakery: { headers: { authorization: `Bearer ${bakeryToken}` } },
    ids: {
      mill: mill.id,
      bakery: bakery.id,
      flour: flour.id,
      bread: bread.id,
      draft: draft.id,
      confirmedLink: links[0].id,
      declaredLink: links[2].id,
      rejectedLink: links[1].id,
      input: inputs[0].id,
      verifiedClaim: claims[0].id,
      pendingClaim: claims[2].id,
      rejectedClaim: claims[1].id,
    },
    handles: { mill: mill.handle, bakery: bakery.handle },
  }
}
