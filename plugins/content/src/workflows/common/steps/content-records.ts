import type ContentModuleService from "../../../modules/content/service"

/** The content module's record kinds and the service's methods for each. */
export const CONTENT_RECORDS = {
  content_event: { create: "createContentEvents", update: "updateContentEvents", list: "listContentEvents", remove: "deleteContentEvents" },
  content_place: { create: "createContentPlaces", update: "updateContentPlaces", list: "listContentPlaces", remove: "deleteContentPlaces" },
  content_tour: { create: "createContentTours", update: "updateContentTours", list: "listContentTours", remove: "deleteContentTours" },
  content_story: { create: "createContentStories", update: "updateContentStories", list: "listContentStories", remove: "deleteContentStories" },
} as const satisfies Record<string, Record<string, keyof ContentModuleService>>

export type ContentRecordKind = keyof typeof CONTENT_RECORDS

/** A content record as the prepare steps build it: fields checked by their schemas. */
export type ContentRecord = Record<string, unknown>

/** The service's methods for a kind, loosely typed: the records come from the prepare steps' schemas. */
export function contentMethods(service: ContentModuleService, kind: ContentRecordKind) {
  const names = CONTENT_RECORDS[kind]
  const call = (name: string) => (service as any)[name].bind(service)
  return {
    create: call(names.create) as (records: ContentRecord[]) => Promise<{ id: string; handle: string; status: string }[]>,
    update: call(names.update) as (records: ContentRecord[]) => Promise<{ id: string; handle: string; status: string }[]>,
    list: call(names.list) as (filters: { id: string[] }, config: { select: string[] }) => Promise<ContentRecord[]>,
    remove: call(names.remove) as (ids: string[]) => Promise<void>,
  }
}
