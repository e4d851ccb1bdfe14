import { mailLocale, renderMail, storefrontUrl, type MailContent, type MailLocale, type OutgoingMail } from "../mail"
import type { MemberRole } from "../modules/producer/vocabulary"

/** The portal's pages the mails link to, per language (the storefront's `features/portal`). */
export const PORTAL_PATHS = {
  de: { invitation: "/portal/einladung/", newPassword: "/portal/passwort-neu", login: "/portal/anmelden" },
  en: { invitation: "/en/portal/invitation/", newPassword: "/en/portal/new-password", login: "/en/portal/login" },
} as const

const DATE: Record<MailLocale, string> = { de: "de-DE", en: "en-GB" }
const day = (locale: MailLocale, at: Date) =>
  new Intl.DateTimeFormat(DATE[locale], { dateStyle: "long", timeZone: "Europe/Berlin" }).format(at)

/** Every phrase of the onboarding mails, German first. */
const TEXTS = {
  de: {
    received: {
      subject: "Ihre Bewerbung bei genussnetz ist eingegangen",
      body: (business: string) =>
        `vielen Dank für die Bewerbung von ${business}. Der Verein prüft sie und antwortet Ihnen per E-Mail; das dauert meist wenige Tage.`,
    },
    rejected: {
      subject: "Ihre Bewerbung bei genussnetz",
      body: (business: string) => `der Verein hat die Bewerbung von ${business} leider abgelehnt. Die Begründung:`,
      again: "Wenn sich daran etwas ändert, können Sie sich jederzeit erneut bewerben.",
    },
    invitation: {
      subject: (producer: string) => `Ihr Zugang zu genussnetz für ${producer}`,
      body: (producer: string, role: MemberRole) =>
        role === "owner"
          ? `${producer} ist jetzt Mitglied von genussnetz. Mit dem folgenden Link legen Sie Ihr Passwort fest und kommen in Ihr Erzeugerportal: dort pflegen Sie Ihre Produkte, Lieferanten und Bestellungen.`
          : `Sie wurden in das Team von ${producer} bei genussnetz eingeladen. Mit dem folgenden Link legen Sie Ihr Passwort fest und kommen in das Erzeugerportal.`,
      link: "Passwort festlegen",
      expires: (until: string) => `Der Link gilt einmal und bis zum ${until}. Danach bitten Sie um eine neue Einladung.`,
    },
    reset: {
      subject: "Neues Passwort für Ihr genussnetz-Erzeugerportal",
      body: "für Ihren Zugang zum Erzeugerportal wurde ein neues Passwort angefordert. Mit dem folgenden Link legen Sie es fest; er gilt 15 Minuten.",
      link: "Neues Passwort festlegen",
      ignore: "Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.",
    },
    greeting: (name: string) => (name ? `Guten Tag ${name},` : "Guten Tag,"),
  },
  en: {
    received: {
      subject: "Your application to genussnetz has arrived",
      body: (business: string) =>
        `thank you for applying with ${business}. The association reviews it and answers you by e-mail, usually within a few days.`,
    },
    rejected: {
      subject: "Your application to genussnetz",
      body: (business: string) => `the association has, unfortunately, turned down the application of ${business}. Its reason:`,
      again: "If anything changes, you are welcome to apply again at any time.",
    },
    invitation: {
      subject: (producer: string) => `Your genussnetz access for ${producer}`,
      body: (producer: string, role: MemberRole) =>
        role === "owner"
          ? `${producer} is now a member of genussnetz. Use the link below to set your password and enter your producer portal, where you look after your products, suppliers and orders.`
          : `You have been invited to the team of ${producer} at genussnetz. Use the link below to set your password and enter the producer portal.`,
      link: "Set your password",
      expires: (until: string) => `The link works once and until ${until}. After that, ask for a new invitation.`,
    },
    reset: {
      subject: "A new password for your genussnetz producer portal",
      body: "a new password was requested for your producer portal login. Use the link below to set it; it works for 15 minutes.",
      link: "Set a new password",
      ignore: "If you did not ask for this, ignore this e-mail: your password stays as it is.",
    },
    greeting: (name: string) => (name ? `Dear ${name},` : "Hello,"),
  },
} satisfies Record<MailLocale, unknown>

export function applicationReceivedMail(locale: MailLocale, application: { contact_name: string; business_name: string }): MailContent {
  const texts = TEXTS[locale]
  return renderMail({
    locale,
    subject: texts.received.subject,
    blocks: [
      { kind: "paragraph", text: texts.greeting(application.contact_name) },
      { kind: "paragraph", text: texts.received.body(application.business_name) },
    ],
  })
}

export function applicationRejectedMail(
  locale: MailLocale,
  application: { contact_name: string; business_name: string; rejection_reason: string }
): MailContent {
  const texts = TEXTS[locale]
  return renderMail({
    locale,
    subject: texts.rejected.subject,
    blocks: [
      { kind: "paragraph", text: texts.greeting(application.contact_name) },
      { kind: "paragraph", text: texts.rejected.body(application.business_name) },
      { kind: "paragraph", text: application.rejection_reason },
      { kind: "paragraph", text: texts.rejected.again },
    ],
  })
}

export function invitationMail(
  locale: MailLocale,
  invitation: { producer_name: string; role: MemberRole; token: string; expires_at: Date; name?: string }
): MailContent {
  const texts = TEXTS[locale]
  return renderMail({
    locale,
    subject: texts.invitation.subject(invitation.producer_name),
    blocks: [
      { kind: "paragraph", text: texts.greeting(invitation.name ?? "") },
      { kind: "paragraph", text: texts.invitation.body(invitation.producer_name, invitation.role) },
      { kind: "link", label: texts.invitation.link, href: storefrontUrl(PORTAL_PATHS[locale].invitation + encodeURIComponent(invitation.token)) },
      { kind: "paragraph", text: texts.invitation.expires(day(locale, invitation.expires_at)) },
    ],
  })
}

export function passwordResetMail(locale: MailLocale, token: string): MailContent {
  const texts = TEXTS[locale]
  return renderMail({
    locale,
    subject: texts.reset.subject,
    blocks: [
      { kind: "paragraph", text: texts.greeting("") },
      { kind: "paragraph", text: texts.reset.body },
      { kind: "link", label: texts.reset.link, href: storefrontUrl(`${PORTAL_PATHS[locale].newPassword}?token=${encodeURIComponent(token)}`) },
      { kind: "paragraph", text: texts.reset.ignore },
    ],
  })
}

/** The invitation's mail as it is sent: one per invitation, whoever invited (an approval, an owner). */
export function invitationOutgoingMail(
  invitation: { id: string; email: string; role: MemberRole; locale: string; expires_at: Date | string },
  { token, producer_name, name, trigger_type }: { token: string; producer_name: string; name?: string; trigger_type: string }
): OutgoingMail {
  return {
    to: invitation.email,
    template: "producer-invitation",
    idempotency_key: `producer-invitation-${invitation.id}`,
    content: invitationMail(mailLocale(invitation.locale), { producer_name, role: invitation.role, token, expires_at: new Date(invitation.expires_at), name }),
    resource_type: "producer_invitation",
    resource_id: invitation.id,
    trigger_type,
  }
}
