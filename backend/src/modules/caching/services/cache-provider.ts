// Medusa finds a module's inner services in its `services/` folder; its Caching Module's service
// resolves its providers through this one (`cacheProviderService`). The package exports only the
// module, so the class comes from its build (pinned with @medusajs/medusa).
export { CachingProviderService } from "@medusajs/caching/dist/services"
