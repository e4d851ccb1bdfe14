import CachingModule from "@medusajs/medusa/caching"
import { Module, Modules } from "@medusajs/framework/utils"
import InvalidatableCachingModuleService from "./service"

/**
 * Medusa's Caching Module (same loaders, providers and options: memory or Redis) with a service
 * that keeps only answers an event can invalidate (./service.ts). No models of its own.
 */
export default Module(Modules.CACHING, {
  service: InvalidatableCachingModuleService,
  loaders: CachingModule.loaders,
})
