# id: slaan
# title: Een klap
# theme: lichamelijke_mishandeling
# note: Dit verhaal gaat over een vader die zijn kind slaat. Je ziet het slaan niet, maar je merkt wat het doet.
# age: 10
# minutes: 8
# cast: papa=Papa, zus=Lotte, vriendin=Sara, juf=Juf Anouk
INCLUDE common.ink

-> begin

=== begin ===
Het is dinsdagavond in Sittard. # bg: keuken # music: rustig
Je zit aan de keukentafel en maakt je huiswerk.
Breuken. Niet je lievelingsvak.
Je zusje Lotte zit naast je. Ze is zes. Ze tekent. # enter: zus
Kijk! Ik teken jou. Met een kroon! # speaker: zus # mood: blij
Je lacht. Op de tekening heb je heel lange armen.
Dan gaat de voordeur open. # sfx: deur_hard # music: gespannen
Papa is thuis. Je hoort het meteen aan zijn stappen.
Hij heeft een slechte dag.
Waarom ligt hier weer alles rond? # speaker: papa # mood: boos
Papa gooit zijn jas over een stoel.
Overal op tafel liggen schriften en stiften.
Ruim op. We gaan eten. # speaker: papa
Papa, kijk, mijn tekening ... # speaker: zus # mood: bang
Niet nu, Lotte. # speaker: papa
Lotte zegt niks meer. Ze stopt de tekening onder haar bord.
Jullie eten macaroni. Niemand praat. # sfx: klok
Je hoort alleen de klok. En de vorken op de borden.
Na het eten help je met afruimen.
Je pakt drie borden tegelijk. Dat doe je altijd.
Maar nu glijdt er één weg. # sfx: bord # pause: 800
Het bord valt op de grond. In drie stukken.
Papa staat op. Zijn stoel schuift hard over de vloer.
Kun je nou nooit eens opletten? # speaker: papa # mood: boos
Je hart bonkt. Wat doe je?
+ [Sorry zeggen en de scherven oprapen]
  -> keuken_klap
+ [Wegrennen naar je kamer]
  -> kamer_klap

=== keuken_klap ===
Sorry, papa. Het ging per ongeluk. # speaker: ik # mood: bang
Je bukt en pakt de scherven. Je handen trillen.
Papa komt naast je staan. Hij lijkt heel groot.
Papa, niet doen ... # speaker: zus # mood: bang
Je doet je ogen dicht. # music: stil
Het gaat heel snel. # pause: 1500
Dan is het stil in de keuken.
Je wang gloeit. Hij is warm en rood.
Kijk nou wat je me laat doen. # speaker: papa # mood: boos
Papa loopt naar de woonkamer. De tv gaat hard aan. # leave: papa
Lotte huilt zachtjes. Je veegt de scherven bij elkaar.
Daarna ga je naar boven. # leave: zus
-> nacht

=== kamer_klap ===
Je rent de trap op. Je doet je deur dicht. # bg: slaapkamer # sfx: deur # leave: zus
Je gaat op je bed zitten. Je luistert.
Er komen voetstappen op de trap. # sfx: voetstappen
Zwaar. Langzaam. Steeds dichterbij.
Je deur gaat open. # sfx: deur_hard # music: stil
Je loopt niet weg als ik tegen je praat! # speaker: papa # mood: boos
Papa pakt je arm vast. Hard.
Wat er dan gebeurt, gaat heel snel. # pause: 1500
Dan is het stil.
Papa staat in de deuropening. Hij ademt zwaar.
Kijk nou wat je me laat doen. # speaker: papa
Hij loopt weg. Je deur blijft open staan. # leave: papa
Je arm doet pijn, waar hij je vastpakte.
Je wang is warm en rood.
Beneden huilt Lotte.
-> nacht

=== nacht ===
Het is nacht. # bg: slaapkamer # music: verdrietig # sfx: klok
Je ligt in bed, maar je kunt niet slapen.
Je hoort de klok tikken. En beneden de tv.
Je denkt aan wat papa zei. Kijk nou wat je me laat doen.
Was het jouw schuld? {keuken_klap: Omdat het bord viel?}{kamer_klap: Omdat je wegrende?}
Nee. {keuken_klap: Iedereen laat weleens iets vallen.}{kamer_klap: Wegrennen als je bang bent, is heel normaal.}
Een kind slaan is nooit oké. Ook niet als je iets fout doet. # discuss: Papa zegt: kijk wat je me laat doen. Wat vind jij daarvan?
Het is niet jouw schuld.
Dan gaat je deur zachtjes open. # sfx: deur
Mag ik bij jou slapen? # speaker: zus # mood: bang
Lotte kruipt naast je. Haar voeten zijn ijskoud.
Is papa nog boos? # speaker: zus # mood: verdrietig
Je weet het niet. Je aait over haar haar.
En jij? Hoe voel jij je nu?
+ [Bang]
  Je bent bang. Bang voor morgen. Bang dat het weer gebeurt.
  Dat is heel normaal. Bang zijn betekent: hier klopt iets niet.
