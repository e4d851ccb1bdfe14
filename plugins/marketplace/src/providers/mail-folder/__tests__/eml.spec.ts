import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { parseEml } from "../../../../../../backend/integration-tests/http/helpers/eml"
import { composeEml, encodedWords, quotedPrintable, rfc5322Date } from "../eml"
import { MailFolderNotificationService } from "../service"

const message = {
  from: "genussnetz <bestellung@genussnetz.local>",
  to: "erika@example.org",
  subject: "Ihre Bestellbestätigung Nr. 42 – Grüße aus Oberfranken, mit einem recht langen Betreff über mehrere Wörter",
  text: `Grüß Gott,\nZeile mit Leerzeichen am Ende \n${"ä".repeat(100)}\n= ist kein Escape`,
  html: `<p>Grüß Gott &amp; <b>${"x".repeat(200)}</b></p>`,
  date: new Date(Date.UTC(2026, 11, 2, 15, 4, 5)),
}

describe("the mail folder's RFC 5322 messages", () => {
  it("writes the headers and a multipart/alternative body that decode back to what was given", () => {
    const { eml, messageId } = composeEml(message)
    const parsed = parseEml(eml)
    expect(parsed.headers.from).toBe('"genussnetz" <bestellung@genussnetz.local>')
    expect(parsed.headers.to).toBe("erika@example.org")
    expect(parsed.headers.subject).toBe(message.subject)
    expect(parsed.headers.date).toBe("Wed, 02 Dec 2026 15:04:05 +0000")
    expect(parsed.headers["message-id"]).toBe(`<${messageId}>`)
    expect(messageId).toMatch(/^[0-9a-f-]{36}@genussnetz\.local$/)
    expect(parsed.headers["mime-version"]).toBe("1.0")
    expect(parsed.headers["content-type"]).toMatch(/^multipart\/alternative; boundary="=_genussnetz_[0-9a-f]+"$/)
    expect(parsed.text).toBe(message.text.replace(/\n/g, "\r\n"))
    expect(parsed.html).toBe(message.html)
  })

  it("keeps to 7-bit ASCII lines of at most 76 characters ending in CRLF", () => {
    const { eml } = composeEml(message)
    expect(eml).toMatch(/^[\x00-\x7f]*$/)
    expect(eml.split("\r\n").every((line) => line.length <= 76 && !line.includes("\n"))).toBe(true)
    expect(eml.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/)
  })

  it("encodes only what is not plain ASCII, without splitting a character between encoded words", () => {
    expect(encodedWords("Order no. 42")).toBe("Order no. 42")
    const words = encodedWords("ä".repeat(40)).split("\r\n ")
    expect(words.length).toBeGreaterThan(1)
    for (const word of words) expect(Buffer.from(word.slice(10, -2), "base64").toString("utf8")).toMatch(/^ä+$/)
    expect(quotedPrintable("a \nb=c\tä")).toBe("a=20\r\nb=3Dc\t=C3=A4")
    expect(rfc5322Date(new Date(Date.UTC(2027, 0, 3, 0, 0, 0)))).toBe("Sun, 03 Jan 2027 00:00:00 +0000")
  })

  it("refuses a header that could smuggle in another header", () => {
    expect(() => composeEml({ ...message, subject: "Hallo\r\nBcc: x@example.org" })).toThrow(/line break/)
    expect(() => composeEml({ ...message, to: "erika@example.org\r\nBcc: x@example.org" })).toThrow(/line break/)
    expect(() => composeEml({ ...message, to: "not an address" })).toThrow(/e-mail address/)
  })

  it("stores each mail as one .eml file in its folder, and refuses a notification without rendered content", async () => {
    const directory = mkdtempSync(join(tmpdir(), "genussnetz-mails-"))
    const logger = { info: () => undefined } as any
    const provider = new MailFolderNotificationService({ logger }, { directory })
    const result = await provider.send({ to: "erika@example.org", channel: "email", template: "t", content: { subject: "Grüße", text: "Hallo", html: "<p>Hallo</p>" } })
    const files = readdirSync(directory)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/\.eml$/)
    const parsed = parseEml(readFileSync(join(directory, files[0]), "utf8"))
    expect(parsed.headers.subject).toBe("Grüße")
    expect(parsed.headers.from).toBe('"genussnetz" <bestellung@genussnetz.local>')
    expect(parsed.headers["message-id"]).toBe(`<${result.id}>`)
    await expect(provider.send({ to: "erika@example.org", channel: "email", template: "t", data: {} })).rejects.toThrow(/no content/)
  })
})
