import { postedText, UNREADABLE_LINES, UNREADABLE_TEXT } from "../../lib/form-fields"
import { readWeekHours, weekHoursValues, type DaySlot, type WeekHoursValues } from "./week-hours"

/**
 * The portal's profile form, read by the backend's rules
 * (plugins/producers/src/api/producer/profile/validators.ts) before anything is sent: tagline and
 * story in German (English optional), website, e-mail, phone, farm shop and its opening hours.
 */

export type ProfileFieldError = "required" | "tooLong" | "tooShort" | "characters" | "email" | "phone" | "website" | "hours"

export type ProfileFormValues = {
  tagline_de: string
  tagline_en: string
  story_de: string
  story_en: string
  website: string
  email: string
  phone: string
  farm_shop: boolean
  hours: WeekHoursValues
}

export type Profile = {
  tagline: { de: string; en: string | null } | null
  story: { de: string; en: string | null }
  website: string | null
  email: string | null
  phone: string | null
  farm_shop: boolean
  opening_hours: DaySlot[] | null
}

export const profileFormValues = (profile: Profile): ProfileFormValues => ({
  tagline_de: profile.tagline?.de ?? "",
  tagline_en: profile.tagline?.en ?? "",
  story_de: profile.story.de,
  story_en: profile.story.en ?? "",
  website: profile.website ?? "",
  email: profile.email ?? "",
  phone: profile.phone ?? "",
  farm_shop: profile.farm_shop,
  hours: weekHoursValues(profile.opening_hours),
})

export const STORY_MIN = 20

export type ProfileFormRead =
  | { ok: true; values: ProfileFormValues; body: Record<string, unknown> }
  | { ok: false; values: ProfileFormValues; errors: Partial<Record<string, ProfileFieldError>> }

export function readProfileForm(form: FormData): ProfileFormRead {
  const text = (name: string) => postedText(form, name)
  const hours = readWeekHours(form)
  const values: ProfileFormValues = {
    tagline_de: text("tagline_de"),
    tagline_en: text("tagline_en"),
    story_de: text("story_de"),
    story_en: text("story_en"),
    website: text("website"),
    email: text("email"),
    phone: text("phone"),
    farm_shop: form.get("farm_shop") === "on",
    hours: hours.values,
  }
  const errors: Partial<Record<string, ProfileFieldError>> = {}
  const check = (field: keyof ProfileFormValues, max: number, multiline = false) => {
    const value = String(values[field])
    if (value.length > max) errors[field] = "tooLong"
    else if ((multiline ? UNREADABLE_LINES : UNREADABLE_TEXT).test(value)) errors[field] = "characters"
  }
  check("tagline_de", 160)
  check("tagline_en", 160)
  check("story_de", 5000, true)
  check("story_en", 5000, true)
  if (!values.story_de) errors.story_de = "required"
  else if (!errors.story_de && values.story_de.length < STORY_MIN) errors.story_de = "tooShort"
  if (values.website && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(values.website)) errors.website = "website"
  else check("website", 300)
  if (values.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) errors.email = "email"
  else check("email", 200)
  if (values.phone && !/^\+?[0-9 ()/-]{5,30}$/.test(values.phone)) errors.phone = "phone"
  for (const field of hours.invalidDays) errors[field] = "hours"
  if (Object.keys(errors).length) return { ok: false, values, errors }
  return {
    ok: true,
    values,
    body: {
      tagline: values.tagline_de ? { de: values.tagline_de, ...(values.tagline_en ? { en: values.tagline_en } : {}) } : null,
      story: { de: values.story_de, ...(values.story_en ? { en: values.story_en } : {}) },
      website: values.website,
      email: values.email,
      phone: values.phone,
      farm_shop: values.farm_shop,
      opening_hours: hours.slots.length ? hours.slots : null,
    },
  }
}
