import { createRequire } from "node:module"
import { generateSynthetic, random } from "./lib/provenance-synthetic.mjs"
const require = createRequire(import.meta.url)
const { buildNetwork, whatIf, networkSinglePoints } = require("../plugins/cooperation/.medusa/server/src/resilience/network.js")
const tables = {}
const client = { query: async (sql, arrays) => {
  const m = sql.match(/INSERT INTO (\w+) \(([^)]*)\)/)
  if (!m) return
  const cols = m[2].split(", ")
  const t = (tables[m[1]] ??= [])
  for (let i = 0; i < arrays[0].length; i++) t.push(Object.fromEntries(cols.map((c, k) => [c, arrays[k][i]])))
} }
const gen = await generateSynthetic(client)
const links = tables.supply_link.filter(l => ["confirmed","verified"].includes(l.status)).map(l => ({ ...l, verified: l.status === "verified" }))
const ids = new Set(links.map(l => l.id))
const inputs = tables.product_input.filter(i => ids.has(i.supply_link_id)).map(i => ({ product_id: i.product_id, link_id: i.supply_link_id, input_product_id: i.input_product_id }))
const producers = tables.producer.map(p => ({ id: p.id, latitude: p.latitude, longitude: p.longitude, in_region: true }))
let t = performance.now()
const net = buildNetwork({ links, inputs, producers })
console.log("build", performance.now() - t)
const farm = tables.producer.find(p => p.craft === "farm").id
for (let i = 0; i < 3; i++) { t = performance.now(); const a = whatIf(net, gen.makers, new Set([farm])); console.log("whatIf", performance.now() - t, a.lost.length, a.can_switch.length) }
const rand = random(3)
const hundred = new Set(Array.from({ length: 100 }, () => tables.producer[Math.floor(rand() * tables.producer.length)].id))
t = performance.now(); const b = whatIf(net, gen.makers, hundred); console.log("whatIf100", performance.now() - t, b.lost.length, b.can_switch.length)
if (process.argv[2] === "sp") { t = performance.now(); const sp = networkSinglePoints(net, gen.makers.map(m => m.id)); console.log("sp", performance.now() - t, sp.length); t = performance.now(); const { hasAlternative } = require("../plugins/cooperation/.medusa/server/src/resilience/network.js"); console.log("has", sp.filter(p => hasAlternative(net, p)).length, performance.now() - t) }
