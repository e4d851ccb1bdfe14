/**
 * Checks the content workflows' prepare steps share: handles are free, named records exist.
 * Each throws a 400 (INVALID_DATA) naming what is wrong; none writes.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { existingProducerIds } from "@genussnetz/producers/workflows"
import { handleFromName } from "@genussnetz/producers/modules/producer"

const quoted = (values: string[]) => values.map((value) => `"${value}"`).join(", ")

/**
 * The handles of records being saved: the one given, or one made from the name. Two in one
 * batch, or one another record holds (deleted ones too, so an old link never finds a new
 * record), are refused.
 */
export async function freeHandles(
  container: MedusaContainer,
  entity: "content_event" | "content_place" | "content_tour" | "content_story",
  records: { id?: string; handle?: string | null; name: string }[],
  what: string
): Promise<string[]> {
  const handles = records.map((record) => record.handle ?? handleFromName(record.name))
  const duplicate = handles.find((handle, i) => handles.indexOf(handle) !== i)
  if (duplicate) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Two ${what}s would have the handle "${duplicate}"`)
  const { data: taken } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity,
    fields: ["id", "handle"],
    filters: { handle: handles },
    withDeleted: true,
  })
  for (const [i, record] of records.entries()) {
    const holder = taken.find((other: { handle: string }) => other.handle === handles[i])
    if (holder && holder.id !== record.id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `A ${what} with the handle "${handles[i]}" exists already`)
  }
  return handles
}

export async function assertProducersExist(container: MedusaContainer, producerIds: string[]) {
  if (!producerIds.length) return
  const known = await existingProducerIds(container, producerIds)
  const unknown = [...new Set(producerIds.filter((id) => !known.has(id)))]
  if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No producer with id ${quoted(unknown)} was found`)
}

/** The named records of `entity` with the fields asked for; any id not found is a 400 naming it. */
export async function existingRecords<T extends { id: string }>(
  container: MedusaContainer,
  entity: "content_place" | "product",
  ids: string[],
  fields: string[],
  what: string
): Promise<Map<string, T>> {
  const wanted = [...new Set(ids)]
  if (!wanted.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields: ["id", ...fields], filters: { id: wanted } })
  const found = new Map((data as T[]).map((record) => [record.id, record]))
  const unknown = wanted.filter((id) => !found.has(id))
  if (unknown.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No ${what} with id ${quoted(unknown)} was found`)
  return found
}
