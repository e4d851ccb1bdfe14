import { mkdir, rename, writeFile } from "node:fs/promises"
import { join, resolve } from "node:path"
import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { composeEml } from "./eml"

export type MailFolderOptions = {
  /** Where the .eml files go; default: env MAIL_DIR, else `.data/mails` under the backend's working directory. */
  directory?: string
  /** The sender, "Name <address>"; default: env MAIL_FROM, else genussnetz <bestellung@genussnetz.local>. */
  from?: string
}

export const DEFAULT_FROM = "genussnetz <bestellung@genussnetz.local>"

/**
 * The shop's e-mail channel when no mail service is configured: every mail is written as a
 * real RFC 5322 message (`<time>-<id>.eml`) into a folder, where any mail program opens it and
 * tests read it. Nothing leaves the machine.
 *
 * A real mail service replaces it in medusa-config.ts, with nothing else changed: register
 * Medusa's SendGrid provider (`@medusajs/medusa/notification-sendgrid`, options `api_key`,
 * `from`, `channels: ["email"]`) or an SMTP provider of the same shape instead of this one.
 * The mails arrive rendered (`content`: subject, text, html), and such a provider sends the
 * content as given (SendGrid does when `content` is set, instead of one of its templates).
 */
export class MailFolderNotificationService extends AbstractNotificationProviderService {
  static identifier = "mail-folder"
  protected readonly directory: string
  protected readonly from: string
  protected readonly logger: Logger

  constructor({ logger }: { logger: Logger }, options: MailFolderOptions = {}) {
    super()
    this.logger = logger
    this.directory = resolve(options.directory || process.env.MAIL_DIR || join(process.cwd(), ".data", "mails"))
    this.from = options.from || process.env.MAIL_FROM || DEFAULT_FROM
  }

  async send(notification: NotificationTypes.ProviderSendNotificationDTO): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const content = notification?.content
    if (!content?.subject || !(content.text || content.html)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The mail folder writes rendered mails only: notification "${notification?.template}" to ${notification?.to} has no content (subject and text or html)`
      )
    }
    const date = new Date()
    const { eml, messageId } = composeEml({
      from: notification.from || this.from,
      to: notification.to,
      subject: content.subject,
      text: content.text ?? "",
      html: content.html ?? "",
      date,
    })
    await mkdir(this.directory, { recursive: true })
    const file = join(this.directory, `${date.toISOString().replace(/[:.]/g, "-")}-${messageId.split("@")[0]}.eml`)
    // Written aside and renamed: whoever reads the folder never sees half a mail.
    await writeFile(`${file}.part`, eml, "utf8")
    await rename(`${file}.part`, file)
    this.logger.info(`Mail "${content.subject}" to ${notification.to} written to ${file}`)
    return { id: messageId }
  }
}
