import { beforeAll, describe, expect, it } from "vitest"
import { icalendar, type IcalEvent } from "../ical"
import { berlinToInstant } from "../local-time"
import { occurrences, type EventTiming } from "../recurrence"

// ical.js is an ES module and the plugin compiles to CommonJS (module Node16): loaded with a
// dynamic import, it is an independent parser and expander to check our output against.
const loadIcal = async () => (await import("ical.js")).default
let ICAL: Awaited<ReturnType<typeof loadIcal>>
beforeAll(async () => {
  ICAL = await loadIcal()
})

const now = new Date("2027-02-01T10:15:30.123Z")

const saturdayMarket: EventTiming = {
  starts_local: "2027-03-06T08:00",
  ends_local: "2027-03-06T13:00",
  all_day: false,
  rrule: "FREQ=WEEKLY;BYDAY=SA",
  exdates: ["2027-03-27"],
}

function calendarEvent(overrides: Partial<IcalEvent> = {}): IcalEvent {
  return {
    uid: "event-01@genussnetz.de",
    title: "Bauernmarkt am Rathausplatz",
    description: null,
    location: null,
    geo: null,
    url: null,
    timing: saturdayMarket,
    cancelled: false,
    updated_at: new Date("2027-01-20T09:00:00Z"),
    ...overrides,
  }
}

function feed(events: IcalEvent[]): string {
  return icalendar({ name: "Genussnetz – Veranstaltungen", events }, now)
}

function parseFeed(text: string) {
  return new ICAL.Component(ICAL.parse(text))
}

function onlyEvent(text: string) {
  const [vevent] = parseFeed(text).getAllSubcomponents("vevent")
  return new ICAL.Event(vevent)
}

// Every start ical.js's own expansion yields before `until`, as UTC instants.
function icalStarts(text: string, until: Date): string[] {
  const iterator = onlyEvent(text).iterator()
  const starts: string[] = []
  for (let next = iterator.next(); next; next = iterator.next()) {
    const start = next.toJSDate()
    if (start >= until) break
    starts.push(start.toISOString())
  }
  return starts
}

describe("The iCal feed's frame", () => {
  it("is a VCALENDAR with the header, one Europe/Berlin VTIMEZONE and one VEVENT per event", () => {
    const text = feed([
      calendarEvent({ uid: "a" }),
      calendarEvent({ uid: "b", timing: { ...saturdayMarket, rrule: null, exdates: [] } }),
      calendarEvent({ uid: "c", cancelled: true }),
    ])
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//genussnetz//Veranstaltungen//DE\r\n")).toBe(true)
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true)

    const calendar = parseFeed(text)
    expect(calendar.name).toBe("vcalendar")
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0")
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN")
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH")
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Genussnetz – Veranstaltungen")
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Berlin")
    const zones = calendar.getAllSubcomponents("vtimezone")
    expect(zones).toHaveLength(1)
    expect(zones[0].getFirstPropertyValue("tzid")).toBe("Europe/Berlin")
    expect(text).toContain(
      [
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        // 1970-03-29 and 1970-10-25 were the last Sundays of their months, as the rules say.
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
      ].join("\r\n"),
    )
    expect(calendar.getAllSubcomponents("vevent").map((vevent) => vevent.getFirstPropertyValue("uid"))).toEqual([
      "a",
      "b",
      "c",
    ])
  })

  it("stamps DTSTAMP with now and LAST-MODIFIED with the event's update, in UTC", () => {
    const text = feed([calendarEvent()])
    expect(text).toContain("\r\nDTSTAMP:20270201T101530Z\r\n")
    expect(text).toContain("\r\nLAST-MODIFIED:20270120T090000Z\r\n")
    const vevent = parseFeed(text).getFirstSubcomponent("vevent")
    expect(vevent?.getFirstPropertyValue("dtstamp")?.toString()).toBe("2027-02-01T10:15:30Z")
  })

  it("is an empty but valid calendar without events", () => {
    const calendar = parseFeed(feed([]))
    expect(calendar.getAllSubcomponents("vevent")).toEqual([])
    expect(calendar.getAllSubcomponents("vtimezone")).toHaveLength(1)
  })
})

