import { createHash, randomBytes } from "node:crypto"

/** The SHA-256 of an invitation's token, as stored: the table alone opens nothing. */
export const invitationTokenHash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex")

/** A new invitation token (256 random bits, base64url) and its hash. */
export function newInvitationToken() {
  const token = randomBytes(32).toString("base64url")
  return { token, token_hash: invitationTokenHash(token) }
}
