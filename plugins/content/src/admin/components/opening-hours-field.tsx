import { Trash } from "@medusajs/icons"
import { Button, Checkbox, IconButton, Label, Text } from "@medusajs/ui"
import { NEW_RULE, type RuleDraft } from "../lib/places"
import { useText } from "../lib/text"
import { TextField } from "./text-field"

/** Monday 1 … Sunday 7, as the rules name days. */
const DAYS = [1, 2, 3, 4, 5, 6, 7]

/**
 * A Genussort's opening hours, one row per rule: its days, from when to when, and perhaps the
 * season it holds in (a Bierkeller in summer). Rules are added and removed; none at all is a
 * place without regular hours (its opening note says when).
 */
export function OpeningHoursField({ id, rules, onChange }: { id: string; rules: RuleDraft[]; onChange: (rules: RuleDraft[]) => void }) {
  const text = useText("places")
  const change = (index: number, rule: RuleDraft) => onChange(rules.map((current, i) => (i === index ? rule : current)))
  const toggle = (index: number, day: number, on: boolean) => {
    const days = rules[index].days.filter((chosen) => chosen !== day)
    change(index, { ...rules[index], days: on ? [...days, day] : days })
  }
  return (
    <fieldset className="flex flex-col gap-y-3 md:col-span-2">
      <legend className="txt-compact-small-plus mb-2">{text("hours")}</legend>
      {rules.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {text("noHours")}
        </Text>
      )}
      {rules.map((rule, index) => {
        const rowId = `${id}-${index}`
        return (
          <div key={index} className="shadow-borders-base flex flex-col gap-y-3 rounded-md p-3" role="group" aria-label={text("rule", { number: index + 1 })}>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              {DAYS.map((day) => (
                <div key={day} className="flex items-center gap-x-1">
                  <Checkbox id={`${rowId}-day-${day}`} checked={rule.days.includes(day)} onCheckedChange={(checked) => toggle(index, day, checked === true)} />
                  <Label htmlFor={`${rowId}-day-${day}`} title={text(`dayNames.${day}`)}>
                    {text(`days.${day}`)}
                  </Label>
                </div>
              ))}
              <IconButton type="button" size="small" variant="transparent" className="ml-auto" aria-label={text("removeRule", { number: index + 1 })} onClick={() => onChange(rules.filter((_, i) => i !== index))}>
                <Trash />
              </IconButton>
            </div>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              <TextField id={`${rowId}-opens`} label={text("opens")} placeholder="10:00" value={rule.opens} onChange={(opens) => change(index, { ...rule, opens })} />
              <TextField id={`${rowId}-closes`} label={text("closes")} placeholder="18:00" hint={text("closesHint")} value={rule.closes} onChange={(closes) => change(index, { ...rule, closes })} />
              <TextField id={`${rowId}-from`} label={text("seasonFrom")} placeholder="05-01" hint={text("seasonHint")} value={rule.from} onChange={(from) => change(index, { ...rule, from })} />
              <TextField id={`${rowId}-until`} label={text("seasonUntil")} placeholder="09-30" value={rule.until} onChange={(until) => change(index, { ...rule, until })} />
            </div>
          </div>
        )
      })}
      <div>
        <Button type="button" size="small" variant="secondary" onClick={() => onChange([...rules, NEW_RULE])}>
          {text("addRule")}
        </Button>
      </div>
    </fieldset>
  )
}
