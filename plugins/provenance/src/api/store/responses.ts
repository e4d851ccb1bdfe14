/**
 * The shapes the store routes answer with: the HTTP contract of the provenance plugin.
 * The TypeScript types of the handlers and the storefront derive from these schemas, and
 * the integration tests parse real responses with them, so contract and code cannot drift.
 */
import { z } from "@medusajs/framework/zod"
import { CLAIM_STATES } from "../../modules/producer/claim-state"
import { PRODUCER_CRAFTS } from "../../modules/producer/crafts"
import {
  CLAIM_TYPES,
  MEAT_SPECIES,
  PROCESSING_STEPS,
  SUPPLY_LINK_STATUSES,
} from "../../modules/producer/provenance-vocabulary"

const ChainProducer = z.object({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  craft: z.enum(PRODUCER_CRAFTS),
  town: z.string(),
  district: z.string(),
  latitude: z.number(),
  longitude: z.number(),
})

const ClaimStateSchema = z.enum(CLAIM_STATES)

const Claim = z.object({
  id: z.string(),
  type: z.enum(CLAIM_TYPES),
  label: z.string(),
  issuer: z.string(),
  control_body_code: z.string().nullable(),
  evidence_url: z.string().nullable(),
  valid_from: z.string(),
  valid_until: z.string().nullable(),
  state: ClaimStateSchema,
  producer_id: z.string(),
  product_id: z.string().nullable(),
})

export const StoreProductProvenance = z.strictObject({
  product_id: z.string(),
  nodes: z.array(
    z.discriminatedUnion("kind", [
      z.strictObject({ id: z.string(), kind: z.literal("product"), product_id: z.string(), producer: ChainProducer.nullable(), regional: z.boolean() }),
      z.strictObject({ id: z.string(), kind: z.literal("origin"), supply_link_id: z.string(), material: z.string(), producer: ChainProducer, regional: z.boolean() }),
    ])
  ),
  edges: z.array(
    z.strictObject({
      id: z.string(),
      from: z.string(),
      to: z.string(),
      supply_link_id: z.string(),
      material: z.string(),
      step: z.enum(PROCESSING_STEPS),
      status: z.enum(SUPPLY_LINK_STATUSES),
      proven: z.boolean(),
      share: z.number().min(0).max(1),
      share_declared: z.boolean(),
      distance_km: z.number().min(0),
    })
  ),
  figures: z.strictObject({
    depth: z.number().int().min(0),
    farms: z.number().int().min(0),
    producers: z.number().int().min(0),
    food_km: z.number().min(0),
    regional_share: z.number().min(0).max(1),
    proven_share: z.number().min(0).max(1).nullable(),
  }),
  region: z.strictObject({ name: z.string(), radius_km: z.number() }),
  products: z.record(z.string(), z.strictObject({ id: z.string(), handle: z.string(), title: z.string(), thumbnail: z.string().nullable() })),
  claims: z.array(Claim),
  meat_origin: z
    .strictObject({
      species: z.enum(MEAT_SPECIES),
      born_in: z.string().nullable(),
      reared_in: z.string(),
      slaughtered_in: z.string(),
      slaughterhouse_approval_number: z.string().nullable(),
      reference_number: z.string().nullable(),
    })
    .nullable(),
})
export type StoreProductProvenanceType = z.infer<typeof StoreProductProvenance>

const ProducerSummary = z.object({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  craft: z.enum(PRODUCER_CRAFTS),
  tagline: z.string().nullable(),
  town: z.string(),
  district: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  farm_shop: z.boolean(),
  pickup: z.boolean(),
})

export const StoreProducerList = z.strictObject({
  producers: z.array(ProducerSummary),
  count: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
})
export type StoreProducerListType = z.infer<typeof StoreProducerList>

const Relation = z.strictObject({
  supply_link_id: z.string(),
  material: z.string(),
  step: z.enum(PROCESSING_STEPS),
  status: z.enum(SUPPLY_LINK_STATUSES),
  proven: z.boolean(),
  producer: z.object({ id: z.string(), handle: z.string(), name: z.string(), craft: z.enum(PRODUCER_CRAFTS), town: z.string() }),
})

export const StoreProducerDetail = z.strictObject({
  producer: ProducerSummary.extend({
    story: z.string(),
    postal_code: z.string().nullable(),
    website: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    opening_hours: z.array(z.object({ day: z.number().int().min(1).max(7), opens: z.string(), closes: z.string() })).nullable(),
    products: z.array(z.object({ id: z.string(), handle: z.string(), title: z.string(), subtitle: z.string().nullable(), thumbnail: z.string().nullable(), status: z.literal("published") })),
    suppliers: z.array(Relation),
    customers: z.array(Relation),
    claims: z.array(Claim.omit({ evidence_url: true })),
  }),
})
export type StoreProducerDetailType = z.infer<typeof StoreProducerDetail>
