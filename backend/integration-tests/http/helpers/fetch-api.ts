/**
 * What readyCart and the other checkout helpers expect of `api` (the test runner's axios: `data`,
 * `status`, a non-2xx throws with `response`), over fetch against a backend running elsewhere:
 * the system tests' and the benches' own backend processes.
 */
export function fetchApi(base: string) {
  async function call(method: string, path: string, headers: Record<string, string> = {}, body?: unknown) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...headers, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await response.json().catch(() => null)
    if (!response.ok) {
      throw Object.assign(new Error(`${method} ${path}: ${response.status} ${JSON.stringify(data)}`), {
        status: response.status,
        data,
        response: { status: response.status, data },
      })
    }
    return { status: response.status, data }
  }
  return {
    get: (path: string, options?: { headers?: Record<string, string> }) => call("GET", path, options?.headers),
    post: (path: string, body?: unknown, options?: { headers?: Record<string, string> }) => call("POST", path, options?.headers, body),
  }
}
