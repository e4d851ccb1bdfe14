import { ArrowLeftMini } from "@medusajs/icons"
import { Container, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { useText } from "../lib/text"
import { PageHeader } from "./page-header"
import { Refusal } from "./refusal"

type Props = {
  /** The list the record belongs to, `/genussorte`. */
  back: string
  heading: string
  intro?: string
  loadError: string | null
  /** Whether the record is there to edit (the form is shown only then). */
  loaded: boolean
  children: ReactNode
}

/** An edit page: the way back to its list, the heading, and the form once the record is loaded — or why it is not. */
export function EditFrame({ back, heading, intro, loadError, loaded, children }: Props) {
  const text = useText("content")
  return (
    <Container className="divide-y p-0">
      <div className="px-6 pt-4">
        <Link to={back} className="text-ui-fg-interactive txt-compact-small inline-flex items-center gap-x-1 hover:underline">
          <ArrowLeftMini />
          {text("back")}
        </Link>
      </div>
      <PageHeader heading={heading} intro={intro} />
      {loadError && <Refusal of="loadFailed" message={loadError} className="px-6 py-4" />}
      {!loadError && !loaded && <Text className="px-6 py-4">{text("loading")}</Text>}
      {loaded && children}
    </Container>
  )
}
