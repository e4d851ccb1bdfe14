import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
export const backendDir = join(repoRoot, "backend")
export const storefrontDir = join(repoRoot, "storefront")
export const binDir = join(repoRoot, "node_modules", ".bin")
