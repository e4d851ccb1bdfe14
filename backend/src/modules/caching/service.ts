import CachingModule from "@medusajs/medusa/caching"

type SetInput = Parameters<InstanceType<typeof CachingModule.service>["set"]>[0]

/**
 * Medusa's Caching Module service, keeping only answers an event can drop.
 *
 * Medusa drops a cached answer when an event names a record in it (its tags are computed from
 * the records the answer holds, plus `<Entity>:list:*` for lists). An answer holding no record
 * — the empty list of `GET /store/products?handle=…` asked before the product is published —
 * gets no tags, so no event reaches it: the shop would keep saying "not found" for the whole TTL
 * after the publication. Such answers are not kept (they are the cheap ones to compute again);
 * everything else is stored exactly as Medusa stores it.
 */
export default class InvalidatableCachingModuleService extends CachingModule.service {
  async set(input: SetInput) {
    if (!input.tags?.length) {
      const tags = await this.computeTags(input.data)
      if (!tags.length) return
      return super.set({ ...input, tags, computeAutomaticTags: false })
    }
    return super.set(input)
  }
}
