import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A page's heading and what it is for, with its controls (a list's search and filters) beside them. */
export function PageHeader({ heading, intro, children }: { heading: string; intro?: string; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
      <div>
        <Heading level="h1">{heading}</Heading>
        {intro && (
          <Text size="small" className="text-ui-fg-subtle mt-1">
            {intro}
          </Text>
        )}
      </div>
      {children && <div className="flex flex-wrap items-center gap-4">{children}</div>}
    </div>
  )
}
