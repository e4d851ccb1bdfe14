// Lets a bench import the seed's TypeScript files with plain Node (which strips types): they
// import each other without extensions ("./data/catalog"), as the TypeScript compiler allows,
// so a relative import Node cannot find is tried again with ".ts"; and every .ts file is read
// as an ES module (the root package.json names no module type, so Node would guess, warning).
// Import this module before the first TypeScript import.
import { registerHooks } from "node:module"

const asModule = (resolved) => (resolved.url.endsWith(".ts") ? { ...resolved, format: "module-typescript" } : resolved)

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return asModule(nextResolve(specifier, context))
    } catch (error) {
      const relative = specifier.startsWith("./") || specifier.startsWith("../")
      if (error?.code !== "ERR_MODULE_NOT_FOUND" || !relative || /\.[cm]?[jt]s$/.test(specifier)) throw error
      return asModule(nextResolve(`${specifier}.ts`, context))
    }
  },
})
