/**
 * Mails of every genussnetz plugin: HTML written safely (`html`), a mail as blocks rendered to
 * subject, text and HTML (`renderMail`), the formats they share, and sending through Medusa's
 * Notification Module with one mail per idempotency key (`sendMails`). Templates live with the
 * plugin whose events they tell of.
 */
export { escapeHtml, html, SafeHtml } from "./html"
export { renderMail, type Block, type Mail } from "./render"
export { addressLines, hoursLines, mailLocale, money, storefrontUrl } from "./format"
export { sendMails, type OutgoingMail } from "./send"
export type { MailAddress, MailContent, MailItem, MailLocale } from "./types"