describe("Times through ical.js's reading of our VTIMEZONE", () => {
  it("places a summer and a winter event at the right UTC instant", () => {
    const summer = onlyEvent(
      feed([calendarEvent({ timing: { starts_local: "2027-07-10T10:00", ends_local: "2027-07-10T18:30", all_day: false, rrule: null, exdates: [] } })]),
    )
    // Resolved from our VTIMEZONE, not from ical.js's own knowledge (it has none for Berlin).
    expect(summer.startDate.zone.tzid).toBe("Europe/Berlin")
    expect(summer.startDate.toJSDate().toISOString()).toBe("2027-07-10T08:00:00.000Z")
    expect(summer.endDate.toJSDate().toISOString()).toBe("2027-07-10T16:30:00.000Z")

    const winter = onlyEvent(
      feed([calendarEvent({ timing: { starts_local: "2027-01-16T10:00", ends_local: "2027-01-16T12:00", all_day: false, rrule: null, exdates: [] } })]),
    )
    expect(winter.startDate.toJSDate().toISOString()).toBe("2027-01-16T09:00:00.000Z")
    expect(winter.endDate.toJSDate().toISOString()).toBe("2027-01-16T11:00:00.000Z")
  })

  it("agrees with berlinToInstant at noon every day and around every transition, 2026–2032", () => {
    const zone = parseFeed(feed([])).getTimeZoneByID("Europe/Berlin")
    expect(zone).not.toBeNull()
    const disagreements: string[] = []
    const check = (local: string) => {
      const [year, month, day, hour, minute] = local.split(/[-T:]/).map(Number)
      const time = new ICAL.Time({ year, month, day, hour, minute, second: 0, isDate: false }, zone!)
      const theirs = time.toJSDate().toISOString()
      const ours = berlinToInstant(local).toISOString()
      if (theirs !== ours) disagreements.push(`${local}: ical.js ${theirs}, ours ${ours}`)
    }
    for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2033, 0, 1); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10)
      check(`${date}T12:00`)
      // Around the transitions (last Sundays of March and October), skipping the hour that does
      // not exist or exists twice.
      if (/-(03|10)-(2[5-9]|3[01])$/.test(date)) {
        for (const time of ["00:00", "01:00", "01:59", "03:00", "03:01", "23:59"]) check(`${date}T${time}`)
      }
    }
    expect(disagreements).toEqual([])
  })
})

