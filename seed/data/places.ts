/**
 * The association's invented Genussorte: places to taste or buy — Bierkeller, brewery tap rooms,
 * farm shops, a market hall, Gasthäuser and a café. Every name, street, text and opening time is
 * made up; the towns are real (data/towns.ts), and so are the traditions the texts speak of (the
 * Bierkeller season, Forchheim's Kellerwald and Annafest, carp in the months with an "r",
 * Bamberg's market gardens). A place run by a network producer names it by its handle
 * (data/producers.ts) and lies in that producer's town.
 */
import type { TownKey } from "./towns"

type Words = { de: string; en: string }

export type PlaceKind = "beer_cellar" | "tap_room" | "farm_shop" | "market_hall" | "restaurant" | "cafe"

/** Opening hours: on `days` (1 Monday … 7 Sunday) from `opens` to `closes` ("HH:mm", Berlin time); with `from`/`until` ("MM-DD", inclusive) only in that season (a Bierkeller opens in summer). A season may wrap the year's end (from "11-15" until "02-28"). */
export type OpeningHours = { days: number[]; opens: string; closes: string; from?: string; until?: string }[]

export type SeededPlace = {
  /** kebab-case, a-z0-9 and hyphens, unique. */
  handle: string
  kind: PlaceKind
  /** A proper name, the same in both languages (invented). */
  name: string
  /** Two to four sentences. */
  description: Words
  town: TownKey
  /** Invented but plausible street and number. */
  street: string
  /** Metres east and north of the town's centre coordinate, so places in one town do not stack (each within 2,500 m). */
  offset: [number, number]
  /** The network producer that runs it (a producer handle from producers.ts), if any. */
  producer?: string
  opening_hours: OpeningHours
  /** Said beside the hours, e.g. "bei schlechtem Wetter geschlossen" / "closed in bad weather". */
  opening_note?: Words
}

const WEEKDAYS = [1, 2, 3, 4, 5]
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]

