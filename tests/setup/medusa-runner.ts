// Medusa loads medusa-config.ts and the app's sources with Node's own require: register
// ts-node for them, as Medusa's CLI does, with the backend's compiler settings.
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { MetadataStorage } from "@medusajs/framework/mikro-orm/core"
import { register } from "ts-node"

const backendDir = join(__dirname, "..", "..", "backend")

if (!(process as unknown as { [key: symbol]: unknown })[Symbol.for("ts-node.register.instance")]) {
  register({ project: join(backendDir, "tsconfig.json"), transpileOnly: true })
}

// Each suite has its own process; start it without entity metadata left from loading.
MetadataStorage.clear()

// Orders placed by any suite send mails (the marketplace's subscribers): into a throwaway folder,
// not the developer's .data/mails. A suite that reads them sets MAIL_DIR itself.
process.env.MAIL_DIR = mkdtempSync(join(tmpdir(), "genussnetz-mails-"))
