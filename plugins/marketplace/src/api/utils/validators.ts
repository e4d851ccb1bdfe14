import { z } from "@medusajs/framework/zod"
import { compactIban, ibanProblem, ORDER_PART_STATUSES, VAT_STATUSES, vatIdProblem } from "../../modules/ledger"

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
/** A calendar day written YYYY-MM-DD between 2000 and 2099 that exists (no 2026-02-30). */
export const calendarDay = z
  .string()
  .regex(DAY, "must be a day written YYYY-MM-DD")
  .refine((value) => {
    const match = DAY.exec(value)
    // Not written YYYY-MM-DD: the regex above says so already.
    if (!match) return true
    const [, year, month, day] = match.map(Number)
    const date = new Date(Date.UTC(year, month - 1, day))
    return year >= 2000 && year <= 2099 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  }, "must be a real day between 2000 and 2099")

/** The longest period one statement covers: a year (and a day for leap years). */
const MAX_DAYS = 366

/** A payout period (both days included) and the answer's format. */
export const PayoutPeriod = z
  .object({ from: calendarDay, to: calendarDay, format: z.enum(["json", "csv"]).default("json") })
  .strict()
  .refine(({ from, to }) => from <= to, { message: "from must not be after to", path: ["to"] })
  .refine(({ from, to }) => (Date.parse(to) - Date.parse(from)) / 86_400_000 < MAX_DAYS, { message: `a period covers at most ${MAX_DAYS} days`, path: ["to"] })
export type PayoutPeriodType = z.infer<typeof PayoutPeriod>

const id = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_]+$/, "must be an id")

/**
 * A payout run: pays what producers are owed for entries written up to the end of `until`
 * (a day that has begun: money for sales of the future is not owed yet), all producers or the
 * ones named.
 */
export const PayoutRunBody = z
  .object({
    until: calendarDay.refine((day) => day <= new Date().toISOString().slice(0, 10), "must not be after today"),
    producer_ids: z.array(id).min(1).max(500).optional(),
  })
  .strict()
export type PayoutRunBodyType = z.infer<typeof PayoutRunBody>

/** An action on an order part that needs no more than the part's id. */
export const OrderPartActionBody = z.object({}).strict()

/** Shipping a delivery or parcel part: the parcel's tracking number and page, if it has them. */
export const ShipOrderPartBody = z
  .object({
    tracking_number: z.string().trim().min(1).max(100).optional(),
    tracking_url: z
      .string()
      .max(500)
      .url()
      .refine((url) => /^https?:\/\//i.test(url), "must be an http(s) address")
      .optional(),
  })
  .strict()
  .refine(({ tracking_number, tracking_url }) => !tracking_url || tracking_number, {
    message: "a tracking page needs its tracking number",
    path: ["tracking_number"],
  })
export type ShipOrderPartBodyType = z.infer<typeof ShipOrderPartBody>

/** Refunding a part: an amount in the order's currency (12.5 = 12,50 €), whole cents; none gives back all that remains. */
export const RefundOrderPartBody = z
  .object({
    amount: z
      .number()
      .positive()
      .max(1_000_000)
      .refine((amount) => Math.abs(Math.round(amount * 100) - amount * 100) < 1e-6, "must be in whole cents")
      .optional(),
  })
  .strict()
export type RefundOrderPartBodyType = z.infer<typeof RefundOrderPartBody>

/** A page of a list: at most 100 at once, 20 unless asked. */
export const pageParams = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}

/** The association's list of order parts: of one order or one producer, newest first. */
export const AdminGetOrderPartsParams = z
  .object({
    order_id: z.string().trim().min(1).max(100).optional(),
    producer_id: z.string().trim().min(1).max(100).optional(),
    status: z.enum(ORDER_PART_STATUSES).optional(),
    ...pageParams,
  })
  .strict()
export type AdminGetOrderPartsParamsType = z.infer<typeof AdminGetOrderPartsParams>

/**
 * A check by the bank account's own rules; its message names the field, as Medusa's validator
 * answers a custom issue with its message alone.
 */
const withProblem = (field: string, problem: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const message = problem(value)
  if (message) ctx.addIssue({ code: "custom", message: `${field} ${message}` })
}

/**
 * A producer's payee details, as the producer (its owner) or the association types them: the
 * bank account a transfer goes to (holder as the SEPA transfer names it, at most 70 characters;
 * the IBAN with or without spaces), its VAT status and VAT id. null clears a field.
 */
export const payeeDetailFields = {
  account_holder: z.string().trim().min(2).max(70).nullable().optional(),
  iban: z.string().max(50).transform(compactIban).superRefine(withProblem("iban", ibanProblem)).nullable().optional(),
  vat_status: z.enum(VAT_STATUSES).optional(),
  vat_id: z.string().max(20).transform(compactIban).superRefine(withProblem("vat_id", vatIdProblem)).nullable().optional(),
}
