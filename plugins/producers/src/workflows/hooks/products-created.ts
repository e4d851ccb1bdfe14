import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertProducerExists, productProducerLink } from "../producer/product-producer-link"

/**
 * Links new products to their producer inside Medusa's own product creation
 * (`additional_data.producer_id`, from `POST /admin/products`, the seed or a portal), so a product
 * never exists without the producer it was created for. An unknown producer fails the hook and
 * with it the workflow: Medusa compensates the steps before it, and the products are deleted.
 */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const producerId = additional_data?.producer_id
    if (producerId === undefined || producerId === null) {
      return new StepResponse([], [])
    }
    await assertProducerExists(container, producerId)
    const links = products.map((product) => productProducerLink(producerId as string, product.id))
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(links, links)
  },
  // A later failure in the workflow: the products go, and so do their links.
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
