import { describe, expect, it } from "vitest"
import { buildChain, distanceKm } from "../build-chain"
import type { ChainInputRow, ChainProducer, RegionDefinition } from "../types"

const region: RegionDefinition = { name: "Oberfranken", latitude: 50.0, longitude: 11.4, radius_km: 80 }

function producer(id: string, craft: ChainProducer["craft"], latitude = 50.0, longitude = 11.4): ChainProducer {
  return { id, handle: id, name: id, craft, town: "T", district: "D", latitude, longitude }
}

let n = 0
function input(
  product: string,
  from: ChainProducer,
  to: ChainProducer,
  options: { inputProduct?: string; share?: number; status?: ChainInputRow["link"]["status"]; material?: string; until?: string; link?: string } = {}
): ChainInputRow {
  n += 1
  return {
    input_id: `in${n}`,
    product_id: product,
    input_product_id: options.inputProduct ?? null,
    share: options.share ?? null,
    link: {
      id: options.link ?? `link-${from.id}-${to.id}-${options.material ?? "m"}`,
      material: options.material ?? "m",
      step: "bake",
      status: options.status ?? "confirmed",
      since: null,
      until: options.until ?? null,
    },
    supplier: from,
    customer: to,
  }
}

describe("distanceKm", () => {
  it("measures the great circle between two real towns: Bamberg to Bayreuth is 49.4 km", () => {
    const bamberg = { latitude: 49.8917, longitude: 10.8868 }
    const bayreuth = { latitude: 49.9456, longitude: 11.5713 }
    expect(distanceKm(bamberg, bayreuth)).toBeCloseTo(49.4, 1)
    expect(distanceKm(bayreuth, bamberg)).toBeCloseTo(49.4, 1)
    expect(distanceKm(bamberg, bamberg)).toBe(0)
  })
})

