/**
 * The shapes the store routes answer with: the HTTP contract of the provenance plugin.
 * The TypeScript types of the handlers and the storefront derive from these schemas, and
 * the integration tests parse real responses with them, so contract and code cannot drift.
 */
import { z } from "@medusajs/framework/zod"
import { PRODUCER_CRAFTS } from "@genussnetz/producers/http"
import { CLAIM_STATES } from "../../modules/provenance/claim-state"
import {
  CLAIM_TYPES,
  MEAT_SPECIES,
  PROCESSING_STEPS,
  SUPPLY_LINK_STATUSES,
} from "../../modules/provenance/provenance-vocabulary"

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

const Relation = z.strictObject({
  supply_link_id: z.string(),
  material: z.string(),
  step: z.enum(PROCESSING_STEPS),
  status: z.enum(SUPPLY_LINK_STATUSES),
  proven: z.boolean(),
  producer: z.object({ id: z.string(), handle: z.string(), name: z.string(), craft: z.enum(PRODUCER_CRAFTS), town: z.string() }),
})

/** A producer's place in the network: who supplies it, whom it supplies, what it claims. */
export const StoreProducerProvenance = z.strictObject({
  provenance: z.strictObject({
    producer_id: z.string(),
    suppliers: z.array(Relation),
    customers: z.array(Relation),
    claims: z.array(Claim.omit({ evidence_url: true })),
  }),
})
export type StoreProducerProvenanceType = z.infer<typeof StoreProducerProvenance>