+ [Boos]
  Je bent boos. Op papa. En ook een beetje op jezelf.
  Boos zijn mag. Maar jij hebt niks fout gedaan.
+ [Verdrietig]
  Je bent verdrietig. Je wilt gewoon dat papa lief is.
  Verdriet mag er zijn. Ook als je het aan niemand laat zien.
+ [In de war]
  Je bent in de war. Je snapt niet wat er gebeurde.
  Dat is heel normaal. Het is ook verwarrend.
+ [Zeg ik liever niet]
  Dat is goed. Je hoeft niks te zeggen.
  Alles wat je voelt, mag er zijn.
- Papa is niet altijd zo.
Op zondag bakt hij pannenkoeken. Dan lacht hij om je grappen.
Je houdt van hem. En je bent bang voor hem.
Allebei tegelijk. Dat kan.
Lotte slaapt al. Je houdt haar hand vast.
-> rustmoment ->
-> ochtend

=== ochtend ===
De volgende ochtend. # bg: badkamer # music: rustig
Je kijkt in de spiegel.
Je wang is niet meer zo rood. Maar je voelt het nog.
{kamer_klap: Op je arm zit een blauwe plek. Je trekt een trui met lange mouwen aan.}
Je gaat naar beneden. # bg: keuken
Goedemorgen. Heb je lekker geslapen? # speaker: papa # mood: neutraal
Papa smeert boterhammen voor jullie. Hij doet heel gewoon.
Alsof er niks gebeurd is. Dat is raar. En verwarrend.
Je pakt je tas en gaat op weg naar school. # bg: straat # leave: papa
Onderweg denk je na. Wat ga je vandaag doen? # discuss: Wat zou jij doen? En aan wie zou jij het vertellen?
+ [Ik vertel het aan Sara. Zij is mijn beste vriendin.]
  -> sara
+ [Ik zeg niks. Niemand hoeft het te weten.]
  -> zwijgen
+ [Ik ga meteen naar juf Anouk.]
  -> naar_juf

=== sara ===
Op de hoek staat Sara. Ze wacht elke dag op je.
Hoi! Heb jij de breuken af? Ik snapte er niks van. # speaker: vriendin # mood: blij
Je zegt niks. Sara kijkt naar je.
Wat is er? Je kijkt zo anders. # speaker: vriendin # mood: neutraal
Je haalt diep adem.
Papa heeft me gisteren geslagen. # speaker: ik # mood: verdrietig
Sara blijft staan. Even zegt ze niks.
Wat? Dat mag toch niet! # speaker: vriendin # mood: bang
Gaat het wel? Doet het pijn? # speaker: vriendin # mood: verdrietig
Een beetje. Zeg het tegen niemand, oké? # speaker: ik
Sara bijt op haar lip.
Ik vind dit eng. Ik weet niet wat ik moet doen. # speaker: vriendin
Dit is te groot voor ons twee. Zullen we het samen aan juf Anouk vertellen? # speaker: vriendin
+ [Ja. Maar dan wel samen.]
  -> sara_ja
+ [Nee. Nog niet.]
  -> sara_nee

=== sara_ja ===
Oké. Ik ga met je mee. # speaker: vriendin # mood: neutraal
Sara pakt je hand. Samen lopen jullie het schoolplein op. # bg: schoolplein # music: hoopvol
Juf Anouk staat bij de deur. Ze ziet jullie komen.
Goedemorgen, jullie twee. Jullie kijken zo serieus. # speaker: juf # mood: neutraal
Juf, we willen u iets vertellen. Het is belangrijk. # speaker: vriendin
Juf Anouk knikt.
Kom maar mee naar binnen. # speaker: juf
-> juf_gesprek