describe("A recurring market through ical.js's expansion", () => {
  it("stays at 08:00 Berlin across the spring change and honours EXDATE", () => {
    const text = feed([calendarEvent()])
    expect(text).toContain("\r\nDTSTART;TZID=Europe/Berlin:20270306T080000\r\n")
    expect(text).toContain("\r\nDTEND;TZID=Europe/Berlin:20270306T130000\r\n")
    expect(text).toContain("\r\nRRULE:FREQ=WEEKLY;BYDAY=SA\r\n")
    expect(text).toContain("\r\nEXDATE;TZID=Europe/Berlin:20270327T080000\r\n")

    const until = berlinToInstant("2027-05-01T00:00")
    const theirs = icalStarts(text, until)
    expect(theirs).toEqual([
      "2027-03-06T07:00:00.000Z",
      "2027-03-13T07:00:00.000Z",
      "2027-03-20T07:00:00.000Z",
      // 2027-03-27 is excluded.
      "2027-04-03T06:00:00.000Z",
      "2027-04-10T06:00:00.000Z",
      "2027-04-17T06:00:00.000Z",
      "2027-04-24T06:00:00.000Z",
    ])
    const ours = occurrences(saturdayMarket, berlinToInstant("2027-03-01T00:00"), until)
    expect(ours.map((each) => each.starts_at.toISOString())).toEqual(theirs)
  })

  it("keeps the market's end time in every occurrence", () => {
    const event = onlyEvent(feed([calendarEvent()]))
    const iterator = event.iterator()
    const ends: string[] = []
    for (let next = iterator.next(); next && ends.length < 6; next = iterator.next()) {
      ends.push(event.getOccurrenceDetails(next).endDate.toJSDate().toISOString())
    }
    expect(ends).toEqual([
      "2027-03-06T12:00:00.000Z",
      "2027-03-13T12:00:00.000Z",
      "2027-03-20T12:00:00.000Z",
      "2027-04-03T11:00:00.000Z",
      "2027-04-10T11:00:00.000Z",
      "2027-04-17T11:00:00.000Z",
    ])
  })

  it("agrees with occurrences() on a start that misses the rule: it is not an occurrence", () => {
    const timing = { ...saturdayMarket, starts_local: "2027-03-05T08:00", ends_local: "2027-03-05T13:00" }
    const text = feed([calendarEvent({ timing })])
    const until = berlinToInstant("2027-03-21T00:00")
    const theirs = icalStarts(text, until)
    expect(theirs).toEqual(["2027-03-06T07:00:00.000Z", "2027-03-13T07:00:00.000Z", "2027-03-20T07:00:00.000Z"])
    const ours = occurrences(timing, berlinToInstant("2027-03-01T00:00"), until)
    expect(ours.map((each) => each.starts_at.toISOString())).toEqual(theirs)
  })

  it.each([
    ["FREQ=WEEKLY;BYDAY=SA;UNTIL=20271030", "UNTIL=20271030T215959Z"],
    ["FREQ=WEEKLY;BYDAY=SA;UNTIL=20271030T060000Z", "UNTIL=20271030T060000Z"],
    ["FREQ=WEEKLY;BYDAY=SA;UNTIL=20271030T055959Z", "UNTIL=20271030T055959Z"],
    ["FREQ=WEEKLY;BYDAY=SA;COUNT=12", "COUNT=12"],
    ["FREQ=MONTHLY;BYDAY=1SA", "BYDAY=1SA"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,SA", "INTERVAL=2"],
  ])("expands %j exactly as occurrences() does", (rule, inFeed) => {
    const timing = { ...saturdayMarket, rrule: rule }
    const text = feed([calendarEvent({ timing })])
    expect(text).toMatch(new RegExp(`\\r\\nRRULE:[^\\r]*${inFeed}[;\\r]`))
    const until = berlinToInstant("2028-06-01T00:00")
    const ours = occurrences(timing, berlinToInstant("2027-01-01T00:00"), until)
    expect(icalStarts(text, until)).toEqual(ours.map((each) => each.starts_at.toISOString()))
  })
})

describe("All-day events", () => {
  const harvestFestival: EventTiming = {
    starts_local: "2027-09-17",
    ends_local: "2027-09-19",
    all_day: true,
    rrule: null,
    exdates: [],
  }

  it("are DATE values with an exclusive DTEND", () => {
    const text = feed([calendarEvent({ title: "Erntedankfest", timing: harvestFestival })])
    expect(text).toContain("\r\nDTSTART;VALUE=DATE:20270917\r\n")
    expect(text).toContain("\r\nDTEND;VALUE=DATE:20270920\r\n")
    const event = onlyEvent(text)
    expect(event.startDate.isDate).toBe(true)
    expect(event.startDate.toString()).toBe("2027-09-17")
    expect(event.endDate.toString()).toBe("2027-09-20")
    expect(event.duration.days).toBe(3)
    expect(event.isRecurring()).toBe(false)
  })

  it("a one-day event ends the next day", () => {
    const text = feed([calendarEvent({ timing: { ...harvestFestival, ends_local: "2027-09-17" } })])
    expect(text).toContain("\r\nDTEND;VALUE=DATE:20270918\r\n")
  })

  it("recur with DATE exceptions and a DATE UNTIL", () => {
    const timing: EventTiming = {
      starts_local: "2027-03-27",
      ends_local: "2027-03-28",
      all_day: true,
      rrule: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SA;UNTIL=20300401T120000Z",
      exdates: ["2028-03-25"],
    }
    const text = feed([calendarEvent({ timing })])
    expect(text).toContain("\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SA;UNTIL=20300401\r\n")
    expect(text).toContain("\r\nEXDATE;VALUE=DATE:20280325\r\n")
    const iterator = onlyEvent(text).iterator()
    const days: string[] = []
    for (let next = iterator.next(); next; next = iterator.next()) days.push(next.toString())
    expect(days).toEqual(["2027-03-27", "2029-03-31", "2030-03-30"])
    const ours = occurrences(timing, berlinToInstant("2027-01-01T00:00"), berlinToInstant("2035-01-01T00:00"))
    expect(ours.map((each) => each.starts_local)).toEqual(days)
  })
})

describe("Event properties", () => {
  it("marks a cancelled event CANCELLED and others CONFIRMED", () => {
    const text = feed([calendarEvent({ uid: "on" }), calendarEvent({ uid: "off", cancelled: true })])
    const statuses = parseFeed(text)
      .getAllSubcomponents("vevent")
      .map((vevent) => [vevent.getFirstPropertyValue("uid"), vevent.getFirstPropertyValue("status")])
    expect(statuses).toEqual([
      ["on", "CONFIRMED"],
      ["off", "CANCELLED"],
    ])
    expect(text).toContain("\r\nSTATUS:CANCELLED\r\n")
  })

  it("round-trips text with commas, semicolons, line breaks, backslashes and umlauts", () => {
    const title = "Käse, Wein; Brot\nund Öl \\ Süßes"
    const description = "Erste Zeile\r\nZweite Zeile, mit Komma; und Semikolon\nDritte: \"Zitat\""
    const location = "Marktplatz 1, 91054 Erlangen; Eingang Süd"
    const text = feed([
      calendarEvent({
        title,
        description,
        location,
        uid: "markt,1;a@genussnetz.de",
        url: "https://genussnetz.de/veranstaltungen/bauernmarkt?tag=sa&x=1,2",
        geo: { latitude: 49.59618, longitude: 11.00385 },
      }),
    ])
    expect(text).toContain("SUMMARY:Käse\\, Wein\\; Brot\\nund Öl \\\\ Süßes\r\n")
    const event = onlyEvent(text)
    expect(event.summary).toBe(title)
    expect(event.description).toBe(description.replace(/\r\n/g, "\n"))
    expect(event.location).toBe(location)
    expect(event.uid).toBe("markt,1;a@genussnetz.de")
    expect(event.component.getFirstPropertyValue("url")).toBe(
      "https://genussnetz.de/veranstaltungen/bauernmarkt?tag=sa&x=1,2",
    )
    expect(event.component.getFirstPropertyValue("geo")).toEqual([49.59618, 11.00385])
  })

  it("drops control characters from text and URLs", () => {
    const text = feed([calendarEvent({ title: "Markt\u0000\u0007 am\tSamstag\u007f", url: "https://genussnetz.de/a\r\nb" })])
    expect(onlyEvent(text).summary).toBe("Markt am Samstag")
    expect(text).toContain("\r\nURL:https://genussnetz.de/ab\r\n")
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f]/)
  })

  it("leaves out what an event does not have, and RRULE/EXDATE on a single event", () => {
    const text = feed([calendarEvent({ timing: { ...saturdayMarket, rrule: null } })])
    const vevent = text.slice(text.indexOf("BEGIN:VEVENT"))
    for (const name of ["DESCRIPTION", "LOCATION", "GEO", "URL", "RRULE", "EXDATE"]) {
      expect(vevent).not.toMatch(new RegExp(`\\r\\n${name}[;:]`))
    }
    expect(onlyEvent(text).isRecurring()).toBe(false)
  })

  it("refuses an event with an invalid rule or timing", () => {
    expect(() => feed([calendarEvent({ timing: { ...saturdayMarket, rrule: "FREQ=HOURLY" } })])).toThrow(/FREQ=DAILY/)
    expect(() => feed([calendarEvent({ timing: { ...saturdayMarket, starts_local: "2027-03-06" } })])).toThrow(RangeError)
  })
})

