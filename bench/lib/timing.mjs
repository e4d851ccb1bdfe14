// The timing the page and route benches share: a figure's p50 and p95 (nearest rank), a piece
// of work timed round after round after one warm-up, and a GET that must answer 200.

/** The nearest-rank percentile of sorted times. */
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
export const round = (value, digits = 1) => Number(value.toFixed(digits))
export const figures = (times) => {
  const sorted = [...times].sort((a, b) => a - b)
  return { runs: times.length, p50_ms: round(percentile(sorted, 50)), p95_ms: round(percentile(sorted, 95)) }
}

/** Times `work` `rounds` times (after one warm-up, `work(-1)`), one after another. */
export async function timed(rounds, work) {
  await work(-1)
  const times = []
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now()
    await work(i)
    times.push(performance.now() - t0)
  }
  return figures(times)
}

/** A GET that must answer 200; its size in bytes. */
export async function get(url, headers = {}) {
  const response = await fetch(url, { headers, redirect: "manual" })
  const body = await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
  return body.byteLength
}
