/**
 * The association's invented stories: reports on the network's producers and the traditions they
 * keep, German first, English second. The people, quotes and businesses are made up (producers
 * and products named by their handles in data/producers.ts and the catalogue, data/catalog.ts);
 * the background is real — rye sourdough, Bamberg's market gardens, the Bierkeller, the
 * slaughterhouse closures of 2020, honeydew honey, the cherry orchards of Franconian Switzerland,
 * hay milk, smoked malt. Bodies are Markdown; links point to the shop's own pages.
 */
type Words = { de: string; en: string }

export type SeededStory = {
  handle: string
  title: Words
  /** One or two sentences for lists and the page's description. */
  teaser: Words
  /** Markdown: 300–600 words per language, with ## subheadings, a list somewhere, emphasis, and a link or two (only to https://genussnetz.example/... paths, e.g. /produzenten/<handle> German, /en/producers/<handle> English). No raw HTML. */
  body: Words
  /** An invented person. */
  author: string
  /** Producer handles the story is about. */
  producers: string[]
  /** Product handles (from the catalogue) it mentions. */
  products: string[]
  /** Days before the seed runs that it was published (so the newest comes first). */
  published_days_ago: number
}

export const STORIES: SeededStory[] = [
  {
    handle: "vom-korn-zum-laib",
    title: { de: "Vom Korn zum Laib: Ein Roggenbrot und seine Mühle", en: "From grain to loaf: a rye bread and its mill" },
    teaser: {
      de: "In Kronach liegen zwischen Mühle und Backstube keine zwei Kilometer. Wir sind dem Roggen einen Tag lang gefolgt – vom Walzenstuhl bis in den Ofen.",
      en: "In Kronach, less than two kilometres separate the mill from the bakehouse. We followed the rye for a day – from the roller mill to the oven.",
    },
    body: {
      de: `Um halb drei in der Früh ist es in der Backstube der [Bäckerei Lindner](https://genussnetz.example/produzenten/baeckerei-lindner-kronach) schon warm. Stefan Lindner hebt das Tuch von einer großen Wanne und riecht am Teig. „Der Sauer ist gut heute“, sagt er, und das ist für ihn die wichtigste Nachricht des Tages. Denn ohne Sauerteig gibt es kein Roggenbrot.

## Warum Roggen Sauerteig braucht

Roggen ist ein eigenwilliges Getreide. Anders als Weizen bildet er kaum Kleber, und seine Enzyme bauen die Stärke beim Backen so schnell ab, dass die Krume klebrig und nass bliebe. Erst die Säure bremst diese Enzyme und macht den Teig backfähig. Die Milchsäurebakterien und Hefen im Sauerteig liefern außerdem das, was ein gutes Roggenbrot ausmacht: *Aroma, eine feste Krume und lange Frische*.

In der Bäckerei Lindner wird der Sauerteig noch in drei Stufen geführt – eine Methode, die viel Zeit und Aufmerksamkeit kostet:

1. **Anfrischsauer:** Ein kleiner Rest vom Vortag wird mit Mehl und warmem Wasser aufgefrischt, damit die Hefen in Schwung kommen.
2. **Grundsauer:** Über viele Stunden bei kühlerer Temperatur entsteht die Säure, die dem Brot seinen Charakter gibt.
3. **Vollsauer:** Kurz vor dem Kneten bekommt der Teig noch einmal Wärme und Mehl, damit er kräftig treibt.

„Jede Stufe hat ihre Temperatur und ihre Uhrzeit“, erklärt Lindner. „Wenn ich eine davon verschlafe, schmeckt man das am Brot.“

## Die Mühle am anderen Ende der Stadt

Das Mehl dafür kommt aus der [Kunstmühle Beck](https://genussnetz.example/produzenten/kunstmuehle-beck). Andrea Beck führt die Mühle in vierter Generation. Sie kauft den Roggen bei Landwirten aus dem Landkreis und dem Obermaintal, lässt jede Partie untersuchen und mahlt erst, wenn der Kunde bestellt. Für die Bäckerei gibt es vor allem **Roggenmehl Type 1150**, ein kräftiges Mehl, in dem ein guter Teil der Randschichten des Korns steckt.

Zwischen Mühle und Backstube wird viel telefoniert. Roggen aus einem trockenen Sommer verhält sich anders als Roggen aus einem nassen Jahr, und Lindner muss seine Teigführung daran anpassen. „Bei einer großen Mühle weit weg würde ich das nie erfahren“, sagt er. „Hier ruft mich Andrea an, bevor ich es im Teig merke.“

## Was am Ende im Laden liegt

Aus dem Mehl werden zwei Brote, auf die in Kronach viele schwören: das [reine Roggenbrot](https://genussnetz.example/produkte/roggenbrot-baeckerei-lindner-kronach) aus hundert Prozent Roggen und das Bauernbrot mit Kümmel und Koriander. In ein Leinentuch gewickelt, halten sich beide eine gute Woche.

Wer zu Hause selbst backen will, bekommt das [Roggenmehl](https://genussnetz.example/produkte/roggenmehl-1150-kunstmuehle-beck) direkt von der Mühle. Nur auf den Sauerteig muss man selbst aufpassen – den hütet Stefan Lindner wie seinen Augapfel.`,
      en: `At half past two in the morning the bakehouse of [Bäckerei Lindner](https://genussnetz.example/en/producers/baeckerei-lindner-kronach) is already warm. Stefan Lindner lifts the cloth off a large tub and sniffs the dough. "The sour is good today," he says – for him, the most important news of the day. Without sourdough, after all, there is no rye bread.

## Why rye needs sourdough

Rye is a headstrong grain. Unlike wheat it hardly forms any gluten, and its enzymes break down starch so fast during baking that the crumb would stay sticky and wet. Only acidity slows those enzymes down and makes the dough bakeable. The lactic acid bacteria and wild yeasts in the sourdough also bring everything a good rye loaf is prized for: *flavour, a firm crumb and a long shelf life*.

At Bäckerei Lindner the sourdough is still built up in three stages, a method that demands a lot of time and attention:

1. **Freshening sour:** a small piece kept back from the day before is refreshed with flour and warm water to get the yeasts going.
2. **Basic sour:** over many hours at a cooler temperature, the acidity develops that gives the bread its character.
3. **Full sour:** shortly before mixing, the dough gets warmth and flour once more so that it rises vigorously.

"Every stage has its temperature and its hour," Lindner explains. "If I sleep through one of them, you can taste it in the bread."

## The mill at the other end of town

The flour comes from [Kunstmühle Beck](https://genussnetz.example/en/producers/kunstmuehle-beck). Andrea Beck is the fourth generation to run the mill. She buys rye from farmers in the district and the upper Main valley, has every lot tested and only mills once a customer has ordered. For the bakery it is mostly **type 1150 rye flour**, a robust flour that keeps a good share of the grain's outer layers.

Mill and bakehouse are on the phone a lot. Rye from a dry summer behaves differently from rye grown in a wet year, and Lindner has to adjust his dough accordingly. "With a big mill far away I would never hear about it," he says. "Here Andrea calls me before I notice it in the dough."

## What ends up in the shop

The flour becomes two breads that many people in Kronach swear by: the [pure rye bread](https://genussnetz.example/en/products/roggenbrot-baeckerei-lindner-kronach), made with one hundred per cent rye, and the farmhouse loaf with caraway and coriander. Wrapped in a linen cloth, both keep for a good week.

If you would like to bake at home, you can buy the [rye flour](https://genussnetz.example/en/products/roggenmehl-1150-kunstmuehle-beck) straight from the mill. The sourdough, though, you will have to look after yourself – Stefan Lindner guards his like the apple of his eye.`,
    },
    author: "Johanna Rösch",
    producers: ["baeckerei-lindner-kronach", "kunstmuehle-beck"],
    products: ["roggenbrot-baeckerei-lindner-kronach", "bauernbrot-baeckerei-lindner-kronach", "roggenmehl-1150-kunstmuehle-beck"],
    published_days_ago: 23,
  },
  {
    handle: "bamberger-gaertner",
    title: { de: "Gemüse mitten in der Stadt: Bei den Bamberger Gärtnern", en: "Vegetables in the heart of town: with Bamberg's market gardeners" },
    teaser: {
      de: "Seit dem Mittelalter wächst in Bamberg zwischen den Häusern Gemüse. Familie Pfister hält die Tradition lebendig – und liefert die Zwiebeln für die Blauen Zipfel ein paar Straßen weiter.",
      en: "Vegetables have grown between Bamberg's houses since the Middle Ages. The Pfister family keeps the tradition alive – and supplies the onions for the Blaue Zipfel a few streets away.",
    },
    body: {
      de: `Wer vom Bahnhof in die Altstadt geht, läuft an ihnen vorbei, ohne sie zu sehen: Hinter den unscheinbaren Häusern der Gärtnerstadt liegen lange, schmale Gärten, auf denen bis heute Gemüse wächst. Einer davon gehört dem [Gemüsehof Pfister](https://genussnetz.example/produzenten/gemuesehof-pfister). Seit 1862 bewirtschaftet die Familie das Grundstück, heute ist es Katharina Pfister, die morgens um sechs zwischen den Beeten steht.

## Ein Welterbe, das man essen kann

Bamberg ist für seinen Dom und seine Altstadt berühmt, doch zum Welterbe gehört auch die Gärtnerstadt. Seit dem Mittelalter bauen die Gärtner hier mitten in der Stadt an, was der Markt verlangt: früher Süßholz und Saatgut, das weit über Franken hinaus verkauft wurde, heute vor allem Salat, Kräuter und Wurzelgemüse. Den Spitznamen *Zwiebeltreter* tragen die Bamberger bis heute – angeblich, weil die Gärtner das Zwiebellaub niedertraten, damit die Knollen dicker wurden.

„Viele Gärtnereien haben aufgegeben“, sagt Katharina Pfister. „Die Flächen sind klein, fast alles ist Handarbeit. Aber wer einmal eine Tomate aus dem Garten hinter dem Haus gegessen hat, will keine andere mehr.“

## Was im Laufe des Jahres wächst

Die Beete werden mehrmals im Jahr bestellt. Kaum ist eine Kultur abgeerntet, folgt die nächste:

- **Frühjahr:** Radieschen, Schnittlauch und der erste Salat aus dem Frühbeet
- **Sommer:** Zwiebeln, Gurken, Tomaten und Bohnen
- **Herbst:** [festkochende Kartoffeln](https://genussnetz.example/produkte/kartoffeln-festkochend-gemuesehof-pfister), Wirsing und die alte Sorte *Bamberger Hörnla*
- **Winter:** [Rote Bete](https://genussnetz.example/produkte/rote-bete-gemuesehof-pfister), Lauch und Feldsalat

## Zwiebeln für die Blauen Zipfel

Ein Teil der Zwiebeln verlässt den Hof nicht als Gemüse, sondern im Glas. Die [Metzgerei Bauernfeind](https://genussnetz.example/produzenten/metzgerei-bauernfeind) ein paar Straßen weiter holt sie für ihre [Blauen Zipfel](https://genussnetz.example/produkte/blaue-zipfel-metzgerei-bauernfeind): rohe Bratwürste, die in einem Sud aus Essig, Wasser, Zwiebeln und Gewürzen gar ziehen und dabei ihre bläuliche Farbe bekommen. „Die Zwiebeln machen den halben Geschmack“, sagt der Metzger. „Da nehme ich keine, die drei Wochen im Lager gelegen haben.“

So entsteht eine Kette, die man zu Fuß abgehen kann: vom Beet in der Gärtnerstadt in die Wurstküche und von dort auf den Teller. **Kein Kühllaster, kein Zwischenhändler** – nur ein Handwagen und zehn Minuten Weg.

## Vorbeischauen

Der Hofladen hat dienstags, donnerstags, freitags und samstags geöffnet. Wer den Garten sehen möchte, fragt einfach nach – meistens hat Katharina Pfister ein paar Minuten Zeit.`,
      en: `Walking from the station into the old town, you pass them without noticing: behind the modest houses of the market-garden quarter lie long, narrow gardens where vegetables still grow today. One of them belongs to [Gemüsehof Pfister](https://genussnetz.example/en/producers/gemuesehof-pfister). The family has worked this plot since 1862; today it is Katharina Pfister who is out among the beds at six in the morning.

## A world heritage site you can eat

Bamberg is famous for its cathedral and old town, but the market-garden quarter is part of the world heritage site too. Since the Middle Ages, gardeners here have grown whatever the market wanted, right in the middle of town: liquorice root and seeds that were sold far beyond Franconia in the old days, mostly lettuce, herbs and root vegetables today. People from Bamberg are still nicknamed *Zwiebeltreter* – onion treaders – supposedly because the gardeners trod down the onion tops to make the bulbs swell.

"Lots of market gardens have given up," says Katharina Pfister. "The plots are small and almost everything is done by hand. But once you have eaten a tomato from the garden behind the house, you don't want any other."

## What grows through the year

The beds are planted several times a year. As soon as one crop is harvested, the next one follows:

- **Spring:** radishes, chives and the first lettuce from the cold frame
- **Summer:** onions, cucumbers, tomatoes and beans
- **Autumn:** [waxy potatoes](https://genussnetz.example/en/products/kartoffeln-festkochend-gemuesehof-pfister), savoy cabbage and the old variety *Bamberger Hörnla*
- **Winter:** [beetroot](https://genussnetz.example/en/products/rote-bete-gemuesehof-pfister), leeks and lamb's lettuce

## Onions for the Blaue Zipfel

Some of the onions leave the garden not as vegetables but in a jar. [Metzgerei Bauernfeind](https://genussnetz.example/en/producers/metzgerei-bauernfeind), a few streets away, collects them for its [Blaue Zipfel](https://genussnetz.example/en/products/blaue-zipfel-metzgerei-bauernfeind): raw sausages gently poached in a broth of vinegar, water, onions and spices, which gives them their bluish colour. "The onions are half the flavour," says the butcher. "I won't use any that have spent three weeks in a warehouse."

The result is a supply chain you can walk: from the bed in the market-garden quarter to the sausage kitchen and on to the plate. **No refrigerated lorry, no middleman** – just a handcart and a ten-minute walk.

## Drop by

The farm shop is open on Tuesdays, Thursdays, Fridays and Saturdays. If you would like to see the garden, just ask – Katharina Pfister usually has a few minutes to spare.`,
    },
    author: "Felix Dippold",
    producers: ["gemuesehof-pfister", "metzgerei-bauernfeind"],
    products: ["kartoffeln-festkochend-gemuesehof-pfister", "rote-bete-gemuesehof-pfister", "blaue-zipfel-metzgerei-bauernfeind"],
    published_days_ago: 38,
  },
  {
    handle: "auf-den-keller",
    title: { de: "Auf den Keller! Warum Franken im Sommer unter Bäumen trinkt", en: "Off to the cellar! Why Franconia drinks under the trees in summer" },
    teaser: {
      de: "Wenn die Kastanien blühen, öffnen in Oberfranken die Bierkeller. Ein Besuch beim Brauhaus Zwingel in Buttenheim und bei der Bergbrauerei Rennert in Gößweinstein.",
      en: "When the chestnut trees flower, Upper Franconia's beer cellars open. A visit to Brauhaus Zwingel in Buttenheim and Bergbrauerei Rennert in Gößweinstein.",
    },
    body: {
      de: `In Franken sagt man nicht, man gehe in den Biergarten. Man geht *auf den Keller*. Und das ist wörtlich gemeint: Die Tische stehen tatsächlich auf den Kellern, in denen früher das Bier lagerte.

## Eine Erfindung aus der Zeit vor dem Kühlschrank

Untergäriges Bier braucht Kälte. Bevor es Kühlmaschinen gab, wurde deshalb vor allem im Winter gebraut, und das Bier für den Sommer lagerte in tiefen Gängen im Sandstein oder Fels. Damit die Keller kühl blieben, pflanzten die Brauer Kastanien und Linden darüber, deren Laub die Sonne abhielt. Irgendwann stellte man ein paar Bänke unter die Bäume und schenkte gleich an Ort und Stelle aus – der Bierkeller war geboren.

Heute kühlt niemand mehr mit Eis aus dem Weiher, aber die Keller sind geblieben. Manche Orte haben gleich mehrere davon, im Forchheimer Kellerwald sind es über zwanzig.

## Unter den Kastanien in Buttenheim

Beim [Brauhaus Zwingel](https://genussnetz.example/produzenten/brauhaus-zwingel) in Buttenheim beginnt die Saison Mitte April, sobald es abends warm genug ist. Dann wird das [Kellerbier](https://genussnetz.example/produkte/kellerbier-brauhaus-zwingel) angestochen, naturtrüb und *ungespundet*: Im Lagertank darf ein Teil der Kohlensäure entweichen, das Bier wird dadurch weich und süffig. „Bei uns sitzt der Bürgermeister neben dem Lehrling“, sagt Braumeister Georg Zwingel. „Auf dem Keller sind alle gleich.“

## Am Hang über dem Wiesenttal

Ganz anders ist es bei der [Bergbrauerei Rennert](https://genussnetz.example/produzenten/bergbrauerei-rennert) in Gößweinstein. Hier kommen viele Gäste zu Fuß oder mit dem Rad aus dem Tal herauf und haben sich ihr Bier schon verdient, bevor sie es bestellen. Auch Rennert braut ein [Kellerbier](https://genussnetz.example/produkte/kellerbier-bergbrauerei-rennert), etwas herber gehopft als das aus Buttenheim, dazu gibt es eine kräftige Brotzeit.

## Kleine Kellerkunde

Wer zum ersten Mal auf den Keller geht, sollte ein paar Dinge wissen:

- Das Bier holt man sich meist selbst am Ausschank, oft im **Steinkrug**.
- Ein *Seidla* ist ein halber Liter – die übliche Größe.
- Vielerorts darf man die eigene Brotzeit mitbringen, nur die Getränke kauft man am Keller.
- Geöffnet wird nur bei gutem Wetter. Ein Blick zum Himmel ersetzt jede Website.
- Die Saison endet meist Ende September, dann zieht das Bier wieder in die Wirtsstube um.

Wer das Kellerbier mit nach Hause nehmen will: Das Brauhaus Zwingel füllt es auch in Flaschen ab, ebenso wie sein [dunkles Landbier](https://genussnetz.example/produkte/landbier-dunkel-brauhaus-zwingel). So gut wie unter den Kastanien schmeckt es allerdings nirgends.`,
      en: `In Franconia you don't go to the beer garden. You go *auf den Keller* – up to the cellar. And that is meant literally: the tables really do stand on top of the cellars where the beer used to be stored.

## An invention from before the refrigerator

Lager needs cold. Before refrigeration, brewing therefore happened mainly in winter, and the beer for the summer was kept in deep passages dug into sandstone or rock. To keep the cellars cool, brewers planted chestnuts and limes on top, whose leaves kept off the sun. At some point someone put a few benches under the trees and started pouring right there – and the Bierkeller was born.

Nobody cools beer with ice from the pond any more, but the cellars have stayed. Some places have several; Forchheim's Kellerwald alone has more than twenty.

## Under the chestnuts in Buttenheim

At [Brauhaus Zwingel](https://genussnetz.example/en/producers/brauhaus-zwingel) in Buttenheim the season starts in mid-April, as soon as the evenings are warm enough. That is when the [cellar beer](https://genussnetz.example/en/products/kellerbier-brauhaus-zwingel) is tapped, unfiltered and *unbunged*: in the lagering tank some of the carbon dioxide is allowed to escape, which makes the beer soft and easy to drink. "Here the mayor sits next to the apprentice," says brewmaster Georg Zwingel. "On the cellar, everyone is equal."

## On the slope above the Wiesent valley

Things are quite different at [Bergbrauerei Rennert](https://genussnetz.example/en/producers/bergbrauerei-rennert) in Gößweinstein. Many guests walk or cycle up from the valley and have earned their beer before they order it. Rennert brews a [cellar beer](https://genussnetz.example/en/products/kellerbier-bergbrauerei-rennert) too, a little more bitter than the one from Buttenheim, served with a hearty Brotzeit.

## A short guide to the cellar

If it is your first time, a few things are worth knowing:

- You usually fetch your beer yourself from the counter, often in a **stoneware mug**.
- A *Seidla* is half a litre – the usual size.
- In many places you may bring your own Brotzeit; only the drinks are bought at the cellar.
- Cellars only open in fine weather. A glance at the sky beats any website.
- The season usually ends in late September, when the beer moves back indoors to the inn.

Want to take the cellar beer home? Brauhaus Zwingel also bottles it, along with its [dark country lager](https://genussnetz.example/en/products/landbier-dunkel-brauhaus-zwingel). Nowhere does it taste quite as good as under the chestnuts, though.`,
    },
    author: "Felix Dippold",
    producers: ["brauhaus-zwingel", "bergbrauerei-rennert"],
    products: ["kellerbier-brauhaus-zwingel", "kellerbier-bergbrauerei-rennert", "landbier-dunkel-brauhaus-zwingel"],
    published_days_ago: 9,
  },
  {
    handle: "kurze-wege-zum-schlachthaus",
    title: { de: "Kurze Wege: Warum das kleine Schlachthaus 2020 weiterlief", en: "Short routes: why the small slaughterhouse kept going in 2020" },
    teaser: {
      de: "Als im Sommer 2020 große Schlachthöfe stillstanden, arbeitete das Schlachthaus Rothenbach in Thurnau einfach weiter. Ein Besuch bei der Landmetzgerei Strobel und ihren Partnern.",
      en: "When big slaughterhouses ground to a halt in the summer of 2020, the Rothenbach slaughterhouse in Thurnau simply carried on. A visit to the Strobel country butcher and its partners.",
    },
    body: {
      de: `Im Juni 2020 gingen Bilder durch die Nachrichten, die viele nicht vergessen haben: Nach Corona-Ausbrüchen in der Belegschaft mussten mehrere große Schlacht- und Zerlegebetriebe in Deutschland vorübergehend schließen. Auf den Höfen stauten sich die Schweine, die Ställe wurden eng, und die Landwirte wussten nicht, wohin mit ihren Tieren.

In Hollfeld bekam man davon wenig mit. „Wir haben in der ganzen Zeit keinen einzigen Schlachttag ausfallen lassen“, erinnert sich Thomas Strobel von der [Landmetzgerei Strobel](https://genussnetz.example/produzenten/landmetzgerei-strobel).

## Drei Betriebe, zwanzig Kilometer

Die Kette hinter seiner Ladentheke ist kurz. Die Schweine wachsen beim [Weidehof Kraus](https://genussnetz.example/produzenten/weidehof-kraus) in Thurnau auf, auf Stroh und mit Auslauf, das Futter kommt von den eigenen Feldern. Geschlachtet wird ein paar Kilometer weiter im [Schlachthaus Rothenbach](https://genussnetz.example/produzenten/schlachthof-rothenbach), einem Familienbetrieb mit einer Handvoll Beschäftigten und EU-Zulassung. Von dort holt Strobel die Schweinehälften in seine Wurstküche nach Hollfeld.

- **Transportweg der Tiere:** meist unter einer halben Stunde
- **Beschäftigte im Schlachthaus:** sechs, alle aus der Gegend
- **Schlachttage pro Woche:** zwei, abgestimmt mit den Höfen

## Warum klein robust ist

Was 2020 die großen Betriebe lahmlegte, traf die kleinen kaum. Wo wenige Menschen mit Abstand zusammenarbeiten, sich seit Jahren kennen und nicht in Sammelunterkünften wohnen, breitet sich ein Virus schwerer aus. Und wenn jemand krank wird, springt eben der Chef ein.

„Große Anlagen sind effizient, solange alles läuft“, sagt Gerhard Rothenbach. „Aber wenn eine ausfällt, fehlen auf einen Schlag Zehntausende Schlachtplätze. Bei uns hängt an einem Ausfall eine Woche Arbeit, nicht eine ganze Region.“

Billig ist das System der kurzen Wege nicht. Eine Schlachtung im Handwerksbetrieb kostet mehr, und die Hygieneauflagen sind dieselben wie für einen Großbetrieb. Dafür bleibt die Wertschöpfung in der Region, und *die Tiere stehen nicht stundenlang auf dem Lastwagen*.

## Was daraus wird

Aus der Keule wird in Hollfeld der [buchenholzgeräucherte Rohschinken](https://genussnetz.example/produkte/schinken-geraeuchert-landmetzgerei-strobel), sechs Wochen trocken gesalzen und kalt geräuchert. Das Schlachthaus selbst verkauft das [Schäufele](https://genussnetz.example/produkte/schweineschulter-schaeufele-schlachthof-rothenbach) vom Landschwein, den klassischen Zuschnitt für den fränkischen Sonntagsbraten.

Für Thomas Strobel ist die Lehre aus 2020 einfach: „Was man an den kleinen Strukturen hat, merkt man erst, wenn die großen ausfallen. Wir sollten nicht warten, bis das wieder passiert.“`,
      en: `In June 2020 the news showed pictures that many people have not forgotten: after coronavirus outbreaks among their staff, several large slaughtering and meat-cutting plants in Germany had to close for a while. Pigs piled up on the farms, the pens grew crowded, and farmers did not know where to send their animals.

In Hollfeld, little of this was felt. "We didn't miss a single slaughter day the whole time," recalls Thomas Strobel of the [Strobel country butcher's](https://genussnetz.example/en/producers/landmetzgerei-strobel).

## Three businesses, twenty kilometres

The chain behind his counter is short. The pigs are raised at [Weidehof Kraus](https://genussnetz.example/en/producers/weidehof-kraus) in Thurnau, on straw and with outdoor access, on feed grown in the farm's own fields. They are slaughtered a few kilometres away at the [Rothenbach slaughterhouse](https://genussnetz.example/en/producers/schlachthof-rothenbach), a family business with a handful of staff and EU approval. From there Strobel takes the carcass halves to his sausage kitchen in Hollfeld.

- **Journey for the animals:** usually under half an hour
- **Staff at the slaughterhouse:** six, all from the area
- **Slaughter days per week:** two, agreed with the farms

## Why small is robust

What brought the big plants to a standstill in 2020 barely touched the small ones. Where a few people work at a distance from one another, have known each other for years and don't live in shared workers' housing, a virus spreads less easily. And if someone falls ill, the boss steps in.

"Big plants are efficient as long as everything runs," says Gerhard Rothenbach. "But when one goes down, tens of thousands of slaughter places vanish at a stroke. If we go down, it costs a week's work, not a whole region."

Short supply chains are not cheap. Slaughtering at a craft business costs more, and the hygiene rules are the same as for a large plant. In return, the value stays in the region, and *the animals don't spend hours standing on a lorry*.

## What it becomes

In Hollfeld the leg becomes [beechwood-smoked raw ham](https://genussnetz.example/en/products/schinken-geraeuchert-landmetzgerei-strobel), dry-salted for six weeks and cold-smoked. The slaughterhouse itself sells [Schäufele](https://genussnetz.example/en/products/schweineschulter-schaeufele-schlachthof-rothenbach) from country pigs, the classic cut for the Franconian Sunday roast.

For Thomas Strobel, the lesson of 2020 is simple: "You only notice what the small structures are worth when the big ones fail. We shouldn't wait for it to happen again."`,
    },
    author: "Carola Weißbrod",
    producers: ["landmetzgerei-strobel", "schlachthof-rothenbach", "weidehof-kraus"],
    products: ["schinken-geraeuchert-landmetzgerei-strobel", "schweineschulter-schaeufele-schlachthof-rothenbach"],
    published_days_ago: 52,
  },
  {
    handle: "wenn-der-wald-honigt",
    title: { de: "Wenn der Wald honigt: Unterwegs mit einer Waldimkerin", en: "When the forest gives honey: out with a forest beekeeper" },
    teaser: {
      de: "Waldhonig gibt es nicht jedes Jahr. Lena Zeidler aus Kronach erklärt, warum ihre Bienen im Frankenwald auf Läuse angewiesen sind – und was das Wetter damit zu tun hat.",
      en: "Forest honey doesn't come every year. Kronach beekeeper Lena Zeidler explains why her bees in the Frankenwald depend on tiny sap-sucking insects – and what the weather has to do with it.",
    },
    body: {
      de: `Lena Zeidler klopft mit dem Finger gegen eine Fichte und zeigt nach oben. „Sehen Sie, wie die Nadeln glänzen? Das ist Honigtau. Wenn es so aussieht, honigt der Wald.“

Die [Waldimkerei Zeidler](https://genussnetz.example/produzenten/waldimkerei-zeidler) aus Kronach hat sich auf einen Honig spezialisiert, der nicht aus Blüten entsteht. Der Familienname passt: *Zeidler* nannte man im Mittelalter die Leute, die im Wald den Honig wilder Bienenvölker sammelten.

## Honig ohne Blüten

Waldhonig beginnt bei winzigen Insekten. Rinden- und Schildläuse saugen an Fichten und Tannen den zuckerreichen Saft der Bäume, nehmen daraus, was sie brauchen, und scheiden den Rest als klebrige Tröpfchen wieder aus. Diesen **Honigtau** sammeln die Bienen und machen daraus Honig. Das Ergebnis ist dunkel, würzig und malzig, weniger süß als Blütenhonig, und es bleibt lange flüssig.

Ob der Wald honigt, entscheidet das Wetter. Die Läuse brauchen ein warmes Frühjahr, und ein einziger Starkregen kann den Honigtau von den Nadeln waschen. „Es gibt Jahre, da ernte ich fast nichts“, sagt Zeidler. „Und dann kommt ein Sommer, in dem die Völker gar nicht mehr aufhören.“

## Mit den Bienen auf Wanderschaft

Weil der Honigtau nicht überall zur gleichen Zeit fließt, zieht Lena Zeidler mit ihren Völkern um. Im Frühsommer stehen sie an den Waldrändern beim [Rinderhof Gebhardt](https://genussnetz.example/produzenten/rinderhof-gebhardt) bei Naila, wo Fichtenwald und Weiden aneinandergrenzen. Dort schaut sie mehrmals in der Woche nach dem Rechten.

Was die Imkerin in der Saison im Blick behält:

- ob an Fichten und Tannen genug Läuse saugen,
- wie schwer die Beuten werden – eine Stockwaage meldet es täglich aufs Handy,
- ob der Honig in den Waben zu schnell fest wird,
- und ob die Völker gesund und friedlich sind.

## Geduld im Glas

Geschleudert wird erst, wenn die Bienen die Waben verdeckelt haben. Dann ist der Honig reif und enthält wenig Wasser. Der [Waldhonig](https://genussnetz.example/produkte/waldhonig-waldimkerei-zeidler) kommt ohne weitere Behandlung ins Glas. Aus dem Wachs alter Waben gießt Zeidler im Winter [Kerzen](https://genussnetz.example/produkte/bienenwachskerze-waldimkerei-zeidler), die beim Brennen nach Honig duften.

„Man lernt Demut“, sagt sie und schließt den Deckel der Beute. „Der Wald gibt, wenn er will – nicht, wenn ich es will.“`,
      en: `Lena Zeidler taps a spruce trunk with her finger and points upwards. "See how the needles are shining? That's honeydew. When it looks like that, the forest is giving honey."

[Waldimkerei Zeidler](https://genussnetz.example/en/producers/waldimkerei-zeidler) in Kronach specialises in a honey that doesn't come from flowers at all. The family name fits: in the Middle Ages, *Zeidler* were the people who gathered honey from wild bee colonies in the forest.

## Honey without flowers

Forest honey starts with tiny insects. Aphids and scale insects on spruce and fir suck the trees' sugary sap, take what they need from it and excrete the rest as sticky droplets. The bees collect this **honeydew** and turn it into honey. The result is dark, spicy and malty, less sweet than blossom honey, and it stays liquid for a long time.

Whether the forest gives honey is up to the weather. The insects need a warm spring, and a single downpour can wash the honeydew off the needles. "There are years when I harvest almost nothing," says Zeidler. "And then comes a summer when the colonies just don't stop."

## On the move with the bees

Because honeydew doesn't flow everywhere at the same time, Lena Zeidler moves her colonies around. In early summer they stand at the edge of the woods on the [Gebhardt cattle farm](https://genussnetz.example/en/producers/rinderhof-gebhardt) near Naila, where spruce forest meets pasture. She checks on them several times a week.

What the beekeeper keeps an eye on during the season:

- whether there are enough insects feeding on the spruce and fir,
- how heavy the hives are getting – a hive scale reports it to her phone every day,
- whether the honey is setting too quickly in the combs,
- and whether the colonies are healthy and calm.

## Patience in a jar

Extraction only begins once the bees have capped the combs. That is when the honey is ripe and low in water. The [forest honey](https://genussnetz.example/en/products/waldhonig-waldimkerei-zeidler) goes into the jar without any further treatment. In winter, Zeidler casts [candles](https://genussnetz.example/en/products/bienenwachskerze-waldimkerei-zeidler) from the wax of old combs, and they smell of honey as they burn.

"You learn humility," she says, closing the lid of the hive. "The forest gives when it wants to – not when I want it to."`,
    },
    author: "Tobias Hertlein",
    producers: ["waldimkerei-zeidler", "rinderhof-gebhardt"],
    products: ["waldhonig-waldimkerei-zeidler", "bienenwachskerze-waldimkerei-zeidler"],
    published_days_ago: 67,
  },
  {
    handle: "kirschen-der-fraenkischen-schweiz",
    title: {
      de: "Weiße Hänge, rote Kisten: Ein Jahr mit den Kirschen der Fränkischen Schweiz",
      en: "White slopes, red crates: a year with the cherries of Franconian Switzerland",
    },
    teaser: {
      de: "Im April blühen in der Fränkischen Schweiz Hunderttausende Kirschbäume, im Juli wird gepflückt. Ein Obstbauer, eine Imkerin und ein Brenner erzählen, was dazwischen passiert.",
      en: "In April hundreds of thousands of cherry trees blossom in Franconian Switzerland; in July the picking starts. A fruit grower, a beekeeper and a distiller tell us what happens in between.",
    },
    body: {
      de: `Mitte April verwandelt sich die Fränkische Schweiz. Zwischen den Kalkfelsen und auf den Hängen rund um Pretzfeld, Kirchehrenbach und Gößweinstein blühen dann die Kirschbäume, so dicht, dass die Hänge von Weitem aussehen wie verschneit. Um Pretzfeld liegt eines der größten geschlossenen Süßkirschen-Anbaugebiete Deutschlands.

## Zittern vor dem Frost

Für Martin Leupold vom [Kirschenhof Leupold](https://genussnetz.example/produzenten/kirschenhof-leupold) ist die Blüte die schönste und zugleich die nervöseste Zeit des Jahres. „Eine einzige Frostnacht, und die Ernte ist dahin“, sagt er. In kalten Nächten steht er um drei Uhr in der Anlage und liest das Thermometer ab.

Damit aus Blüten Früchte werden, braucht es Bestäuber. Deshalb stellt die [Imkerei Summer](https://genussnetz.example/produzenten/imkerei-summer) aus Ebermannstadt jedes Frühjahr ihre Völker zwischen Leupolds Bäume. Die Bienen bestäuben die Blüten, und Anja Summer erntet dafür einen hellen, feinen [Blütenhonig](https://genussnetz.example/produkte/bluetenhonig-imkerei-summer) aus Obstblüte und Löwenzahn. *Ein Tausch, von dem beide Seiten leben.*

## Die Ernte: alles von Hand

Ab Ende Juni wird gepflückt, Sorte für Sorte, bis weit in den Juli hinein. Jede Kirsche wird von Hand mit Stiel gepflückt, denn ohne Stiel hält sie sich nicht. Auf den Leitern stehen Familie, Nachbarn und Erntehelfer, die seit Jahren wiederkommen.

In der Erntezeit hat der Tag auf dem Kirschenhof einen festen Takt:

1. Pflücken am frühen Morgen, solange die Früchte kühl und fest sind
2. Sortieren und in Kisten legen – Geplatztes und Angepicktes kommt beiseite
3. Verkauf im Hofladen und Versand der [Süßkirschen](https://genussnetz.example/produkte/suesskirschen-kirschenhof-leupold) noch am selben Tag

Im Juli feiert Pretzfeld sein Kirschenfest, und spätestens dann weiß die ganze Gegend, wie die Ernte ausgefallen ist.

## Was nicht in die Kiste kommt

Nicht jede Kirsche ist schön genug für den Verkauf. Vollreife, weiche Früchte fährt Leupold hinüber nach Pottenstein zur [Brennerei Fuchs](https://genussnetz.example/produzenten/brennerei-obstgarten-fuchs). Dort werden sie samt Kern eingemaischt und vergoren, nach einigen Wochen wird gebrannt. Die Kerne geben dem [Kirschbrand](https://genussnetz.example/produkte/kirschbrand-brennerei-obstgarten-fuchs) seinen typischen feinen Bittermandelton.

„Gute Brände macht man nur aus gutem Obst“, sagt Brenner Bernd Fuchs. „Eine faule Kirsche schmeckt man in jeder Flasche.“ Deshalb sortiert er noch einmal nach, bevor die Früchte in den Gärbottich kommen.

So hängt in der Fränkischen Schweiz vieles an einem einzigen Baum: **der Honig im Frühjahr, die Kirschen im Sommer und der Brand für den Winter.**`,
      en: `In mid-April, Franconian Switzerland is transformed. Between the limestone crags and on the slopes around Pretzfeld, Kirchehrenbach and Gößweinstein the cherry trees burst into blossom, so thickly that from a distance the hillsides look snow-covered. The area around Pretzfeld is one of the largest continuous sweet-cherry growing regions in Germany.

## Fearing the frost

For Martin Leupold of [Kirschenhof Leupold](https://genussnetz.example/en/producers/kirschenhof-leupold), blossom time is the loveliest and the most nerve-racking time of year. "One night of frost and the harvest is gone," he says. On cold nights he is out in the orchard at three in the morning, reading the thermometer.

For blossom to turn into fruit, it needs pollinators. So every spring [Imkerei Summer](https://genussnetz.example/en/producers/imkerei-summer) from Ebermannstadt sets up its colonies among Leupold's trees. The bees pollinate the flowers, and in return Anja Summer harvests a pale, delicate [blossom honey](https://genussnetz.example/en/products/bluetenhonig-imkerei-summer) from fruit blossom and dandelion. *A trade both sides live on.*

## The harvest: all by hand

Picking starts at the end of June, one variety after another, and goes on well into July. Every cherry is picked by hand with its stalk, because without it the fruit doesn't keep. On the ladders are family, neighbours and seasonal pickers who come back year after year.

During the harvest, the day on the cherry farm has a fixed rhythm:

1. Picking in the early morning, while the fruit is cool and firm
2. Sorting and packing into crates – split or bird-pecked cherries are set aside
3. Selling in the farm shop and dispatching the [sweet cherries](https://genussnetz.example/en/products/suesskirschen-kirschenhof-leupold) the same day

In July, Pretzfeld holds its cherry festival, and by then the whole area knows how the harvest went.

## What doesn't go into the crate

Not every cherry is pretty enough to sell. Leupold drives the fully ripe, soft fruit over to Pottenstein, to [Brennerei Fuchs](https://genussnetz.example/en/producers/brennerei-obstgarten-fuchs). There the cherries are mashed with their stones and fermented, and after a few weeks they are distilled. The stones give the [cherry brandy](https://genussnetz.example/en/products/kirschbrand-brennerei-obstgarten-fuchs) its typical delicate note of bitter almond.

"You can only make good brandy from good fruit," says distiller Bernd Fuchs. "One rotten cherry and you taste it in every bottle." That is why he sorts the fruit once more before it goes into the fermenting vat.

So in Franconian Switzerland a great deal hangs on a single tree: **honey in spring, cherries in summer and brandy for the winter.**`,
    },
    author: "Miriam Sauerbrey",
    producers: ["kirschenhof-leupold", "imkerei-summer", "brennerei-obstgarten-fuchs"],
    products: ["suesskirschen-kirschenhof-leupold", "bluetenhonig-imkerei-summer", "kirschbrand-brennerei-obstgarten-fuchs"],
    published_days_ago: 4,
  },
  {
    handle: "bergkaese-aus-heumilch",
    title: { de: "Zwölf Monate Geduld: Bergkäse aus Heumilch vom Fichtelgebirge", en: "Twelve months of patience: mountain cheese from Fichtelgebirge hay milk" },
    teaser: {
      de: "Die Käserei Wiesenfeld in Wunsiedel verarbeitet nur Milch von Kühen, die kein Silofutter bekommen. Warum das für einen Hartkäse so wichtig ist, zeigt ein Besuch im Reifekeller.",
      en: "The Wiesenfeld cheese dairy in Wunsiedel only uses milk from cows that are never fed silage. A visit to the maturing cellar shows why that matters so much for a hard cheese.",
    },
    body: {
      de: `Morgens um sieben rollt der Milchwagen vom [Milchhof Seuberth](https://genussnetz.example/produzenten/milchhof-seuberth) bei Marktredwitz auf den Hof der [Käserei Wiesenfeld](https://genussnetz.example/produzenten/kaeserei-wiesenfeld) in Wunsiedel. Keine zehn Kilometer liegen zwischen Stall und Kessel, und die Milch ist noch warm vom Melken, wenn Käsermeister Jakob Wiesenfeld sie in den großen Kupferkessel pumpt.

## Was Heumilch ausmacht

Die sechzig Kühe der Familie Seuberth fressen im Sommer frisches Gras und im Winter Heu – aber niemals Silage, also vergorenes Futter aus dem Silo. Mit Nostalgie hat das nichts zu tun. Über die Silage können Sporen bestimmter Bakterien in die Milch gelangen, die in einem lange reifenden Rohmilchkäse Gas bilden. Der Laib bläht sich dann nach Wochen auf und reißt. Für einen Bergkäse, der ein Jahr reifen soll, ist *Heumilch* deshalb die Voraussetzung.

## Vom Kessel in den Keller

Die Herstellung folgt einem Rhythmus, der sich seit Generationen kaum verändert hat:

1. Die Rohmilch wird mit Milchsäurekulturen und Lab dickgelegt.
2. Die Gallerte wird mit der Käseharfe zerschnitten, bis der Bruch so klein ist wie Maiskörner.
3. Unter ständigem Rühren wird der Bruch erwärmt, damit er Molke abgibt und fest wird.
4. In Formen gepresst und im Salzbad gebadet, bekommen die Laibe ihre Rinde.
5. Dann geht es in den Keller auf Fichtenbretter – für acht bis zwölf Monate.

Im Reifekeller ist es kühl und feucht. Jeder Laib wird regelmäßig gewendet und mit Salzwasser gebürstet, damit die Rinde gleichmäßig wächst. „Die eigentliche Arbeit macht die Zeit“, sagt Wiesenfeld. „Ich passe nur auf, dass nichts schiefgeht.“

## Wie der Käse schmeckt

Nach acht Monaten ist der [Bergkäse](https://genussnetz.example/produkte/bergkaese-kaeserei-wiesenfeld) würzig und cremig, nach einem Jahr kräftig, mit kleinen Kristallen, die zwischen den Zähnen knacken. Im Sommer, wenn die Kühe auf der Weide stehen, ist die Milch gelber und der Käse duftiger; die Winterlaibe sind milder. **Kein Laib gleicht dem anderen**, und genau das schätzen die Stammkunden.

Nicht alles wird zu Hartkäse. Aus einem Teil der Milch entstehen [Frischkäse](https://genussnetz.example/produkte/frischkaese-kaeserei-wiesenfeld) und Süßrahmbutter, die schon nach wenigen Tagen verkauft sind – das Gegenstück zum Bergkäse, bei dem man sich in Geduld üben muss.

## Einkaufen

Käse aus Wunsiedel gibt es im Shop des Genussnetzes und samstags auf dem Bamberger Wochenmarkt. Wer selbst ins Fichtelgebirge kommt, sollte nach einem Blick in den Reifekeller fragen.`,
      en: `At seven in the morning the milk truck from [Milchhof Seuberth](https://genussnetz.example/en/producers/milchhof-seuberth) near Marktredwitz rolls into the yard of the [Wiesenfeld cheese dairy](https://genussnetz.example/en/producers/kaeserei-wiesenfeld) in Wunsiedel. Less than ten kilometres lie between cowshed and cheese vat, and the milk is still warm from milking when master cheesemaker Jakob Wiesenfeld pumps it into the big copper vat.

## What makes hay milk

The Seuberth family's sixty cows eat fresh grass in summer and hay in winter – but never silage, the fermented feed from the silo. This is not about nostalgia. Silage can carry spores of certain bacteria into the milk, and in a long-matured raw-milk cheese they produce gas. Weeks later the wheel swells and cracks. For a mountain cheese that is meant to mature for a year, *hay milk* is therefore a must.

## From the vat to the cellar

The making follows a rhythm that has barely changed in generations:

1. The raw milk is set with lactic cultures and rennet.
2. The curd is cut with the cheese harp until the pieces are the size of corn kernels.
3. Stirred all the while, the curd is warmed so that it releases whey and firms up.
4. Pressed into moulds and bathed in brine, the wheels form their rind.
5. Then they go down to the cellar onto spruce boards – for eight to twelve months.

The maturing cellar is cool and damp. Every wheel is turned regularly and brushed with brine so that the rind grows evenly. "Time does the real work," says Wiesenfeld. "I just make sure nothing goes wrong."

## How it tastes

After eight months the [mountain cheese](https://genussnetz.example/en/products/bergkaese-kaeserei-wiesenfeld) is spicy and creamy; after a year it is strong, with little crystals that crunch between your teeth. In summer, when the cows are out at pasture, the milk is yellower and the cheese more fragrant; the winter wheels are milder. **No two wheels are alike**, and that is exactly what the regulars love.

Not all the milk becomes hard cheese. Some of it is turned into [cream cheese](https://genussnetz.example/en/products/frischkaese-kaeserei-wiesenfeld) and sweet cream butter that sell out within a few days – the counterpart to the mountain cheese, which teaches you patience.

## Where to buy

Cheese from Wunsiedel is sold in the Genussnetz shop and on Saturdays at Bamberg's weekly market. If you come to the Fichtelgebirge yourself, ask whether you may take a look into the maturing cellar.`,
    },
    author: "Carola Weißbrod",
    producers: ["kaeserei-wiesenfeld", "milchhof-seuberth"],
    products: ["bergkaese-kaeserei-wiesenfeld", "frischkaese-kaeserei-wiesenfeld", "suessrahmbutter-kaeserei-wiesenfeld"],
    published_days_ago: 81,
  },
  {
    handle: "buchenrauch-ueber-der-darre",
    title: { de: "Buchenrauch über der Darre: Wie Rauchmalz entsteht", en: "Beech smoke over the kiln: how smoked malt is made" },
    teaser: {
      de: "Bamberger Rauchbier schmeckt nach Lagerfeuer und Schinken. Das liegt nicht am Brauer, sondern am Mälzer – ein Besuch in der Mälzerei Rauchfuß.",
      en: "Bamberg smoked beer tastes of campfire and ham. That is down to the maltster rather than the brewer – a visit to the Rauchfuß malt house.",
    },
    body: {
      de: `Wer an einem Darrtag durch die Gassen rund um die [Mälzerei Rauchfuß](https://genussnetz.example/produzenten/maelzerei-rauchfuss) geht, riecht es, bevor er das Haus sieht: Buchenrauch, warm und ein wenig süß. Im Keller unter der Darre brennt das Feuer, darüber trocknet auf einem gelochten Blech das Malz.

## Vom Korn zum Malz

Malz ist gekeimtes und getrocknetes Getreide, meist Gerste. Beim Mälzen werden im Korn Enzyme geweckt, die später im Sudhaus die Stärke in Zucker verwandeln. Die Arbeit hat drei Schritte:

1. **Weichen:** Die Gerste liegt ein bis zwei Tage im Wasser, bis sie genug Feuchtigkeit aufgenommen hat.
2. **Keimen:** Etwa eine Woche lang keimt das Korn im Keimkasten und wird dabei regelmäßig gewendet.
3. **Darren:** Heiße Luft trocknet das Grünmalz und stoppt die Keimung. Je nach Temperatur wird das Malz hell oder dunkel.

## Warum Bamberg beim Rauch blieb

Früher wurde fast alles Malz über offenem Feuer gedarrt, und fast jedes Bier schmeckte ein wenig nach Rauch. Mit den indirekt beheizten Darren des 19. Jahrhunderts verschwand der Rauch aus dem Bier – beinahe überall. In Bamberg blieben einige Mälzer und Brauer bei der alten Art, und so wurde aus einer Selbstverständlichkeit eine Spezialität.

In der Mälzerei Rauchfuß wird nur mit **Buchenholz** gefeuert. „Buche gibt einen runden, milden Rauch“, sagt Mälzer Klaus Rauchfuß. „Mit anderem Holz wird es schnell beißend.“ Die Scheite lagern zwei Jahre, bevor sie in den Ofen kommen, denn zu feuchtes Holz qualmt und macht das Malz bitter. Wie kräftig das Malz später raucht, hängt davon ab, wie lange der Rauch durch das noch feuchte Grünmalz zieht.

## Im Glas: das Rauchbier

Ein paar Straßen weiter wird aus dem Malz Bier. Die [Brauerei Kellerhals](https://genussnetz.example/produzenten/brauerei-kellerhals) braut ihr [Rauchbier Märzen](https://genussnetz.example/produkte/rauchbier-maerzen-brauerei-kellerhals) fast ausschließlich mit dem [Rauchmalz](https://genussnetz.example/produkte/rauchmalz-maelzerei-rauchfuss) der Nachbarn. Danach reift es wochenlang in den Felsenkellern unter dem Stephansberg.

Beim ersten Schluck staunen viele: Das Bier duftet nach Lagerfeuer und schmeckt ein wenig nach geräuchertem Schinken. In Bamberg sagt man, spätestens beim dritten Seidla wolle man nichts anderes mehr.

Worauf es beim Rauchbier ankommt:

- ein dunkles, malziges Märzen als Grundlage,
- ein Rauch, der das Bier trägt, aber nicht erschlägt,
- und frisch gezapft aus dem Holzfass, am liebsten auf dem Keller.

Hobbybrauer bekommen das Rauchmalz übrigens geschrotet oder als ganzes Korn. *Schon ein Kilo in der Schüttung gibt einem selbst gebrauten Bier einen deutlichen Rauchton.*`,
      en: `Walk through the lanes around the [Rauchfuß malt house](https://genussnetz.example/en/producers/maelzerei-rauchfuss) on a kilning day and you smell it before you see the building: beech smoke, warm and a little sweet. In the cellar beneath the kiln the fire is burning, and above it the malt dries on a perforated metal floor.

## From grain to malt

Malt is grain – usually barley – that has been sprouted and dried. Malting wakes up enzymes in the grain that later, in the brewhouse, turn starch into sugar. The work has three steps:

1. **Steeping:** the barley lies in water for one or two days until it has soaked up enough moisture.
2. **Germination:** for about a week the grain sprouts in the germination box and is turned regularly.
3. **Kilning:** hot air dries the green malt and stops it growing. Depending on the temperature, the malt turns out pale or dark.

## Why Bamberg stuck with smoke

In the old days nearly all malt was kilned over open fires, and nearly every beer tasted a little smoky. With the indirectly heated kilns of the nineteenth century, the smoke disappeared from beer – almost everywhere. In Bamberg a few maltsters and brewers kept to the old ways, and so something once taken for granted became a speciality.

At the Rauchfuß malt house the fire is fed with **beech** only. "Beech gives a round, mellow smoke," says maltster Klaus Rauchfuß. "Other woods quickly turn acrid." The logs are seasoned for two years before they go into the furnace, because damp wood smoulders and makes the malt bitter. How smoky the malt ends up depends on how long the smoke drifts through the still-moist green malt.

## In the glass: smoked beer

A few streets away the malt becomes beer. [Brauerei Kellerhals](https://genussnetz.example/en/producers/brauerei-kellerhals) brews its [smoked Märzen](https://genussnetz.example/en/products/rauchbier-maerzen-brauerei-kellerhals) almost entirely from its neighbour's [smoked malt](https://genussnetz.example/en/products/rauchmalz-maelzerei-rauchfuss). Then it matures for weeks in the rock cellars beneath the Stephansberg.

Many people are taken aback by the first sip: the beer smells of campfire and tastes faintly of smoked ham. In Bamberg they say that by the third half-litre at the latest, you won't want anything else.

What makes a good smoked beer:

- a dark, malty Märzen as the base,
- smoke that carries the beer without overpowering it,
- and serving it fresh from the wooden cask, ideally at the beer cellar.

Home brewers, by the way, can buy the smoked malt crushed or as whole grain. *Even one kilo in the grist gives a home brew a distinct smoky note.*`,
    },
    author: "Johanna Rösch",
    producers: ["maelzerei-rauchfuss", "brauerei-kellerhals"],
    products: ["rauchmalz-maelzerei-rauchfuss", "rauchbier-maerzen-brauerei-kellerhals"],
    published_days_ago: 96,
  },
]
