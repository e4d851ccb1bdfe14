/**
 * The rules of a post on the cooperation board, enforced by the workflow (so every route and
 * any script obey them) and reused by the producer route's validator.
 */
import { z } from "@medusajs/framework/zod"
import { PRODUCER_CRAFTS } from "@genussnetz/producers/modules/producer"
import { PROCESSING_STEPS } from "@genussnetz/provenance/modules/provenance"
import { DEFAULT_POST_RADIUS_KM, POST_KINDS, QUANTITY_RHYTHMS, QUANTITY_UNITS } from "../../modules/cooperation/vocabulary"

/** How long a post may stand: the board shows what is open now, not plans for years. */
export const LONGEST_WINDOW_DAYS = 730

// A day as the form sends it (2027-03-01), or the moment a route's validator made of it (a Date,
// an ISO time once the workflow engine has stored its input); bounded so a probe
// ("-271821-04-20") is a 400 naming the field, not a date PostgreSQL refuses.
const day = z
  .union([z.string().trim().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$/, "Expected a day such as 2027-03-01"), z.date()], {
    error: () => "Expected a day such as 2027-03-01",
  })
  .pipe(
    z.coerce
      .date<string | Date>({ error: () => "Expected a day such as 2027-03-01" })
      .min(new Date("2000-01-01T00:00:00Z"), { error: () => "Days before 2000 are not accepted" })
      .max(new Date("2200-12-31T00:00:00Z"), { error: () => "Days after 2200 are not accepted" })
  )

export const COOPERATION_POST_SHAPE = {
  kind: z.enum(POST_KINDS),
  material: z.string().trim().min(1).max(80),
  craft: z.enum(PRODUCER_CRAFTS).nullish(),
  step: z.enum(PROCESSING_STEPS),
  quantity: z.number({ error: () => "Expected a quantity above 0" }).gt(0, { error: () => "The quantity must be above 0" }).max(1e7),
  unit: z.enum(QUANTITY_UNITS),
  rhythm: z.enum(QUANTITY_RHYTHMS).default("once"),
  available_from: day,
  available_until: day,
  radius_km: z.number().min(1).max(300).default(DEFAULT_POST_RADIUS_KM),
  note: z.string().trim().max(1000).nullish(),
}

type PostFields = { kind: string; craft?: string | null; available_from: Date; available_until: Date }
const isDay = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime())

/**
 * A post's rules beyond its fields: the window starts before it ends, has not ended, and lasts
 * at most two years from today; only a need asks for a craft. Each rule looks only at fields
 * that parsed (zod runs them beside the fields' own issues).
 */
export const withPostRules = <T extends z.ZodType<PostFields>>(schema: T) =>
  schema
    .refine((post) => !isDay(post.available_from) || !isDay(post.available_until) || post.available_from < post.available_until, {
      message: "available_until must be after available_from",
      path: ["available_until"],
    })
    .refine((post) => !isDay(post.available_until) || post.available_until.getTime() > Date.now(), {
      message: "The window has already passed: available_until must be in the future",
      path: ["available_until"],
    })
    .refine((post) => !isDay(post.available_until) || post.available_until.getTime() <= Date.now() + LONGEST_WINDOW_DAYS * 86_400_000, {
      message: `A post stands at most ${LONGEST_WINDOW_DAYS} days from today`,
      path: ["available_until"],
    })
    .refine((post) => post.kind === "need" || !post.craft, { message: "Only a need asks for a craft", path: ["craft"] })

export const CooperationPostInput = withPostRules(z.object({ producer_id: z.string().trim().min(1).max(100), ...COOPERATION_POST_SHAPE }).strict())
export type CooperationPostInputType = z.infer<typeof CooperationPostInput>
