import { spawn, type ChildProcess } from "node:child_process"
import { join } from "node:path"

export const repoRoot = join(__dirname, "..", "..", "..")
export const binDir = join(repoRoot, "node_modules", ".bin")

export type UpResult = {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/** Runs `node scripts/up.mjs` as a person would, with the given environment and flags. */
export function startUp(env: Record<string, string | undefined>, args: string[] = []): UpResult {
  let output = ""
  const child = spawn(process.execPath, [join(repoRoot, "scripts", "up.mjs"), ...args], {
    cwd: repoRoot,
    env: { ...process.env, PATH: `${binDir}:${process.env.PATH}`, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return { child, output: () => output, exited }
}

/** Resolves once `text` appears in the output; rejects if the process exits first. */
export async function waitForOutput(up: UpResult, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (up.output().includes(text)) return
    if (up.child.exitCode !== null) {
      throw new Error(`up exited (${up.child.exitCode}) before printing "${text}":\n${up.output()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`up did not print "${text}" within ${timeoutMs / 1000} s:\n${up.output()}`)
}
