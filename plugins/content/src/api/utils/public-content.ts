import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** A handle in a store path: lower-case words joined by hyphens, as the seed and the admin write them. */
export const ContentHandle = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120)

type Row = Record<string, any>

/**
 * The public record of `entity` named by the path's handle, in the request's language; 404 for a
 * draft, a malformed handle or none (a draft is never told apart from nothing).
 */
export async function retrievePublic(req: MedusaRequest, entity: string, fields: string[], statuses: readonly string[], what: string): Promise<Row> {
  const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, `No ${what} with handle "${String(req.params.handle).slice(0, 120)}" was found`)
  const handle = ContentHandle.safeParse(req.params.handle)
  if (!handle.success) throw notFound()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph(
    { entity, fields, filters: { handle: handle.data, status: [...statuses] } },
    { locale: req.locale }
  )
  if (!data[0]) throw notFound()
  return data[0]
}

/** A linked producer as the shop names it, or null once it has left the association. */
export function publicProducer(producer: Row | null | undefined) {
  return producer && producer.status !== "left" ? { id: producer.id as string, handle: producer.handle as string, name: producer.name as string } : null
}

/**
 * The ids of the content a producer or product is linked to through one of its links
 * (`producer.content_events`, `producer.content_places`, `product.content_stories`), for the
 * store routes that list one producer's or product's content. None for an unknown id.
 */
export async function linkedContentIds(
  container: MedusaRequest["scope"],
  entity: "producer" | "product",
  id: string,
  relation: "content_events" | "content_places" | "content_stories"
): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields: [`${relation}.id`], filters: { id } })
  return (data[0]?.[relation] ?? []).filter(Boolean).map((record: { id: string }) => record.id)
}
