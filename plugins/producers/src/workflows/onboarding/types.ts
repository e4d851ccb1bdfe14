import type { ProducerCraft } from "../../modules/producer"
import type { MemberRole } from "../../modules/producer/vocabulary"
import type { MailLocale } from "../../mail"

export type ApplicationInput = {
  business_name: string
  craft: ProducerCraft
  town: string
  postal_code: string
  contact_name: string
  email: string
  phone?: string | null
  about: string
  locale: MailLocale
}

/** What the association adds to an application when it approves it: where the business is. */
export type ApprovalInput = {
  application_id: string
  handle?: string
  district: string
  latitude: number
  longitude: number
}

export type InvitationInput = { producer_id: string; email: string; role: MemberRole; locale: MailLocale }
