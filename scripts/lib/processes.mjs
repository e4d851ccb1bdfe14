// Child processes for the set-up script and the tests: each writes its output to a log
// file, and a failure shows the end of that log instead of a wall of build output.
import { spawn } from "node:child_process"
import { createWriteStream, mkdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { binDir, repoRoot } from "./paths.mjs"

export const logDir = join(repoRoot, ".data", "logs")

/** PATH with the workspace's binaries (Node 24 from the `node` package, medusa, astro) first. */
export function toolEnv(extra = {}) {
  return { ...process.env, PATH: `${binDir}:${process.env.PATH}`, ...extra }
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

/** Runs a command to completion; resolves with its output, rejects with the log's tail. */
export function run(name, command, args, { cwd = repoRoot, env = toolEnv(), logFile } = {}) {
  mkdirSync(logDir, { recursive: true })
  const file = logFile ?? join(logDir, `${name}.log`)
  const log = createWriteStream(file)
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const collect = (chunk) => {
      output += chunk
      log.write(chunk)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("error", reject)
    child.on("close", (code) => {
      log.end()
      if (code === 0) resolve(output)
      else reject(new Error(`${name} failed (exit ${code}); last lines of ${file}:\n${tail(file)}`))
    })
  })
}

/** Starts a long-running server; its output goes to a log file. */
export function startServer(name, command, args, { cwd = repoRoot, env = toolEnv() } = {}) {
  mkdirSync(logDir, { recursive: true })
  const file = join(logDir, `${name}.log`)
  const log = createWriteStream(file)
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  child.logFile = file
  child.tail = () => tail(file)
  return child
}

/** Stops a server started with startServer, its whole process group, and waits for it. */
export async function stopServer(child, timeoutMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {}
  }, timeoutMs)
  await exited
  clearTimeout(timer)
}

/** Polls a URL until it answers 200, the server exits, or the time runs out. */
export async function waitForHttp(url, { child, timeoutMs = 120_000, headers } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${url}: the server exited before it answered; last lines of ${child.logFile}:\n${child.tail()}`)
    }
    try {
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(5000) })
      if (response.status === 200) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer 200 within ${Math.round(timeoutMs / 1000)} s`)
}
