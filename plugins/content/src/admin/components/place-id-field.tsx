import type { PlaceChoice } from "../lib/places"
import { useText } from "../lib/text"
import { TextField } from "./text-field"

/**
 * A Genussort's id, typed or picked from the association's Genussorte (a datalist: the browser
 * offers them by name while typing). Under the field, which Genussort the id names.
 */
export function PlaceIdField({ id, label, value, onChange, places }: { id: string; label: string; value: string; onChange: (value: string) => void; places: PlaceChoice[] }) {
  const text = useText("content")
  const named = places.find((place) => place.id === value.trim())
  return (
    <div>
      <TextField id={id} label={label} value={value} onChange={onChange} list={`${id}-choices`} hint={named ? `${named.name}, ${named.town}` : value.trim() ? text("placeUnknown") : text("placeHint")} />
      <datalist id={`${id}-choices`}>
        {places.map((place) => (
          <option key={place.id} value={place.id}>
            {place.name}, {place.town}
          </option>
        ))}
      </datalist>
    </div>
  )
}
