import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { reasonOf } from "../lib/errors"
import { sdk } from "../lib/sdk"
import { useText } from "../lib/text"

type Props = {
  /** The record's admin route, `/admin/places/:id`. */
  path: string
  status: string
  /** How the toast names the record. */
  name: string
  /** Called after the change (the list loads again). */
  onChanged: () => void
  /** A published event is cancelled, not taken back: its page offers no way back to a draft. */
  unpublish?: boolean
}

/** Publishes a draft, or takes a published record back to a draft (it leaves the shop). */
export function PublishButton({ path, status, name, onChanged, unpublish = true }: Props) {
  const text = useText("content")
  const [busy, setBusy] = useState(false)
  const next = status === "published" ? "draft" : "published"
  if (next === "draft" && !unpublish) return null
  const change = async () => {
    setBusy(true)
    try {
      await sdk.client.fetch(path, { method: "POST", body: { status: next } })
      toast.success(text(next === "published" ? "nowPublished" : "nowDraft", { name }))
      onChanged()
    } catch (e) {
      toast.error(`${text("refused")} ${reasonOf(e)}`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button type="button" size="small" variant="secondary" disabled={busy} onClick={change}>
      {text(next === "published" ? "publish" : "unpublish")}
    </Button>
  )
}
