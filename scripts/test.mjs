#!/usr/bin/env node
// `npm test`: builds the plugins Medusa loads from their .medusa folders, runs every vitest
// project (backend integration, whole system), and ends with one plain summary line.
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { repoRoot } from "./lib/paths.mjs"
import { toolEnv } from "./lib/processes.mjs"

const env = toolEnv()
const results = join(repoRoot, ".data", "test-results.json")
mkdirSync(join(repoRoot, ".data"), { recursive: true })
rmSync(results, { force: true })

const build = spawnSync("npm", ["run", "build:plugins"], { cwd: repoRoot, env, stdio: "inherit" })
if (build.status !== 0) process.exit(build.status ?? 1)

const vitest = spawnSync(
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${results}`, ...process.argv.slice(2)],
  { cwd: repoRoot, env, stdio: "inherit" }
)

if (existsSync(results)) {
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(results, "utf8"))
  console.log(`${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`)
}
process.exit(vitest.status ?? 1)
