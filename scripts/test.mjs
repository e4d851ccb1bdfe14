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
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, testResults } = JSON.parse(readFileSync(results, "utf8"))
  // A suite that fails before its first test (a missing file, a boot error) counts no failed
  // test: name such suites, or the line would read "0 failed" over a red run.
  const brokenSuites = testResults.filter((suite) => suite.status === "failed" && suite.assertionResults.every((test) => test.status !== "failed"))
  const broken = brokenSuites.length ? `, ${brokenSuites.length} suite(s) failed to run` : ""
  console.log(`${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped${broken}`)
}
process.exit(vitest.status ?? 1)
