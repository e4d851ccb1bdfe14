/** The marketplace's mails: templates (plain functions returning subject, text and HTML), their data, and sending. */
export { loadOrderMail } from "./load"
export { orderConfirmationMail } from "./order-confirmation"
export { partStatusMail } from "./part-status"
export { producerOrderMail } from "./producer-order"
export { sendMails, type OutgoingMail } from "@genussnetz/producers/mail"
export type { MailContent, MailLocale, OrderMail, PartMail } from "./types"
