import { toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { reasonOf } from "./errors"
import { changedFields } from "./form"
import { sdk } from "./sdk"
import { useText } from "./text"

type Shape<Loaded, Draft> = {
  /** The record's admin route, `/admin/places/:id`: GET gives it, POST changes it. */
  path: string
  /** Its key in both answers (`{ place }`). */
  key: string
  /** The form's state made from the record (a module-level function: it is a dependency of the load). */
  draftOf: (loaded: Loaded) => Draft
  /** The body the form's state stands for, built the same way for the record and for the form. */
  bodyOf: (draft: Draft) => Record<string, unknown>
  /** How the toast names the record when it is saved. */
  nameOf: (loaded: Loaded) => string
}

/**
 * An edit page's record: loads it, holds the form made from it, and saves the fields that
 * changed; the route's answer (the record as it now is) becomes the form's new start. A refusal
 * stays beside the form until the next try; a failed load is shown in place of the form.
 */
export function useRecordForm<Loaded, Draft>({ path, key, draftOf, bodyOf, nameOf }: Shape<Loaded, Draft>) {
  const text = useText("content")
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const take = (record: Loaded) => {
    setLoaded(record)
    setDraft(draftOf(record))
  }

  useEffect(() => {
    // A page left (or switched to another id) before its answer came ignores the answer.
    let current = true
    setLoaded(null)
    setDraft(null)
    setLoadError(null)
    setRefusal(null)
    sdk.client.fetch<Record<string, Loaded>>(path).then(
      (answer) => {
        if (!current) return
        setLoaded(answer[key])
        setDraft(draftOf(answer[key]))
      },
      (e) => {
        if (current) setLoadError(reasonOf(e))
      }
    )
    return () => {
      current = false
    }
  }, [path, key, draftOf])

  /** Saves what changed; true when the record was saved (or nothing had changed). */
  const save = async (): Promise<boolean> => {
    if (!loaded || !draft) return false
    setRefusal(null)
    const changes = changedFields(bodyOf(draftOf(loaded)), bodyOf(draft))
    if (Object.keys(changes).length === 0) {
      toast.info(text("unchanged"))
      return true
    }
    setSaving(true)
    try {
      const answer = await sdk.client.fetch<Record<string, Loaded>>(path, { method: "POST", body: changes })
      take(answer[key])
      toast.success(text("saved", { name: nameOf(answer[key]) }))
      return true
    } catch (e) {
      setRefusal(reasonOf(e))
      return false
    } finally {
      setSaving(false)
    }
  }

  return { loaded, draft, setDraft, loadError, refusal, setRefusal, saving, save }
}
