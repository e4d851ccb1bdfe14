import type { AstroGlobal } from "astro"
import { isReadableForm } from "./request-guard"

/**
 * A posted form, or the answer for one that cannot be read: the 400 page for a body that does
 * not parse or holds control characters (a NUL byte) or a broken encoding. Nothing reaches the
 * backend then.
 */
export async function postedForm(Astro: AstroGlobal): Promise<FormData | Response> {
  let form: FormData
  try {
    // A clone: the 400 page (a rewrite) needs the request's body unread.
    form = await Astro.request.clone().formData()
  } catch {
    return Astro.rewrite("/400")
  }
  return isReadableForm(form) ? form : Astro.rewrite("/400")
}

/** Pages of one person's own (account, portal): never indexed (and, by the middleware, never cached). */
export const privatePage = (Astro: AstroGlobal) => Astro.response.headers.set("x-robots-tag", "noindex")

/**
 * A posted form that carries a file (`enctype="multipart/form-data"`): the file in `field`
 * (null when none was chosen) and the rest, read by the same rules as any form's text.
 */
export async function postedFormWithFile(Astro: AstroGlobal, field: string): Promise<{ form: FormData; file: File | null } | Response> {
  let form: FormData
  try {
    form = await Astro.request.clone().formData()
  } catch {
    return Astro.rewrite("/400")
  }
  const file = form.get(field)
  form.delete(field)
  if (file !== null && typeof file === "string") return Astro.rewrite("/400")
  if (!isReadableForm(form)) return Astro.rewrite("/400")
  // A file input left empty still posts a part: a file without name or bytes.
  return { form, file: file && file.size > 0 ? file : null }
}