export const PLACES: SeededPlace[] = [
  // Bierkeller: open in the warm months, in the afternoon and evening
  {
    handle: "kellerhals-keller",
    kind: "beer_cellar",
    name: "Kellerhals-Keller",
    description: {
      de: "Der Sommerkeller der Brauerei Kellerhals liegt oben am Stephansberg, genau über den Felsenkellern, in denen das Rauchbier reift. Unter alten Linden kommt das Märzen frisch aus dem Holzfass, dazu gibt es Brotzeit mit Presssack, Radi und Gerupftem. Von den hinteren Tischen schaut man über die Dächer der Bergstadt bis zum Dom.",
      en: "Brauerei Kellerhals's summer cellar sits high on the Stephansberg, right above the rock cellars where its smoked beer matures. Under old lime trees the Märzen is poured straight from the wooden cask, with a Brotzeit of brawn, radish and Gerupfter cheese spread. From the back tables you look across the rooftops of the hill town to the cathedral.",
    },
    town: "bamberg",
    street: "Am Kellerberg 7",
    offset: [-170, -745],
    producer: "brauerei-kellerhals",
    opening_hours: [
      { days: WEEKDAYS, opens: "16:00", closes: "23:00", from: "05-01", until: "09-30" },
      { days: [6, 7], opens: "11:00", closes: "23:00", from: "05-01", until: "09-30" },
    ],
    opening_note: { de: "Nur bei trockenem Wetter – wenn es regnet, bleibt der Keller zu.", en: "Open in dry weather only – when it rains, the cellar stays closed." },
  },
  {
    handle: "zwingel-keller",
    kind: "beer_cellar",
    name: "Zwingel-Keller",
    description: {
      de: "Unter den Kastanien am Ortsrand schenkt das Brauhaus Zwingel sein ungespundetes Kellerbier aus – im Steinkrug, wie es sich gehört. An warmen Abenden sitzt hier das halbe Dorf, und die Kinder spielen zwischen den Bänken. Die eigene Brotzeit darf man mitbringen, Bratwürste und Brot gibt es aber auch am Ausschank.",
      en: "Under the chestnut trees on the edge of the village, Brauhaus Zwingel pours its unbunged cellar beer – in stoneware mugs, as it should be. On warm evenings half the village sits here while the children play between the benches. You may bring your own Brotzeit, though sausages and bread are sold at the counter too.",
    },
    town: "buttenheim",
    street: "Kellerweg 3",
    offset: [350, 600],
    producer: "brauhaus-zwingel",
    opening_hours: [
      { days: [3, 4, 5], opens: "16:00", closes: "22:30", from: "04-15", until: "09-30" },
      { days: [6, 7], opens: "11:00", closes: "22:30", from: "04-15", until: "09-30" },
    ],
    opening_note: { de: "Bei Regen und Gewitter geschlossen.", en: "Closed in rain and thunderstorms." },
  },
  {
    handle: "schwalbenkeller-kreuzberg",
    kind: "beer_cellar",
    name: "Schwalbenkeller am Kreuzberg",
    description: {
      de: "Ein kleiner Keller am Hang des Kreuzbergs, ein paar Schritte unterhalb der alten Wallfahrtskirche. Ausgeschenkt wird Bier aus den Brauereien der Umgebung, dazu gibt es Brotzeit mit Stadtwurst, Gerupftem und Bauernbrot. Vom Waldrand aus reicht der Blick weit über den Aischgrund.",
      en: "A small cellar on the slope of the Kreuzberg, a few steps below the old pilgrimage church. It pours beer from the breweries round about and serves a Brotzeit of Stadtwurst, Gerupfter and farmhouse bread. From the edge of the woods the view stretches far across the Aischgrund.",
    },
    town: "hallerndorf",
    street: "Am Kreuzberg 9",
    offset: [-1550, -60],
    opening_hours: [
      { days: [2, 3, 4, 5, 6], opens: "15:00", closes: "22:00", from: "05-01", until: "09-15" },
      { days: [7], opens: "10:00", closes: "22:00", from: "05-01", until: "09-15" },
    ],
    opening_note: { de: "Öffnet nur bei gutem Wetter.", en: "Opens in fine weather only." },
  },
  {
    handle: "lindenkeller-forchheim",
    kind: "beer_cellar",
    name: "Lindenkeller",
    description: {
      de: "Einer der Keller im Forchheimer Kellerwald: Bänke unter hohen Linden und Eichen, dahinter die kühlen Gänge im Sandstein, in denen früher das Bier lagerte. Unter der Woche geht es hier ruhig zu, Ende Juli macht das Annafest aus dem ganzen Wald ein Volksfest. Die Biere am Hahn wechseln und kommen aus Forchheim und den Dörfern ringsum.",
      en: "One of the cellars in Forchheim's Kellerwald: benches under tall limes and oaks, and behind them the cool sandstone passages where beer used to be stored. On weekdays it is quiet; at the end of July the Annafest turns the whole wood into a folk festival. The beers on tap change and come from Forchheim and the surrounding villages.",
    },
    town: "forchheim",
    street: "An den Kellern 12",
    offset: [1400, 700],
    opening_hours: [{ days: EVERY_DAY, opens: "16:00", closes: "23:00", from: "04-20", until: "09-20" }],
    opening_note: { de: "Während des Annafests Ende Juli täglich ab 11 Uhr geöffnet.", en: "During the Annafest at the end of July, open daily from 11 am." },
  },

  // Brewery tap rooms
  {
    handle: "braustueberl-goldhammer",
    kind: "tap_room",
    name: "Bräustüberl Goldhammer",
    description: {
      de: "Die Gaststube der Brauerei Goldhammer liegt gleich neben dem Sudhaus, unterhalb der Plassenburg. Das dunkle Landbier kommt hier direkt aus dem Lagerkeller ins Glas, dazu gibt es Bratwürste vom Rost und im Winter Schäufele. Im Sommer wird der Hof zum Biergarten.",
      en: "Brauerei Goldhammer's tap room sits right next to the brewhouse, below the Plassenburg. The dark country lager goes straight from the lagering cellar into the glass, served with grilled bratwurst and, in winter, roast pork shoulder. In summer the courtyard becomes a beer garden.",
    },
    town: "kulmbach",
    street: "Brauhausgasse 4",
    offset: [200, -150],
    producer: "brauerei-goldhammer",
    opening_hours: [
      { days: [2, 3, 4, 5, 6, 7], opens: "11:00", closes: "23:00", from: "04-01", until: "10-31" },
      { days: [3, 4, 5, 6, 7], opens: "16:00", closes: "22:30", from: "11-01", until: "03-31" },
    ],
    opening_note: { de: "Im Sommer mit Biergarten im Hof, im Winter nur die Gaststube.", en: "Courtyard beer garden in summer; in winter the tap room only." },
  },
  {
    handle: "klosterschenke-sankt-veit",
    kind: "tap_room",
    name: "Klosterschenke St. Veit",
    description: {
      de: "In den alten Gewölben der Klosterbrauerei wird an langen Holztischen ausgeschenkt, was nebenan gebraut wird: Landbier, Zwickl und in der kalten Jahreszeit der Bock. Die Küche ist einfach und fränkisch. Wer vorher auf den Staffelberg gestiegen ist, hat sich die Einkehr verdient.",
      en: "In the old vaulted rooms of the monastery brewery, long wooden tables and whatever is brewed next door: country lager, Zwickl and, in the cold months, the bock. The kitchen is simple and Franconian. Climb the Staffelberg first and you will have earned it.",
    },
    town: "staffelstein",
    street: "Klostergasse 2",
    offset: [-150, 200],
    producer: "klosterbrauerei-sankt-veit",
    opening_hours: [{ days: [3, 4, 5, 6, 7], opens: "11:00", closes: "22:00" }],
  },
  {
    handle: "brauereigasthof-rennert",
    kind: "tap_room",
    name: "Brauereigasthof Rennert",
    description: {
      de: "Das Wirtshaus der Bergbrauerei liegt am oberen Ortsrand, ein paar Minuten von der Basilika entfernt. Ausgeschenkt wird nur eigenes Bier, vom Zwickl bis zum Rauchbier, und die Karte folgt der Jahreszeit: Schwammerl im Spätsommer, Wild im Herbst, Forelle aus der Wiesent das ganze Jahr. Auf der Terrasse sitzen Wanderer und Radler Tisch an Tisch.",
      en: "The mountain brewery's inn is at the top of the village, a few minutes from the basilica. Only its own beer is poured, from Zwickl to smoked beer, and the menu follows the seasons: wild mushrooms in late summer, game in autumn, trout from the Wiesent all year round. On the terrace, hikers and cyclists sit side by side.",
    },
    town: "goessweinstein",
    street: "Bergstraße 11",
    offset: [120, -80],
    producer: "bergbrauerei-rennert",
    opening_hours: [{ days: [1, 2, 4, 5, 6, 7], opens: "10:00", closes: "22:00" }],
    opening_note: { de: "Im Januar drei Wochen Betriebsurlaub.", en: "Closed for three weeks in January." },
  },

  // Farm shops
  {
    handle: "hofladen-pfister",
    kind: "farm_shop",
    name: "Hofladen Pfister",
    description: {
      de: "Der Laden liegt in der Toreinfahrt des alten Gärtnerhauses, dahinter beginnen die langen, schmalen Beete mitten in der Stadt. Verkauft wird, was am Morgen geerntet wurde: Salat, Zwiebeln, Wirsing, Rote Bete und im Herbst die Bamberger Hörnla. Dazu gibt es Eier und Suppenhühner vom eigenen Hof.",
      en: "The shop is in the gateway of the old market gardener's house; behind it the long, narrow beds begin, right in the middle of town. What was harvested that morning is for sale: lettuce, onions, savoy cabbage, beetroot and, in autumn, Bamberger Hörnla potatoes. There are also eggs and boiling fowl from the family's own hens.",
    },
    town: "bamberg",
    street: "Am Gärtnerfeld 18",
    offset: [620, 640],
    producer: "gemuesehof-pfister",
    opening_hours: [
      { days: [2, 4, 5], opens: "09:00", closes: "18:00" },
      { days: [6], opens: "08:00", closes: "12:30" },
    ],
  },
  {
    handle: "hofladen-kirschenhof-leupold",
    kind: "farm_shop",
    name: "Hofladen Kirschenhof Leupold",
    description: {
      de: "Der Hofladen der Familie Leupold liegt zwischen Streuobstwiesen auf der Hochfläche über dem Wiesenttal. Im Sommer stapeln sich hier die Kirschenkisten vom Morgen, ab August folgen die Zwetschgen, dazu gibt es naturtrüben Apfelsaft von den eigenen Bäumen. Zur Kirschblüte im April lohnt sich ein Spaziergang durch die Anlage, auch wenn der Laden dann noch geschlossen ist.",
      en: "The Leupold family's farm shop sits among meadow orchards on the plateau above the Wiesent valley. In summer the crates of the morning's cherries are stacked up here, from August the damsons follow, and there is cloudy apple juice from the farm's own trees. At blossom time in April a walk through the orchards is worth it, even though the shop is still closed then.",
    },
    town: "goessweinstein",
    street: "Kirschenweg 5",
    offset: [-900, -600],
    producer: "kirschenhof-leupold",
    opening_hours: [
      { days: [1, 2, 3, 4, 5, 6], opens: "08:00", closes: "18:00", from: "06-10", until: "07-31" },
      { days: [5, 6], opens: "09:00", closes: "17:00", from: "08-01", until: "10-31" },
    ],
    opening_note: { de: "Kirschen gibt es, solange der Vorrat reicht – in der Erntezeit am besten vormittags kommen.", en: "Cherries while stocks last – during the harvest, best come in the morning." },
  },
  {
    handle: "hofladen-strobel",
    kind: "farm_shop",
    name: "Hofladen der Landmetzgerei Strobel",
    description: {
      de: "Im Laden der Landmetzgerei am Hollfelder Marktplatz hängen die Schinken aus der eigenen Räucherkammer. Die Schweine kommen von Höfen der Umgebung und werden im Schlachthaus in Thurnau geschlachtet – woher jedes Stück stammt, steht an der Theke. Donnerstags gibt es ab zehn Uhr warmen Leberkäs.",
      en: "In the country butcher's shop on Hollfeld's market square, hams from the family's own smokehouse hang behind the counter. The pigs come from farms round about and are slaughtered at the slaughterhouse in Thurnau – the counter tells you where every piece comes from. On Thursdays there is hot Leberkäse from ten o'clock.",
    },
    town: "hollfeld",
    street: "Marktplatz 9",
    offset: [80, 60],
    producer: "landmetzgerei-strobel",
    opening_hours: [
      { days: [2, 3, 4, 5], opens: "07:30", closes: "18:00" },
      { days: [6], opens: "07:00", closes: "12:00" },
    ],
  },
  {
    handle: "fischverkauf-roth",
    kind: "farm_shop",
    name: "Fischverkauf Teichwirtschaft Roth",
    description: {
      de: "Am Rand der Weiher verkauft die Teichwirtschaft Roth von September bis April ihre Spiegelkarpfen, küchenfertig halbiert oder filetiert. Die Fische wachsen drei Sommer lang in naturnahen Teichen heran, im Herbst wird abgefischt. Außerdem gibt es geräucherte Forellen und frischen Saibling.",
      en: "At the edge of its ponds, Teichwirtschaft Roth sells its mirror carp from September to April, halved and oven-ready or filleted. The fish grow for three summers in near-natural ponds and are harvested in autumn. There is smoked trout and fresh char as well.",
    },
    town: "hallerndorf",
    street: "Weiherweg 2",
    offset: [600, -900],
    producer: "teichwirtschaft-aischgrund-roth",
    opening_hours: [
      { days: [5], opens: "09:00", closes: "18:00", from: "09-01", until: "04-30" },
      { days: [6], opens: "08:00", closes: "12:00", from: "09-01", until: "04-30" },
    ],
    opening_note: { de: "Karpfen gibt es nur in den Monaten mit „r“ – von Mai bis August bleibt der Verkauf geschlossen.", en: "Carp only in the months with an “r” – the shop is closed from May to August." },
  },

  // Market hall
  {
    handle: "markthalle-am-leinritt",
    kind: "market_hall",
    name: "Markthalle am Leinritt",
    description: {
      de: "In einem alten Lagerhaus an der Regnitz haben sich ein gutes Dutzend Stände zusammengetan: Gemüse aus der Gärtnerstadt, Käse aus dem Fichtelgebirge, Brot, Wurst und Fisch aus der Region. In der Mitte stehen ein paar Tische für einen Kaffee oder ein schnelles Mittagessen. Samstags ist es voll, unter der Woche gemütlich.",
      en: "A dozen or so stalls have moved into an old warehouse on the Regnitz: vegetables from the market-garden quarter, cheese from the Fichtelgebirge, bread, sausage and fish from the region. A few tables in the middle are there for a coffee or a quick lunch. Saturdays are busy, weekdays relaxed.",
    },
    town: "bamberg",
    street: "Am Leinritt 3",
    offset: [-80, 110],
    opening_hours: [
      { days: WEEKDAYS, opens: "08:00", closes: "18:30" },
      { days: [6], opens: "07:30", closes: "16:00" },
    ],
  },

  // Gasthäuser
  {
    handle: "gasthaus-zur-linde-schesslitz",
    kind: "restaurant",
    name: "Gasthaus zur Linde",
    description: {
      de: "Ein Landgasthaus, wie man es sich vorstellt: Kachelofen, Stammtisch, Schäufele mit Kloß und Soße. Das Schweinefleisch kommt aus dem Nachbardorf, das Brot vom Bäcker am Marktplatz, das Bier aus dem Fass. Im Sommer sitzt man unter der alten Linde, die dem Haus den Namen gibt.",
      en: "A country inn just as you would picture it: tiled stove, regulars' table, pork shoulder with dumpling and gravy. The pork comes from the next village, the bread from the baker on the market square, the beer from the cask. In summer you sit under the old lime tree that gives the house its name.",
    },
    town: "schesslitz",
    street: "Hauptstraße 12",
    offset: [50, -40],
    producer: "gasthaus-zur-linde",
    opening_hours: [
      { days: [3, 4, 5, 6], opens: "11:30", closes: "14:00" },
      { days: [3, 4, 5, 6], opens: "17:30", closes: "22:00" },
      { days: [7], opens: "11:00", closes: "20:00" },
    ],
    opening_note: { de: "Sonntags ist das Schäufele oft schon gegen eins aus – besser reservieren.", en: "On Sundays the Schäufele is often gone by one o'clock – best to book." },
  },
  {
    handle: "wirtshaus-am-markt",
    kind: "restaurant",
    name: "Wirtshaus am Markt",
    description: {
      de: "Das Wirtshaus an der Maximilianstraße schreibt zu jedem Gericht, woher die Zutaten kommen – vom Rindfleisch aus dem Frankenwald bis zum Käse aus dem Fichtelgebirge. Mittags gibt es ein wechselndes Tagesgericht, abends fränkische Klassiker wie Sauerbraten mit Lebkuchensoße. Die Brotzeitpakete aus der eigenen Küche kann man auch für unterwegs mitnehmen.",
      en: "This inn on Maximilianstraße lists where the ingredients of every dish come from – from Frankenwald beef to Fichtelgebirge cheese. At lunchtime there is a changing dish of the day, in the evening Franconian classics such as sauerbraten with gingerbread gravy. The Brotzeit boxes from its kitchen can also be taken along for the road.",
    },
    town: "bayreuth",
    street: "Maximilianstraße 47",
    offset: [-100, 50],
    producer: "wirtshaus-am-markt-bayreuth",
    opening_hours: [
      { days: [2, 3, 4, 5, 6], opens: "11:00", closes: "23:00" },
      { days: [7], opens: "11:00", closes: "15:00" },
    ],
    opening_note: { de: "Während der Festspielzeit im Juli und August abends nur mit Reservierung.", en: "During the festival season in July and August, evenings by reservation only." },
  },

  // Café
  {
    handle: "cafe-selbitzblick",
    kind: "cafe",
    name: "Café Selbitzblick",
    description: {
      de: "Ein kleines Café am Ufer der Selbitz, beliebt bei Wanderern auf dem Weg ins Höllental. Die Kuchen backt die Wirtin selbst, ihre Spezialität ist Käsekuchen mit Quark aus der Nailaer Sennerei. Im Winter gibt es heiße Schokolade und Waffeln am Kachelofen.",
      en: "A small café on the bank of the Selbitz, popular with hikers on their way to the Höllental. The owner bakes the cakes herself; her speciality is cheesecake made with quark from Naila's dairy. In winter there is hot chocolate and waffles by the tiled stove.",
    },
    town: "naila",
    street: "Am Selbitzufer 4",
    offset: [-200, 300],
    opening_hours: [{ days: [4, 5, 6, 7], opens: "13:00", closes: "18:00" }],
    opening_note: { de: "Kuchen, solange der Vorrat reicht.", en: "Cakes while they last." },
  },
]
