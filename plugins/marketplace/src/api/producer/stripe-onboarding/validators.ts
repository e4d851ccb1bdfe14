import { z } from "@medusajs/framework/zod"

/** Which language's payouts page Stripe sends the owner back to. */
export const ProducerStartStripeOnboarding = z.object({ locale: z.enum(["de", "en"]).default("de") }).strict()
export type ProducerStartStripeOnboardingType = z.infer<typeof ProducerStartStripeOnboarding>
