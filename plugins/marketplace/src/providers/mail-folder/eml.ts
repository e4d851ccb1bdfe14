import { randomUUID } from "node:crypto"

/** One e-mail as the templates render it and the mail folder stores it. */
export type EmlMessage = {
  /** "Name <address>" or a bare address. */
  from: string
  to: string
  subject: string
  text: string
  html: string
  date?: Date
  /** Without angle brackets; made up from a random id and the sender's domain when not given. */
  messageId?: string
}

const CRLF = "\r\n"
const ASCII_PRINTABLE = /^[\x20-\x7e]*$/
/**
 * Raw bytes per RFC 2047 encoded word: 39 bytes are 52 base64 characters, 64 with "=?UTF-8?B?"
 * and "?=", so even the first word after "Subject: " stays within 76 characters a line.
 */
const ENCODED_WORD_BYTES = 39

/**
 * An e-mail as an RFC 5322 message (with MIME, RFC 2045–2047): From, To, Subject (encoded
 * words where it is not plain ASCII), Date, Message-ID, and a multipart/alternative body with
 * the text and the HTML version in UTF-8, quoted-printable. CRLF line ends, no line over 76.
 */
export function composeEml(message: EmlMessage): { eml: string; messageId: string } {
  const fromAddress = addressOf(message.from)
  const messageId = message.messageId ?? `${randomUUID()}@${fromAddress.split("@")[1] || "localhost"}`
  const boundary = `=_genussnetz_${randomUUID().replace(/-/g, "")}`
  const headers = [
    `From: ${mailbox(message.from)}`,
    `To: ${mailbox(message.to)}`,
    `Subject: ${encodedWords(singleLine(message.subject, "Subject"))}`,
    `Date: ${rfc5322Date(message.date ?? new Date())}`,
    `Message-ID: <${singleLine(messageId, "Message-ID")}>`,
    "MIME-Version: 1.0",
    // "=_" cannot occur in quoted-printable text ("=" is followed by hex digits or a line end).
    `Content-Type: multipart/alternative;${CRLF} boundary="${boundary}"`,
  ]
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=UTF-8`, "Content-Transfer-Encoding: quoted-printable", "", quotedPrintable(body)].join(CRLF)
  const eml = [...headers, "", part("text/plain", message.text), part("text/html", message.html), `--${boundary}--`, ""].join(CRLF)
  return { eml, messageId }
}

/** A header value must stay on its line: a CR or LF in it would start a header of the sender's choosing. */
function singleLine(value: string, header: string): string {
  if (/[\r\n]/.test(value)) throw new Error(`A mail's ${header} must not contain a line break`)
  return value
}

const MAILBOX = /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/
const BARE_ADDRESS = /^[^\s<>@"]+@[^\s<>@"]+$/

function addressOf(value: string): string {
  const named = MAILBOX.exec(value)
  const address = named ? named[2] : value.trim()
  if (!BARE_ADDRESS.test(address)) throw new Error(`Not an e-mail address: ${JSON.stringify(value)}`)
  return address
}

/** "Name <address>" with the name quoted or encoded as needed, or the bare address. */
function mailbox(value: string): string {
  singleLine(value, "address")
  const address = addressOf(value)
  const name = MAILBOX.exec(value)?.[1].replace(/^"(.*)"$/, "$1")
  if (!name) return address
  const displayName = ASCII_PRINTABLE.test(name) ? `"${name.replace(/(["\\])/g, "\\$1")}"` : encodedWords(name)
  return `${displayName} <${address}>`
}

/** RFC 2047: plain ASCII as it is, anything else as UTF-8 "B" encoded words, folded between words. */
export function encodedWords(value: string): string {
  if (ASCII_PRINTABLE.test(value)) return value
  const words: string[] = []
  let chunk = ""
  // By code point, so no character is split between two words (each word must decode on its own).
  for (const character of value) {
    if (Buffer.byteLength(chunk + character) > ENCODED_WORD_BYTES) {
      words.push(chunk)
      chunk = ""
    }
    chunk += character
  }
  words.push(chunk)
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, "utf8").toString("base64")}?=`).join(`${CRLF} `)
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
const two = (n: number) => String(n).padStart(2, "0")

/** RFC 5322 date-time in UTC: "Wed, 02 Dec 2026 15:47:52 +0000". */
export function rfc5322Date(date: Date): string {
  return `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
}

const QP_LINE = 76

/** Quoted-printable (RFC 2045 6.7) of UTF-8 text; its line breaks become CRLF, long lines get soft breaks. */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const bytes = Buffer.from(line, "utf8")
      let encoded = ""
      let current = ""
      bytes.forEach((byte, index) => {
        const whitespace = byte === 0x20 || byte === 0x09
        // Whitespace at the end of a line would be lost in transport: encode it there.
        const literal = (byte >= 33 && byte <= 126 && byte !== 0x3d) || (whitespace && index < bytes.length - 1)
        const token = literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, "0")}`
        if (current.length + token.length > QP_LINE - 1) {
          encoded += `${current}=${CRLF}`
          current = ""
        }
        current += token
      })
      return encoded + current
    })
    .join(CRLF)
}
