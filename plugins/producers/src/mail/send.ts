import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MailContent } from "./types"

export type OutgoingMail = {
  to: string
  /** Which of our templates wrote it (kept on Medusa's notification record). */
  template: string
  /** One mail per key, ever: an event delivered twice finds the key taken and sends nothing. */
  idempotency_key: string
  content: MailContent
  /** The record it is about (Medusa's notification keeps both): "order", "order_part", "producer_application", … */
  resource_type: string
  resource_id: string
  /** The event that caused it. */
  trigger_type: string
}

/**
 * Sends rendered mails through Medusa's Notification Module on channel `email` — to whichever
 * provider medusa-config.ts registers for it (the mail folder by default). The module records
 * each notification and skips a key it has already sent (or is sending).
 */
export async function sendMails(container: MedusaContainer, mails: OutgoingMail[]) {
  if (!mails.length) return
  const notifications = container.resolve(Modules.NOTIFICATION)
  try {
    await notifications.createNotifications(
      mails.map(({ content, ...mail }) => ({ ...mail, channel: "email", content, data: { subject: content.subject } }))
    )
  } catch (error) {
    // The same event delivered twice at the same moment: the other delivery took the keys first
    // (the module's idempotency key is unique) and sends these mails; this one sent none of them.
    const keys = mails.map((mail) => mail.idempotency_key)
    // The module filters by any of its fields; its filter type leaves this one out.
    const byKey = { idempotency_key: keys } as Parameters<typeof notifications.listNotifications>[0]
    const taken = await notifications.listNotifications(byKey, { select: ["idempotency_key", "status"] })
    if (taken.length < keys.length || taken.some((notification) => notification.status === "failure")) throw error
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Mails ${keys.join(", ")} are sent by another delivery of the same event`)
  }
}
