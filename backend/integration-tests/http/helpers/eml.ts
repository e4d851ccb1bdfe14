import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

/** A mail read back from an .eml file: its headers (decoded) and its text and HTML parts (decoded). */
export type ParsedMail = { file: string; headers: Record<string, string>; text: string; html: string }

/** RFC 2047 encoded words ("=?UTF-8?B?…?=" / "?Q?…?=") in a header, decoded; whitespace between two of them dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replace(/_/g, " "))
    )
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = []
  const joined = text.replace(/=\r?\n/g, "")
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(joined[i], "utf8"))
    }
  }
  return Buffer.from(bytes).toString("utf8")
}

/** Headers (unfolded, names lower-cased) and body of a message or a MIME part. */
function splitEntity(raw: string): { headers: Record<string, string>; body: string } {
  const end = raw.indexOf("\r\n\r\n")
  if (end < 0) throw new Error("No blank line after the headers: not an RFC 5322 message with CRLF line ends")
  const headers: Record<string, string> = {}
  for (const line of raw.slice(0, end).replace(/\r\n[ \t]/g, " ").split("\r\n")) {
    const colon = line.indexOf(":")
    if (colon < 1) throw new Error(`Not a header line: ${JSON.stringify(line)}`)
    headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim())
  }
  return { headers, body: raw.slice(end + 4) }
}

function decodeBody(body: string, encoding = "7bit"): string {
  switch (encoding.toLowerCase()) {
    case "quoted-printable":
      return decodeQuotedPrintable(body)
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
    default:
      return body
  }
}

/** Parses an .eml file: a single part, or multipart/alternative with a text/plain and a text/html part. */
export function parseEml(raw: string, file = ""): ParsedMail {
  const { headers, body } = splitEntity(raw)
  const type = headers["content-type"] ?? "text/plain"
  const parts: Record<string, string> = {}
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (/^multipart\//i.test(type) && boundary) {
    const sections = body.split(`--${boundary}`)
    // Before the first delimiter is the preamble; "--" after the last one closes the multipart.
    for (const section of sections.slice(1)) {
      if (section.startsWith("--")) break
      const part = splitEntity(section.replace(/^\r\n/, ""))
      const partType = (part.headers["content-type"] ?? "text/plain").split(";")[0].trim().toLowerCase()
      parts[partType] = decodeBody(part.body.replace(/\r\n$/, ""), part.headers["content-transfer-encoding"])
    }
  } else {
    parts[type.split(";")[0].trim().toLowerCase()] = decodeBody(body, headers["content-transfer-encoding"])
  }
  return { file, headers, text: parts["text/plain"] ?? "", html: parts["text/html"] ?? "" }
}

/** Every mail in a folder (finished .eml files only), oldest first. */
export function readMails(directory: string): ParsedMail[] {
  let files: string[]
  try {
    files = readdirSync(directory).filter((name) => name.endsWith(".eml")).sort()
  } catch {
    return []
  }
  return files.map((name) => parseEml(readFileSync(join(directory, name), "utf8"), name))
}
