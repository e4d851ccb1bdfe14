import type { MedusaResponse } from "@medusajs/framework/http"

/** Answers a statement as JSON, or as a CSV download named after what it holds. */
export function sendStatement(res: MedusaResponse, format: "json" | "csv", filename: string, json: unknown, csv: () => string) {
  if (format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}.csv"`)
    res.status(200).send(csv())
    return
  }
  res.status(200).json(json)
}
