/**
 * The association's invented tours: a walk, two bike rides, a drive and a Frankenwald hike from
 * one Genussort or producer to the next. Titles, texts and stops are made up; the route points
 * are real — the towns of data/towns.ts and named villages, hills and castles with their real
 * WGS 84 coordinates (checked to a few hundred metres). The seed lays a road-like track through
 * `via`; every stop is a place of data/places.ts or a producer of data/producers.ts in or near
 * a town the track passes.
 */
import type { TownKey } from "./towns"

type Words = { de: string; en: string }

export type TourMode = "walk" | "bike" | "car"

export type SeededTour = {
  handle: string
  title: Words
  /** Three to five sentences: what you see, taste, the way (terrain), best season. */
  description: Words
  mode: TourMode
  /** Where the track goes, in order: town keys from towns.ts or real named points with real WGS84 coordinates you are sure of to ~500 m (villages, hills, castles); the generator lays a road-like path through them. First and last may be the same (a loop). */
  via: ({ town: TownKey } | { name: string; lat: number; lon: number })[]
  /** The stops in order: a Genussort from places.ts or a network producer from producers.ts, each with a line on what to do there. */
  stops: (({ place: string } | { producer: string }) & { note: Words })[]
}

export const TOURS: SeededTour[] = [
  {
    handle: "bamberg-gaertnerstadt-bis-keller",
    title: { de: "Von der Gärtnerstadt auf den Keller", en: "From the market gardens to the beer cellar" },
    description: {
      de: "Der Spaziergang beginnt am Bahnhof und führt durch die Gärtnerstadt, wo zwischen den Häusern noch Gemüse auf langen Beeten wächst. Über den Maxplatz und das Alte Rathaus mitten in der Regnitz geht es hinauf auf den Domberg und zum Michaelsberg, dann quer durch die Bergstadt zum Stephansberg, wo der Tag auf dem Keller endet. Die Wege sind kurz und meist gepflastert, die Anstiege zu den Hügeln aber steil. Am schönsten ist die Runde von Mai bis September, wenn der Keller geöffnet hat und die Gärtner ernten.",
      en: "The walk starts at the station and leads through the market-garden quarter, where vegetables still grow in long beds between the houses. Via Maxplatz and the Old Town Hall in the middle of the Regnitz it climbs to the cathedral hill and the Michaelsberg, then crosses the hill town to the Stephansberg, where the day ends at the beer cellar. The distances are short and mostly paved, but the climbs up the hills are steep. It is best from May to September, when the cellar is open and the gardeners are harvesting.",
    },
    mode: "walk",
    via: [
      { name: "Bamberg, Bahnhof", lat: 49.9007, lon: 10.8993 },
      { name: "Gärtnerstadt", lat: 49.8975, lon: 10.8955 },
      { name: "Maxplatz", lat: 49.8938, lon: 10.8876 },
      { name: "Altes Rathaus", lat: 49.8916, lon: 10.8869 },
      { name: "Domberg", lat: 49.8908, lon: 10.8822 },
      { name: "Michaelsberg", lat: 49.8947, lon: 10.8794 },
      { name: "Stephansberg", lat: 49.885, lon: 10.8844 },
    ],
    stops: [
      {
        place: "hofladen-pfister",
        note: { de: "Im Hofladen Gemüse für daheim kaufen und einen Blick in den Garten hinter dem Haus werfen.", en: "Buy vegetables to take home and have a look at the garden behind the house." },
      },
      {
        place: "markthalle-am-leinritt",
        note: { de: "Einen Kaffee an einem der Stände trinken und ein Stück Bergkäse für die Brotzeit später einpacken.", en: "Have a coffee at one of the stalls and pack a piece of mountain cheese for the Brotzeit later." },
      },
      {
        producer: "metzgerei-bauernfeind",
        note: { de: "Bratwürste und Presssack holen – auf dem Keller darf man die eigene Brotzeit auspacken.", en: "Pick up bratwurst and brawn – at the cellar you may unpack your own Brotzeit." },
      },
      {
        producer: "maelzerei-rauchfuss",
        note: { de: "Wenn gedarrt wird, riecht man den Buchenrauch schon am Zaun; Hobbybrauer bekommen hier Rauchmalz im Sack.", en: "When the kiln is running you can smell the beech smoke from the fence; home brewers can buy smoked malt by the sack." },
      },
      {
        place: "kellerhals-keller",
        note: { de: "Zum Schluss ein Seidla Rauchbier unter den Linden, mit Blick auf den Dom.", en: "Finish with a half-litre of smoked beer under the limes, looking out at the cathedral." },
      },
    ],
  },
  {
    handle: "wiesenttal-kirschgaerten-radrunde",
    title: {
      de: "Durchs Wiesenttal nach Pottenstein und durch die Kirschgärten zurück",
      en: "Up the Wiesent valley to Pottenstein and back through the cherry orchards",
    },
    description: {
      de: "Die Runde folgt zuerst der Wiesent flussaufwärts, vorbei an Streitberg und Muggendorf, unter Burgruinen und Kletterfelsen. Hinter Behringersmühle biegt sie ins Püttlachtal ab, vorbei an den Häusern von Tüchersfeld, die an den Felsen kleben, bis nach Pottenstein; danach folgt der einzige lange Anstieg hinauf nach Gößweinstein. Über die Hochfläche rollt man schließlich durch die Kirschgärten hinab nach Pretzfeld und zurück nach Ebermannstadt. In den Tälern fährt man meist auf Radwegen, oben auf ruhigen Nebenstraßen; ein E-Bike nimmt den Steigungen den Schrecken. Am schönsten ist die Tour zur Kirschblüte von Mitte April bis Anfang Mai oder im Juli, wenn die Kirschen reif sind.",
      en: "The loop first follows the Wiesent upstream past Streitberg and Muggendorf, beneath castle ruins and climbing crags. Beyond Behringersmühle it turns into the Püttlach valley, past the houses of Tüchersfeld that cling to the rocks, to Pottenstein; then comes the one long climb, up to Gößweinstein. From there you roll across the plateau and down through the cherry orchards to Pretzfeld and back to Ebermannstadt. In the valleys you ride mostly on cycle paths, on the plateau on quiet back roads; an e-bike takes the sting out of the climbs. Best in cherry-blossom time from mid-April to early May, or in July when the cherries are ripe.",
    },
    mode: "bike",
    via: [
      { town: "ebermannstadt" },
      { name: "Streitberg", lat: 49.81, lon: 11.222 },
      { name: "Muggendorf", lat: 49.8034, lon: 11.2615 },
      { name: "Behringersmühle", lat: 49.7797, lon: 11.3331 },
      { name: "Tüchersfeld", lat: 49.7858, lon: 11.3607 },
      { town: "pottenstein" },
      { town: "goessweinstein" },
      { name: "Pretzfeld", lat: 49.754, lon: 11.173 },
      { town: "ebermannstadt" },
    ],
    stops: [
      {
        producer: "talmuehle-wagenknecht",
        note: {
          de: "Vor dem Start an der Mühle vorbeischauen: Das Wasserrad an der Wiesent dreht sich noch, und das Mehl gibt es in kleinen Tüten, die in die Satteltasche passen.",
          en: "Call in at the mill before setting off: the water wheel on the Wiesent still turns, and the flour comes in small bags that fit into a pannier.",
        },
      },
      {
        producer: "landbaeckerei-ochs",
        note: { de: "Mittagspause in Pottenstein: Roggenbrot und Kümmelweckla aus dem Holzofen.", en: "Lunch break in Pottenstein: rye bread and caraway rolls from the wood-fired oven." },
      },
      {
        place: "brauereigasthof-rennert",
        note: { de: "Nach dem Anstieg ein Zwickl auf der Terrasse – oder eine Apfelschorle, denn es geht ja noch weiter.", en: "After the climb, a Zwickl on the terrace – or an apple spritzer, since there is more riding to come." },
      },
      {
        place: "hofladen-kirschenhof-leupold",
        note: { de: "Eine Tüte Kirschen für die Abfahrt mitnehmen; zur Blütezeit einfach zwischen den Bäumen anhalten.", en: "Take a bag of cherries for the descent; in blossom time, simply stop among the trees." },
      },
      {
        producer: "forellenzucht-wiesent",
        note: { de: "Zurück in Ebermannstadt: eine geräucherte Forelle fürs Abendessen.", en: "Back in Ebermannstadt: a smoked trout for supper." },
      },
    ],
  },
  {
    handle: "bierkeller-radrunde-forchheim-buttenheim",
    title: { de: "Auf den Keller: Radrunde zwischen Forchheim, Hallerndorf und Buttenheim", en: "Cellar hopping by bike: Forchheim, Hallerndorf and Buttenheim" },
    description: {
      de: "Eine flache Runde durch das Regnitztal zu drei Bierkellern, wie sie für diese Ecke Frankens typisch sind: Bänke unter alten Bäumen, Bier aus dem Steinkrug, Brotzeit auf dem Holzbrett. Nur der Anstieg zum Kreuzberg bei Hallerndorf fordert ein wenig, oben wartet dafür der Blick über den Aischgrund. Gefahren wird auf Radwegen und Feldwegen, ein Stück auch am Main-Donau-Kanal entlang. Die Keller haben von Ende April bis September geöffnet; im September beginnt außerdem die Karpfenzeit, dann passt alles zusammen. Bitte mit Maß trinken – und im Zweifel das Rad schieben.",
      en: "A flat loop through the Regnitz valley to three beer cellars of the kind this corner of Franconia is known for: benches under old trees, beer in stoneware mugs, Brotzeit on a wooden board. Only the climb to the Kreuzberg near Hallerndorf takes some effort, rewarded by the view across the Aischgrund. The route runs on cycle paths and farm tracks, for a stretch along the Main–Danube Canal. The cellars are open from late April to September; in September the carp season begins as well, and everything comes together. Please drink in moderation – and when in doubt, push the bike.",
    },
    mode: "bike",
    via: [
      { town: "forchheim" },
      { name: "Kreuzberg (Hallerndorf)", lat: 49.7596, lon: 10.9545 },
      { town: "hallerndorf" },
      { town: "buttenheim" },
      { town: "forchheim" },
    ],
    stops: [
      {
        producer: "gut-wiesenthau",
        note: { de: "Am Start die Gerstenfelder des Guts ansehen: Hier wächst, was später als Malz im Bier landet.", en: "At the start, look at the estate's barley fields: this is what ends up in the beer as malt." },
      },
      {
        place: "schwalbenkeller-kreuzberg",
        note: { de: "Erste Einkehr nach dem Anstieg, mit Blick über den Aischgrund.", en: "First stop after the climb, with a view across the Aischgrund." },
      },
      {
        place: "fischverkauf-roth",
        note: { de: "Ab September Karpfen fürs Wochenende bestellen; wer eine Kühltasche dabeihat, nimmt ihn gleich mit.", en: "From September, order carp for the weekend; bring a cool bag and you can take it with you straight away." },
      },
      {
        place: "zwingel-keller",
        note: { de: "Kellerbier unter den Kastanien – das Herzstück der Runde.", en: "Cellar beer under the chestnuts – the heart of the loop." },
      },
      {
        place: "lindenkeller-forchheim",
        note: { de: "Zum Ausklang in den Kellerwald am Stadtrand.", en: "Round off the day in the Kellerwald on the edge of town." },
      },
    ],
  },
  {
    handle: "genussstrasse-kulmbach-bayreuth",
    title: { de: "Genussstraße: Von Kulmbach über Sanspareil nach Bayreuth", en: "Taste trail: Kulmbach to Bayreuth by way of Sanspareil" },
    description: {
      de: "Die Tagestour mit dem Auto beginnt in Kulmbach unter der Plassenburg und führt über das Schlossstädtchen Thurnau und den Felsengarten Sanspareil auf die Jurahöhen um Hollfeld. Von dort geht es hinunter in die Fränkische Schweiz nach Pottenstein und schließlich nach Bayreuth. Unterwegs liegen eine Brauerei, ein Hof mit Strohschweinen, eine Landmetzgerei, eine Obstbrennerei und zum Schluss ein Wirtshaus, das auf der Karte jede Herkunft nennt. Die Straßen sind kurvig, aber gut ausgebaut; mit Pausen sollte man einen ganzen Tag einplanen. Schön zu jeder Jahreszeit, besonders im Oktober, wenn sich die Buchenwälder färben.",
      en: "This day trip by car starts in Kulmbach below the Plassenburg and leads via the little castle town of Thurnau and the rock garden of Sanspareil up onto the Jura uplands around Hollfeld. From there it descends into Franconian Switzerland to Pottenstein and finally to Bayreuth. Along the way are a brewery, a farm that keeps its pigs on straw, a country butcher, a fruit distillery and, at the end, an inn whose menu names the origin of everything. The roads are winding but good; with stops, allow a whole day. Lovely in every season, especially in October when the beech woods turn.",
    },
    mode: "car",
    via: [
      { town: "kulmbach" },
      { town: "thurnau" },
      { name: "Sanspareil, Burg Zwernitz", lat: 49.9835, lon: 11.3155 },
      { town: "hollfeld" },
      { town: "pottenstein" },
      { town: "bayreuth" },
    ],
    stops: [
      {
        place: "braustueberl-goldhammer",
        note: { de: "Das dunkle Landbier probieren – wer fährt, nimmt es im Kasten mit nach Hause.", en: "Taste the dark country lager – whoever is driving takes a crate home instead." },
      },
      {
        producer: "weidehof-kraus",
        note: { de: "Nach Absprache die Ställe mit Stroh und Auslauf ansehen; Bestellungen kann man hier abholen.", en: "By arrangement, see the straw-bedded pens with their outdoor runs; orders can be collected here." },
      },
      {
        place: "hofladen-strobel",
        note: { de: "Rohschinken und Stadtwurst für eine Brotzeit unterwegs einkaufen.", en: "Buy raw ham and Stadtwurst for a Brotzeit on the way." },
      },
      {
        producer: "brennerei-obstgarten-fuchs",
        note: { de: "Zwetschgen- und Kirschbrand aus Früchten der Fränkischen Schweiz – zum Mitnehmen, nicht zum Probieren am Steuer.", en: "Damson and cherry brandy from Franconian Switzerland fruit – to take home, not to taste at the wheel." },
      },
      {
        place: "wirtshaus-am-markt",
        note: { de: "Zum Abschluss Sauerbraten mit Lebkuchensoße in der Bayreuther Innenstadt.", en: "To finish, sauerbraten with gingerbread gravy in the centre of Bayreuth." },
      },
    ],
  },
  {
    handle: "hoellental-runde-naila",
    title: { de: "Ins Höllental: Frankenwald-Runde ab Naila", en: "Into the Höllental: a Frankenwald loop from Naila" },
    description: {
      de: "Von Naila geht es an der Selbitz entlang nach Marxgrün und Hölle, wo Mineralquellen aus dem Boden sprudeln, und dann hinein ins enge Höllental mit seinen dunklen Diabasfelsen. Über steile Pfade steigt man zur Burgruine Lichtenberg auf, von deren Turm der Blick weit nach Thüringen reicht, und wandert über die Hochfläche und durch Fichtenwald zurück nach Naila. Die Runde ist eine ausgewachsene Tageswanderung mit einigen Auf- und Abstiegen, feste Schuhe sind nötig. Am schönsten im Mai und Juni, wenn an den Felsen die Pfingstnelken blühen, oder im goldenen Oktober.",
      en: "From Naila the route follows the Selbitz to Marxgrün and Hölle, where mineral springs bubble up, and then into the narrow Höllental gorge with its dark diabase crags. Steep paths climb to the castle ruin of Lichtenberg, whose tower looks far into Thuringia, before you walk back across the plateau and through spruce woods to Naila. It is a full day's hike with a fair amount of up and down; sturdy shoes are a must. Loveliest in May and June, when the Cheddar pinks flower on the rocks, or on a golden October day.",
    },
    mode: "walk",
    via: [
      { town: "naila" },
      { name: "Marxgrün", lat: 50.3583, lon: 11.6839 },
      { name: "Hölle", lat: 50.365, lon: 11.688 },
      { name: "Burg Lichtenberg", lat: 50.3848, lon: 11.6789 },
      { town: "naila" },
    ],
    stops: [
      {
        place: "cafe-selbitzblick",
        note: { de: "Vor dem Aufbruch einen Kaffee trinken und für den Rückweg ein Stück Käsekuchen zurücklegen lassen.", en: "Have a coffee before setting off and ask them to keep a slice of cheesecake for your return." },
      },
      {
        producer: "rinderhof-gebhardt",
        note: {
          de: "Die Mutterkuhherde weidet von April bis November im Frankenwald, mit etwas Glück sieht man sie vom Weg aus; im Hofladen gibt es naturtrüben Apfelsaft für die Trinkflasche.",
          en: "The suckler herd grazes the Frankenwald from April to November, and with luck you will see it from the path; the farm shop sells cloudy apple juice for your water bottle.",
        },
      },
      {
        producer: "sennerei-frankenwald",
        note: { de: "Butter und Quark für daheim – am besten erst auf dem Rückweg, dann bleibt alles kühl.", en: "Butter and quark for home – best on the way back, so everything stays cool." },
      },
    ],
  },
]