describe("Lines", () => {
  const longDescription =
    "Herzlich willkommen zum großen Genussmarkt in der Fränkischen Schweiz! Über 40 Erzeugerinnen " +
    "und Erzeuger zeigen Käse, Brot, Bier und Bratwürste; für Kinder gibt es Führungen durch die " +
    "Bäckerei. Öffnungszeiten: Samstag 08:00–13:00 Uhr.\nAnfahrt: Bus 203 bis „Marktplatz“ – " +
    "Parkplätze sind knapp. Grüße aus Gößweinstein 🧀🥨🍺 und ein herzliches Vergelt’s Gott!"

  function physicalLines(text: string): string[] {
    expect(text.endsWith("\r\n")).toBe(true)
    return text.slice(0, -2).split("\r\n")
  }

  it("end in CRLF and are at most 75 octets, with no bare CR or LF", () => {
    const text = feed([
      calendarEvent({ description: longDescription, location: "Ä".repeat(200), title: "x".repeat(300) }),
    ])
    for (const line of physicalLines(text)) {
      expect(line).not.toMatch(/[\r\n]/)
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75)
    }
  })

  it("fold a long German description into pieces that unfold to the original", () => {
    const text = feed([calendarEvent({ description: longDescription })])
    const lines = physicalLines(text)
    const start = lines.findIndex((line) => line.startsWith("DESCRIPTION:"))
    const continuation = lines.slice(start + 1).findIndex((line) => !line.startsWith(" "))
    const pieces = lines.slice(start, start + 1 + continuation)
    expect(pieces.length).toBeGreaterThan(3)
    // Each piece is whole UTF-8 (nothing cut inside an umlaut or emoji), and fills its 75 octets
    // unless the next character would not fit.
    const decoder = new TextDecoder("utf-8", { fatal: true })
    for (const piece of pieces) {
      const octets = Buffer.from(piece, "utf8")
      expect(decoder.decode(octets)).toBe(piece)
      expect(piece).not.toContain("\ufffd")
    }
    for (const piece of pieces.slice(0, -1)) expect(Buffer.byteLength(piece, "utf8")).toBeGreaterThan(71)
    const unfolded = pieces.map((piece, index) => (index === 0 ? piece : piece.slice(1))).join("")
    expect(unfolded).toBe(`DESCRIPTION:${longDescription.replace(/,/g, "\\,").replace(/;/g, "\\;").replace(/\n/g, "\\n")}`)
    expect(onlyEvent(text).description).toBe(longDescription)
  })

  it("leave short lines alone", () => {
    const text = feed([calendarEvent({ title: "Kurz" })])
    expect(text).toContain("\r\nSUMMARY:Kurz\r\n")
    expect(text).not.toContain("\r\n ")
  })
})
