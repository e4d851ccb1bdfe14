import { readdirSync } from "node:fs"
import { join } from "node:path"

const pluginsDir = join(__dirname, "..", "..", "..")

/** Every key path of a nested text object: `genussnetz.provenance.links.heading`, … */
function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key))
}

/**
 * The admin speaks one language at a time: each plugin's admin texts (src/admin/i18n) say the
 * same things in German and English, none missing in one of them, none empty.
 */
describe("the admin extensions' texts", () => {
  const plugins = readdirSync(pluginsDir).filter((name) => {
    try {
      return readdirSync(join(pluginsDir, name, "src", "admin", "i18n")).includes("index.ts")
    } catch {
      return false
    }
  })

  it("are there for every plugin with admin pages", () => {
    expect(plugins).toEqual(expect.arrayContaining(["marketplace", "producers", "provenance", "search"]))
  })

  it.each(plugins)("of %s have the same keys in German and English, each with a text", async (plugin: string) => {
    const texts = (await import(join(pluginsDir, plugin, "src", "admin", "i18n", "index.ts"))).default
    const german = keysOf(texts.de).sort()
    const english = keysOf(texts.en).sort()
    expect(english).toEqual(german)
    expect(german.length).toBeGreaterThan(5)
    for (const language of ["de", "en"]) {
      for (const key of keysOf(texts[language])) {
        const text = key.split(".").reduce((node: any, part) => node[part], texts[language])
        expect(typeof text === "string" && text.trim().length > 0, `${language}.${key}`).toBe(true)
      }
    }
  })
})
