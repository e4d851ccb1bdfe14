/** The languages mails are written in: German unless the reader chose English. */
export type MailLocale = "de" | "en"

/** A rendered mail, as Medusa's Notification Module passes it to a provider (`content`). */
export type MailContent = { subject: string; text: string; html: string }

export type MailItem = { title: string; variant_title: string | null; quantity: number; unit_price: number; total: number }

export type MailAddress = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
}
