/**
 * The domain rules of provenance data, enforced by the workflows (so the seed and every
 * route obey them) and reused by the routes' validators for their request bodies.
 */
import { z } from "@medusajs/framework/zod"
import {
  CLAIM_TYPES,
  PROCESSING_STEPS,
} from "../../modules/provenance/provenance-vocabulary"

const id = z.string().trim().min(1).max(100)
const text = (max: number) => z.string().trim().min(1).max(max)
/**
 * A date of a provenance record: certificates, deliveries. Bounded to years no record can
 * leave, so a typo or a probe ("-271821-04-20") is a 400 naming the field instead of a date
 * PostgreSQL refuses to store (a 500). Every date field of the plugin uses it.
 */
const EARLIEST_DATE = new Date("1900-01-01T00:00:00Z")
const LATEST_DATE = new Date("2200-12-31T23:59:59Z")
// Only a date's text (or a Date in workflow input) is read as a date: coercing anything else
// turned `false` or `0` into 1 January 1970.
const boundedDate = z
  .union([z.string().trim().min(1), z.date()], { error: () => "Expected a date such as 2026-05-01" })
  .pipe(
    z.coerce
      .date<string | Date>({ error: () => "Expected a date such as 2026-05-01" })
      .min(EARLIEST_DATE, { error: () => "Dates before 1900 are not accepted" })
      .max(LATEST_DATE, { error: () => "Dates after 2200 are not accepted" })
  )

/** ISO 3166-1 alpha-2 or a country name, as labels print it. */
const country = z.string().trim().min(2).max(60)

/** Field shapes, for routes whose bodies leave out what the actor implies. */
export const SUPPLY_LINK_SHAPE = {
  supplier_id: id,
  customer_id: id,
  material: text(80),
  step: z.enum(PROCESSING_STEPS),
  volume_per_year: z.number().positive().max(1e9).nullish(),
  volume_unit: text(20).nullish(),
  since: boundedDate.nullish(),
  until: boundedDate.nullish(),
}

export const SupplyLinkInput = z
  .object(SUPPLY_LINK_SHAPE)
  .strict()
  .refine((link) => link.supplier_id !== link.customer_id, {
    message: "A producer cannot supply itself",
    path: ["supplier_id"],
  })
  .refine((link) => !link.since || !link.until || link.since < link.until, {
    message: "until must be after since",
    path: ["until"],
  })
export type SupplyLinkInputType = z.infer<typeof SupplyLinkInput>

export const PRODUCT_INPUT_SHAPE = {
  product_id: id,
  supply_link_id: id,
  input_product_id: id.nullish(),
  share: z.number().gt(0).max(1).nullish(),
}

export const ProductInputInput = z
  .object(PRODUCT_INPUT_SHAPE)
  .strict()
  .refine((input) => input.product_id !== input.input_product_id, {
    message: "A product cannot be its own input",
    path: ["input_product_id"],
  })
export type ProductInputInputType = z.infer<typeof ProductInputInput>

/** EU organic control bodies are coded CC-ÖKO-NNN (DE-ÖKO-006; AT-BIO-301 in Austria). */
const CONTROL_BODY_CODE = /^[A-Z]{2}-(ÖKO|OEKO|BIO|ECO|ORG)-\d{3}$/

export const CLAIM_SHAPE = {
  producer_id: id,
  product_id: id.nullish(),
  type: z.enum(CLAIM_TYPES),
  label: text(120),
  control_body_code: z.string().trim().regex(CONTROL_BODY_CODE, "Expected a control body code like DE-ÖKO-006").nullish(),
  issuer: text(120),
  evidence_url: z.url({ protocol: /^https?$/ }).max(500).nullish(),
  valid_from: boundedDate,
  valid_until: boundedDate.nullish(),
}

export const ClaimInput = z
  .object(CLAIM_SHAPE)
  .strict()
  .refine((claim) => claim.type !== "eu_organic" || !!claim.control_body_code, {
    message: "An EU organic claim needs the control body code (e.g. DE-ÖKO-006)",
    path: ["control_body_code"],
  })
  .refine((claim) => !claim.valid_until || claim.valid_until > claim.valid_from, {
    message: "valid_until must be after valid_from",
    path: ["valid_until"],
  })
export type ClaimInputType = z.infer<typeof ClaimInput>

const originBase = { product_id: id, reared_in: country, slaughtered_in: country }
const beefOrigin = {
  born_in: country,
  slaughterhouse_approval_number: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}[ -]?[A-Z]{0,2}[ -]?\d{3,6}( ?EG| ?EC| ?CE)?$/, "Expected an approval number like DE BY 12345 EG"),
  reference_number: text(60),
}

/**
 * What a meat label must say, by species: pig, sheep, goat and poultry need "reared in"
 * and "slaughtered in" (Reg. (EU) 1337/2013); beef also "born in", the slaughterhouse's
 * approval number and a reference number linking the meat to its animal(s)
 * (Reg. (EC) 1760/2000).
 */
const meatOriginUnion = <T extends Record<string, z.ZodType>>(base: T) =>
  z.discriminatedUnion("species", [
    z.object({ ...base, species: z.enum(["pig", "sheep", "goat", "poultry"]) }).strict(),
    z.object({ ...base, ...beefOrigin, species: z.literal("beef") }).strict(),
  ])

export const MeatOriginInput = meatOriginUnion(originBase)
/** The same rules for a body whose product comes from the URL. */
export const MeatOriginBody = meatOriginUnion({ reared_in: country, slaughtered_in: country })
export type MeatOriginInputType = z.infer<typeof MeatOriginInput>

export { parseOrThrow } from "@genussnetz/producers/api-utils"