=== sara_nee ===
Sara kijkt je lang aan.
Oké. Ik ga het niet aan de hele klas vertellen. # speaker: vriendin # mood: verdrietig
Maar ik vind wel dat een grote mens het moet weten. # speaker: vriendin
Mijn moeder zegt: je kunt altijd de Kindertelefoon bellen. # speaker: vriendin # mood: neutraal
Of chatten. Het is gratis. En je hoeft je naam niet te zeggen. # speaker: vriendin
Je knikt. Je zegt niks.
De schooldag gaat voorbij. # bg: klas # sfx: schoolbel
Sara blijft de hele dag in de buurt.
In de pauze deelt ze haar koek met je. # leave: vriendin
-> einde_later

=== zwijgen ===
In de klas is het rekenen. Weer breuken. # bg: klas # sfx: schoolbel
Juf Anouk legt iets uit op het bord. Je hoort het niet echt.
Je denkt steeds aan gisteren.
Dan valt de klasdeur hard dicht. # sfx: deur_hard
Je schrikt enorm. Je pen valt op de grond.
De anderen lachen even. Juf Anouk lacht niet. Ze kijkt naar jou.
Blijf jij zo even in de pauze? Je zit niet in de problemen, hoor. # speaker: juf # mood: neutraal
In de pauze is de klas leeg. # sfx: schoolbel # music: rustig
Juf Anouk gaat naast je zitten. Niet tegenover je.
Je bent vandaag heel stil. En je schrok net erg. # speaker: juf
Gaat het wel met je? # speaker: juf
+ [Eerlijk zeggen dat het niet goed gaat]
  Eigenlijk niet, juf. # speaker: ik # mood: verdrietig
  Dank je dat je dat zegt. Vertel maar. Ik luister. # speaker: juf
  -> juf_gesprek
+ [Zeggen dat je gewoon moe bent]
  -> zwijgen_nee

=== zwijgen_nee ===
Ja hoor. Ik ben gewoon moe. # speaker: ik # mood: neutraal
Juf Anouk knikt rustig.
Oké. Je hoeft niks te vertellen. # speaker: juf # mood: neutraal
Maar ik wil dat je iets weet. # speaker: juf
Als er iets is, groot of klein, dan mag je altijd bij mij komen. # speaker: juf
Morgen. Volgende week. Wanneer jij wilt. # speaker: juf
Ze geeft je een klein kaartje. Er staat de Kindertelefoon op.
Daar kun je bellen of chatten. Gratis. Je hoeft je naam niet te zeggen. # speaker: juf
Je stopt het kaartje in je broekzak. # leave: juf
-> einde_later

=== naar_juf ===
Je bent vroeg op school. Het plein is nog bijna leeg. # bg: schoolplein
Juf Anouk heeft pleinwacht. Dat betekent dat ze buiten op de kinderen let.
Je loopt naar haar toe. Je benen voelen als pudding.
Juf? Mag ik u iets vertellen? Alleen aan u? # speaker: ik # mood: bang
Juf Anouk kijkt je aan. Ze ziet meteen dat het belangrijk is.
Natuurlijk. Kom, we gaan naar binnen. De klas is nog leeg. # speaker: juf # mood: neutraal
-> juf_gesprek

=== juf_gesprek ===
Juf Anouk pakt twee stoelen. Ze gaat naast je zitten. # bg: klas # music: rustig
{sara_ja:
  Sara wacht op de gang. # leave: vriendin
}
Vertel maar. Neem je tijd. # speaker: juf # mood: neutraal
Je vertelt over het bord. {kamer_klap: Over de trap en je kamer.} Over papa. Over de klap.
Het komt er een beetje door elkaar uit. Dat geeft niks.
Juf Anouk luistert. Ze knikt. Ze wordt niet boos.
Dank je dat je het me vertelt. Dat is heel moedig. # speaker: juf
Ik wil dat je één ding goed onthoudt. # speaker: juf
Het is niet jouw schuld. Een kind mag nooit geslagen worden. # speaker: juf
Ook niet als er iets kapotgaat. Nooit. # speaker: juf
Je ogen prikken. Je had niet gedacht dat je zou huilen.
Juf Anouk schuift een doos zakdoekjes naar je toe.
Huilen mag. Ik ga je helpen. # speaker: juf # mood: neutraal
Maar ik doe niks zonder het eerst met jou te bespreken. Oké? # speaker: juf
-> vragen

= vragen
{Heb je vragen? Alles mag.|Wil je nog iets vragen?|Nog iets?} # speaker: juf
* [Moet ik nu weg van huis?]
  Moet ik nu weg van huis? # speaker: ik # mood: bang
  Veel kinderen zijn daar bang voor. Heel begrijpelijk. # speaker: juf
  Meestal blijven kinderen gewoon thuis wonen. # speaker: juf
  De hulp komt dan naar jullie toe. Het doel is dat het thuis veilig wordt. # speaker: juf
  -> vragen
