import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { mailLocale, sendMails } from "../mail"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { passwordResetMail } from "../notifications/onboarding"

type PasswordReset = { entity_id: string; actor_type: string; token: string; metadata?: { locale?: unknown } }

/**
 * `POST /auth/producer/emailpass/reset-password { identifier, metadata: { locale } }` makes Medusa
 * sign a reset token (15 minutes) for any address and emit this event; it answers the same for
 * every address, so nobody learns who has a login. The mail with the link to the portal's
 * new-password page goes only to members of a producer's team.
 */
export default async function producerPasswordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id: email, actor_type, token, metadata } = event.data
  if (actor_type !== "producer") return
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const [member] = await producers.listProducerMembers({ email: email.toLowerCase() }, { select: ["id", "email"] })
  if (!member) return
  const tokenHash = createHash("sha256").update(token).digest("hex").slice(0, 32)
  await sendMails(container, [
    {
      to: member.email,
      template: "producer-password-reset",
      idempotency_key: `producer-password-reset-${tokenHash}`,
      content: passwordResetMail(mailLocale(typeof metadata?.locale === "string" ? metadata.locale : null), token),
      resource_type: "producer_member",
      resource_id: member.id,
      trigger_type: AuthWorkflowEvents.PASSWORD_RESET,
    },
  ])
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
