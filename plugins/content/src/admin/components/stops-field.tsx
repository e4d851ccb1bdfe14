import { ArrowDownMini, ArrowUpMini, Trash } from "@medusajs/icons"
import { Button, IconButton, Text } from "@medusajs/ui"
import { useState } from "react"
import { NO_WORDS } from "../lib/form"
import type { PlaceChoice } from "../lib/places"
import type { StopDraft } from "../lib/tours"
import { useText } from "../lib/text"
import { PlaceIdField } from "./place-id-field"
import { SelectField } from "./select-field"
import { TextField } from "./text-field"
import { WordsField } from "./words-field"

/**
 * A tour's stops in the order they are visited: each a Genussort or a producer of the network,
 * with a line on what to do there. Added by id, moved up and down, removed.
 */
export function StopsField({ stops, onChange, places }: { stops: StopDraft[]; onChange: (stops: StopDraft[]) => void; places: PlaceChoice[] }) {
  const text = useText("tours")
  const [of, setOf] = useState<StopDraft["of"]>("place")
  const [newId, setNewId] = useState("")

  const change = (index: number, stop: StopDraft) => onChange(stops.map((current, i) => (i === index ? stop : current)))
  const move = (index: number, by: -1 | 1) => {
    const moved = [...stops]
    moved.splice(index + by, 0, ...moved.splice(index, 1))
    onChange(moved)
  }
  const add = () => {
    onChange([...stops, { of, id: newId.trim(), note: NO_WORDS }])
    setNewId("")
  }
  const nameOf = (stop: StopDraft) => {
    if (stop.of === "producer") return text("producerStop", { id: stop.id })
    const place = places.find((choice) => choice.id === stop.id)
    return place ? `${place.name}, ${place.town}` : text("placeStop", { id: stop.id })
  }

  return (
    <fieldset className="flex flex-col gap-y-3 md:col-span-2">
      <legend className="txt-compact-small-plus mb-2">{text("stops")}</legend>
      {stops.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {text("noStops")}
        </Text>
      )}
      <ol className="flex flex-col gap-y-3">
        {stops.map((stop, index) => (
          <li key={`${index}-${stop.of}-${stop.id}`} className="shadow-borders-base flex flex-col gap-y-3 rounded-md p-3">
            <div className="flex items-center gap-x-2">
              <Text size="small" weight="plus" className="flex-1">
                {index + 1}. {nameOf(stop)}
              </Text>
              <IconButton type="button" size="small" variant="transparent" disabled={index === 0} aria-label={text("moveUp", { number: index + 1 })} onClick={() => move(index, -1)}>
                <ArrowUpMini />
              </IconButton>
              <IconButton type="button" size="small" variant="transparent" disabled={index === stops.length - 1} aria-label={text("moveDown", { number: index + 1 })} onClick={() => move(index, 1)}>
                <ArrowDownMini />
              </IconButton>
              <IconButton type="button" size="small" variant="transparent" aria-label={text("removeStop", { number: index + 1 })} onClick={() => onChange(stops.filter((_, i) => i !== index))}>
                <Trash />
              </IconButton>
            </div>
            <div className="grid gap-3 md:grid-cols-2">
              <WordsField id={`stop-${index}-note`} label={text("stopNote")} value={stop.note} onChange={(note) => change(index, { ...stop, note })} />
            </div>
          </li>
        ))}
      </ol>
      <div className="grid items-start gap-3 md:grid-cols-[auto_1fr_auto]">
        <SelectField
          id="stop-new-of"
          label={text("stopOf")}
          value={of}
          options={[
            { value: "place", label: text("stopPlace") },
            { value: "producer", label: text("stopProducer") },
          ]}
          onChange={setOf}
        />
        {of === "place" ? (
          <PlaceIdField id="stop-new-place" label={text("stopPlaceId")} value={newId} onChange={setNewId} places={places} />
        ) : (
          <TextField id="stop-new-producer" label={text("stopProducerId")} value={newId} onChange={setNewId} />
        )}
        {/* Level with the fields, below their labels. */}
        <div className="md:pt-6">
          <Button type="button" size="small" variant="secondary" disabled={!newId.trim()} onClick={add}>
            {text("addStop")}
          </Button>
        </div>
      </div>
    </fieldset>
  )
}