describe("buildChain", () => {
  const farm = producer("farm", "farm", 49.93, 11.29)
  const mill = producer("mill", "mill", 49.78, 11.18)
  const bakery = producer("bakery", "bakery", 49.94, 11.57)
  const inn = producer("inn", "restaurant", 49.97, 11.03)

  it("resolves Roggen → Roggenmehl → Bauernbrot → Brotzeitteller with depth, farms and kilometres", () => {
    const rows = [
      input("teller", bakery, inn, { inputProduct: "brot", status: "verified" }),
      input("brot", mill, bakery, { inputProduct: "mehl", status: "confirmed" }),
      input("mehl", farm, mill, { material: "Roggen", status: "declared" }),
    ]
    const chain = buildChain({ productId: "teller", rootProducer: inn, rows, region })
    expect(chain.figures.depth).toBe(3)
    expect(chain.figures.farms).toBe(1)
    expect(chain.figures.producers).toBe(4)
    // Great-circle legs measured outside this code: farm → mill 18.45 km, mill → bakery
    // 33.14 km, bakery → inn 38.78 km.
    expect(chain.figures.food_km).toBeCloseTo(18.45 + 33.14 + 38.78, 0)
    expect(chain.figures.proven_share).toBeCloseTo(2 / 3, 3)
    expect(chain.figures.regional_share).toBe(1)
    expect(chain.nodes.map((node) => node.id).sort()).toEqual(
      ["product:teller", "product:brot", "product:mehl", `origin:${rows[2].link.id}`].sort()
    )
  })

  it("resolves a diamond once: two branches sharing one mill product", () => {
    // Brot ← Mehl (mill) and Brot ← Sauerteig (bakery's own) ← Mehl (the same mill product)
    const rows = [
      input("brot", mill, bakery, { inputProduct: "mehl", share: 0.6 }),
      input("brot", bakery, bakery, { inputProduct: "sauerteig", share: 0.4 }),
      input("sauerteig", mill, bakery, { inputProduct: "mehl" }),
      input("mehl", farm, mill, { material: "Roggen" }),
    ]
    const chain = buildChain({ productId: "brot", rootProducer: bakery, rows, region })
    expect(chain.edges).toHaveLength(4)
    expect(chain.nodes.filter((node) => node.kind === "product")).toHaveLength(3)
    expect(chain.figures.depth).toBe(3)
    expect(chain.edges.find((edge) => edge.to === "product:brot" && edge.from === "product:mehl")!.share).toBe(0.6)
  })

  it("counts a supplier shared by two inputs once among producers and farms", () => {
    const rows = [
      input("wurst", farm, bakery, { material: "Schwein", link: "l1" }),
      input("wurst", farm, bakery, { material: "Rind", link: "l2" }),
    ]
    const chain = buildChain({ productId: "wurst", rootProducer: bakery, rows, region })
    expect(chain.figures.farms).toBe(1)
    expect(chain.figures.producers).toBe(2)
    expect(chain.nodes.filter((node) => node.kind === "origin")).toHaveLength(2)
  })

  it("follows a chain six steps deep", () => {
    const producers = Array.from({ length: 7 }, (_, i) => producer(`p${i}`, i === 6 ? "farm" : "bakery", 50 + i * 0.05, 11.4))
    const rows = Array.from({ length: 6 }, (_, i) =>
      input(`x${i}`, producers[i + 1], producers[i], i < 5 ? { inputProduct: `x${i + 1}` } : { material: "Gerste" })
    )
    const chain = buildChain({ productId: "x0", rootProducer: producers[0], rows, region })
    expect(chain.figures.depth).toBe(6)
    expect(chain.edges).toHaveLength(6)
  })

  it("weighs the regional share by shares and the region's radius", () => {
    const far = producer("far", "farm", 52.52, 13.4) // Berlin, outside 80 km
    const rows = [
      input("brot", mill, bakery, { material: "Roggenmehl", share: 0.7, link: "near" }),
      input("brot", far, bakery, { material: "Sonnenblumenkerne", share: 0.3, link: "far" }),
    ]
    const chain = buildChain({ productId: "brot", rootProducer: bakery, rows, region })
    expect(chain.figures.regional_share).toBeCloseTo(0.7, 4)
    expect(chain.nodes.find((node) => node.id === "origin:far")!.regional).toBe(false)
  })

  it("splits undeclared shares evenly over what the declared ones leave", () => {
    const rows = [
      input("brot", mill, bakery, { material: "a", share: 0.5, link: "a" }),
      input("brot", mill, bakery, { material: "b", link: "b" }),
      input("brot", mill, bakery, { material: "c", link: "c" }),
    ]
    const chain = buildChain({ productId: "brot", rootProducer: bakery, rows, region })
    expect(chain.edges.map((edge) => edge.share)).toEqual([0.5, 0.25, 0.25])
    expect(chain.edges.map((edge) => edge.share_declared)).toEqual([true, false, false])
  })

  it("treats a link past its end date as expired and unproven", () => {
    const rows = [input("brot", mill, bakery, { material: "Mehl", status: "verified", until: "2020-01-01T00:00:00Z" })]
    const chain = buildChain({ productId: "brot", rootProducer: bakery, rows, region, now: new Date("2026-01-01") })
    expect(chain.edges[0].status).toBe("expired")
    expect(chain.figures.proven_share).toBe(0)
  })

  it("gives a raw product depth 0, no edges and the regional share of its producer", () => {
    const chain = buildChain({ productId: "eier", rootProducer: farm, rows: [], region })
    expect(chain.figures).toMatchObject({ depth: 0, farms: 1, producers: 1, food_km: 0, regional_share: 1, proven_share: null })
  })

  it("does not loop on a cycle that slipped into the data", () => {
    const rows = [input("a", mill, bakery, { inputProduct: "b" }), input("b", bakery, mill, { inputProduct: "a" })]
    const chain = buildChain({ productId: "a", rootProducer: bakery, rows, region })
    expect(chain.edges).toHaveLength(2)
  })
})
