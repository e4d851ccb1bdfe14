import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { FetchError } from "@medusajs/js-sdk"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { config } from "../config"
import { isNotFound, storeApiError, StoreApiError, storePost } from "../medusa"

describe("storeApiError", () => {
  it("keeps Medusa's error type and code beside status and message", () => {
    const error = storeApiError(400, "Bad Request", { type: "not_allowed", code: "insufficient_inventory", message: "Some variant does not have the required inventory" })
    expect(error).toBeInstanceOf(FetchError)
    expect(error).toMatchObject({ status: 400, statusText: "Bad Request", type: "not_allowed", code: "insufficient_inventory", message: "Some variant does not have the required inventory" })
  })

  it("falls back to the status text when the body is no Medusa error", () => {
    for (const body of [{}, null, "<html></html>", { message: 42 }]) {
      const error = storeApiError(502, "Bad Gateway", body)
      expect(error).toMatchObject({ status: 502, message: "Bad Gateway", type: undefined, code: undefined })
    }
  })

  it("is a not-found where the sdk's errors are", () => {
    expect(isNotFound(storeApiError(404, "Not Found", { type: "not_found", message: "Cart id not found" }))).toBe(true)
  })
})

describe("storePost", () => {
  // A stand-in backend on a free local port: it records what arrives and answers by path.
  const received: { url: string; headers: IncomingMessage["headers"]; body: string }[] = []
  let server: Server
  let backendUrl: string

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", () => {
        received.push({ url: req.url ?? "", headers: req.headers, body })
        if (req.url?.startsWith("/store/carts/cart_full/")) {
          res.writeHead(400, { "content-type": "application/json" })
          res.end(JSON.stringify({ type: "not_allowed", code: "insufficient_inventory", message: "Some variant does not have the required inventory" }))
        } else if (req.url?.startsWith("/store/carts/cart_proxy/")) {
          res.writeHead(502, { "content-type": "text/html" })
          res.end("<html>bad gateway</html>")
        } else {
          res.writeHead(200, { "content-type": "application/json" })
          res.end(JSON.stringify({ cart: { id: "cart_ok" } }))
        }
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    backendUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    config.backendUrl = backendUrl
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it("posts JSON with the publishable key and the query, and returns the answer", async () => {
    const answer = await storePost<{ cart: { id: string } }>("/store/carts/cart_ok/line-items", { variant_id: "variant_1", quantity: 2 }, { fields: "id" })
    expect(answer).toEqual({ cart: { id: "cart_ok" } })
    const request = received.at(-1)!
    expect(request.url).toBe("/store/carts/cart_ok/line-items?fields=id")
    expect(request.headers["x-publishable-api-key"]).toBe(config.publishableKey)
    expect(request.headers["content-type"]).toBe("application/json")
    expect(JSON.parse(request.body)).toEqual({ variant_id: "variant_1", quantity: 2 })
  })

  it("throws Medusa's refusal with its code", async () => {
    const refusal = await storePost("/store/carts/cart_full/line-items", { variant_id: "variant_1", quantity: 5 }).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(StoreApiError)
    expect(refusal).toMatchObject({ status: 400, type: "not_allowed", code: "insufficient_inventory" })
  })

  it("throws a status-only error for a body that is no JSON", async () => {
    const refusal = await storePost("/store/carts/cart_proxy/line-items", {}).catch((error: unknown) => error)
    expect(refusal).toMatchObject({ status: 502, message: "Bad Gateway", code: undefined })
  })
})
