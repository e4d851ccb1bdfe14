import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MailFolderNotificationService } from "./service"

/** The Notification Module's provider for channel `email` that writes mails into a folder (see service.ts). */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [MailFolderNotificationService],
})

export { MailFolderNotificationService }