* [Krijgt papa nu straf?]
  Krijgt papa nu straf? # speaker: ik # mood: bang
  Het gaat er niet om dat papa straf krijgt. # speaker: juf
  Het gaat erom dat het slaan stopt. # speaker: juf
  Papa kan ook hulp krijgen. Hulp om met zijn boosheid om te gaan. # speaker: juf
  Ik kan niet beloven hoe alles gaat. Wel dat je er niet alleen voor staat. # speaker: juf
  -> vragen
* [Wat als papa het merkt en weer boos wordt?]
  Wat als papa het merkt en weer boos wordt? # speaker: ik # mood: bang
  Daar denken we samen over na. Jouw veiligheid gaat voor. # speaker: juf
  Voel je je thuis niet veilig? Zeg het dan tegen mij. # speaker: juf
  En is het echt gevaarlijk? Bel dan 112. # speaker: juf
  -> vragen
+ [Wat gaat er nu gebeuren?]
  Wat gaat er nu gebeuren? # speaker: ik # mood: neutraal
  -> plan

= plan
Ik praat vandaag met meester Rob. Hij is intern begeleider. # speaker: juf # mood: neutraal
Dat is iemand op school die helpt als het moeilijk gaat. # speaker: juf
Misschien vragen we samen advies aan Veilig Thuis. # speaker: juf
Die luisteren, geven advies en kunnen hulp regelen voor jullie gezin. # speaker: juf
Ik kan dit niet geheimhouden. Daarvoor is het te belangrijk. # speaker: juf
Maar ik vertel het alleen aan mensen die kunnen helpen. # speaker: juf
En morgen vertel ik jou wat we hebben besproken. # speaker: juf # mood: blij
-> einde_verteld

=== einde_verteld ===
De schoolbel gaat. De dag begint gewoon. # sfx: schoolbel # music: hoopvol
{sara_ja: Sara staat op de gang. Ze kijkt je vragend aan. Je knikt. Ze geeft je een boks.}
Die avond zit je weer aan de keukentafel. # bg: keuken # leave: juf
Papa kookt. # enter: papa
Lotte tekent weer een kroon. # enter: zus
Je weet niet precies wat er nu gaat gebeuren. Dat is spannend.
Maar je draagt het niet meer alleen.
Juf Anouk weet het. Morgen praat je weer met haar.
-> spiegel

=== einde_later ===
Die avond lig je weer in bed. # bg: slaapkamer # music: rustig
{sara_nee:
  Je telefoon licht op. Een bericht van Sara. # sfx: melding
  Slaap lekker. Ik ben er voor je. # speaker: vriendin # mood: blij
}
{zwijgen_nee: Je kijkt naar het kaartje van juf Anouk. Je legt het onder je kussen.}
Je hebt het nog niet aan een grote mens verteld.
Dat is oké. Jij bepaalt wanneer je eraan toe bent.
Maar slaan is al de eerste keer niet oké. Je mag hulp vragen. # music: hoopvol
Het hoeft niet perfect. Eén zin is genoeg.
Juf, thuis gebeurt iets wat niet goed is. # speaker: ik # mood: neutraal
Misschien zeg je die zin morgen. Of volgende week.
-> spiegel

=== spiegel ===
Dit verhaal is verzonnen. Maar zoiets gebeurt echt. # music: rustig
Gemiddeld zit er in elke klas één kind bij wie het thuis niet veilig is.
Je bent dus niet de enige.
Nu een vraag over jou. Je hoeft niks te zeggen.
Het spel stuurt je antwoord nergens heen.
Word jij thuis weleens geslagen, geduwd of geknepen? # mirror: lichamelijke_mishandeling
+ [Nee, nooit]
  ~ mirror("lichamelijke_mishandeling", "nooit")
+ [Eén keer]
  ~ mirror("lichamelijke_mishandeling", "een_keer")
+ [Soms]
  ~ mirror("lichamelijke_mishandeling", "soms")
+ [Vaak]
  ~ mirror("lichamelijke_mishandeling", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("lichamelijke_mishandeling", "liever_niet")
+ [Het gebeurt nu en ik ben niet veilig]
  ~ danger()
  ~ mirror("lichamelijke_mishandeling", "vaak")
- Dank je dat je hierover nadacht.
Onthoud: als iemand jou slaat, is dat nooit jouw schuld.
-> reflectie
