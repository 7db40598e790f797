# id: ruzie
# title: Knallende ruzie
# theme: ruzie_goedkomen, strenge_regels
# note: Dit verhaal gaat over een gezin dat hard ruzie maakt en het daarna weer goedmaakt. Niemand wordt geslagen of uitgescholden.
# age: 10
# minutes: 6
# cast: mama=Mama, stiefvader=Marco, broer=Jesse
INCLUDE common.ink

-> begin

=== begin ===
Het is vrijdagmiddag in Heerlen. # bg: woonkamer # music: rustig
Het weekend begint bijna. Je bent net thuis van school.
Je gooit je tas in de hoek. Dan trilt je telefoon. # sfx: melding
Een bericht van Fleur, je beste vriendin.
Morgen word ik twaalf! Kom je logeren? Met pizza en een film! # speaker: vriendin # mood: blij
Je springt bijna een gat in de lucht.
Een logeerfeestje bij Fleur. Met de hele groep. Dat wil je al zo lang.
Je hoort boven de computer van je broer Jesse. Hij is vijftien. Hij gamet.
Je rent naar de keuken. Mama staat te koken. # bg: keuken # enter: mama
Marco zit aan tafel met zijn laptop. # enter: stiefvader
Marco is je stiefvader. Hij woont al drie jaar bij jullie.
Mam! Mag ik morgen bij Fleur logeren? Ze geeft een feest! # speaker: ik # mood: blij
Mama draait zich om. Ze veegt haar handen af.
Morgen? Nee, lieverd. Zondag is oma jarig. # speaker: mama # mood: neutraal
Ze wordt zeventig. We moeten om negen uur al in Kerkrade zijn. # speaker: mama
Maar iedereen gaat! Ik ben de enige die niet mag! # speaker: ik # mood: boos
Dat snap ik. Maar het antwoord is nee. # speaker: mama
Je gezicht wordt warm. Wat doe je?
+ [Boos worden en terugschreeuwen]
  -> schreeuwen
+ [Niks zeggen en naar je kamer gaan]
  -> mokken
+ [Het aan Marco vragen]
  -> marco

=== schreeuwen ===
Jij bent altijd zo streng! Nooit mag ik iets! # speaker: ik # mood: boos # music: gespannen
Je roept het harder dan je wilde.
Dat is niet waar! Ik wil gewoon dat je zondag niet doodmoe bent! # speaker: mama # mood: boos
Jullie praten allebei heel hard.
Marco kijkt van de een naar de ander. Hij zegt niks.
Dan komt Jesse binnen. Hij heeft zijn koptelefoon nog om zijn nek.
Wat is hier aan de hand? Ik hoor jullie tot boven. # speaker: broer # mood: neutraal
Niks! # speaker: ik # mood: boos
Je loopt weg en gooit je deur hard dicht. # bg: slaapkamer # sfx: deur_hard
Je ploft op je bed. Je bent zo boos. Je hart klopt snel.
Je slaat met je vuist in je kussen. Eén keer. Twee keer.
Dat helpt een beetje.
Mama riep ook hard. Maar ze schold je niet uit.
Ze sloeg niet. Ze maakte je niet bang.
Het was een ruzie. Een harde ruzie. Dat gebeurt in elk gezin weleens.
-> goedmaken

=== mokken ===
Je zegt niks meer. Je loopt naar boven. # bg: slaapkamer # sfx: deur
Je gaat op je bed liggen met je koptelefoon op. # music: verdrietig
Je bent boos en verdrietig tegelijk.
Iedereen heeft straks leuke foto's van het feest. Behalve jij.
Na een tijdje gaat je deur open. # sfx: deur
Het is Jesse.
Hé. Ik hoorde het. Balen, hè? # speaker: broer # mood: neutraal
Jesse gaat op de grond zitten.
Ik mocht vroeger ook niet altijd alles. Dan was ik ook woest. # speaker: broer
Mama is best streng. Maar ze is wel eerlijk. # speaker: broer
Zal ik je een tip geven? # speaker: broer # mood: blij
+ [Ja, zeg maar]
  Vraag of je naar het feest mag. Maar zonder logeren. # speaker: broer
  Dan ben je zondag niet moe. Dat is waar mama bang voor is. # speaker: broer
  Hé. Dat is eigenlijk slim. # speaker: ik # mood: neutraal
+ [Nee, laat me maar even]
  Oké. Prima. # speaker: broer
  Jesse staat op. Bij de deur draait hij zich om.
  Mama is niet boos op jou, hoor. Ze wil gewoon dat oma een leuke dag heeft. # speaker: broer
- Jesse gaat weer naar zijn kamer. # leave: broer
-> goedmaken

=== marco ===
Marco, mag het van jou? # speaker: ik # mood: neutraal
Marco kijkt op van zijn laptop. Hij kijkt naar mama.
Eh ... Een feestje is toch ook belangrijk? # speaker: stiefvader # mood: neutraal
Ik kan zondagochtend om acht uur naar Fleur rijden. # speaker: stiefvader
Mama kijkt Marco aan. Niet blij. # music: gespannen
Marco, ik had al nee gezegd. # speaker: mama # mood: boos
Moet ik dan niks zeggen? Ik woon hier ook! # speaker: stiefvader # mood: boos
Nu hebben mama en Marco ruzie. Ze praten hard.
Jij beslist altijd alles alleen! # speaker: stiefvader
En jij wilt altijd de leuke zijn! # speaker: mama
Je staat erbij. Je voelt je een beetje schuldig. De ruzie gaat nu over jou.
Dan stopt Marco. Hij haalt diep adem.
Wacht. Sorry. Dit moeten we samen bespreken. Niet zo. # speaker: stiefvader # mood: verdrietig
Mama knikt. Haar schouders zakken.
Je hebt gelijk. Sorry. # speaker: mama # mood: neutraal
Mama kijkt naar jou.
Dit is niet jouw schuld, hoor. Marco en ik gaan even rustig praten. # speaker: mama
Je gaat naar boven. # bg: slaapkamer # leave: mama # leave: stiefvader
Beneden hoor je ze praten. Eerst nog hard. Dan steeds zachter.
Dan hoor je mama lachen. Om iets wat Marco zegt.
Grote mensen hebben ook weleens ruzie. Als ze het daarna goedmaken, is dat normaal.
-> goedmaken

=== goedmaken ===
-> rustmoment ->
Later die avond. # music: rustig
Er wordt op je deur geklopt. # sfx: deur
Mama komt binnen. # enter: mama
{marco:
  Marco staat achter haar in de deuropening. # enter: stiefvader
}
Mag ik even bij je zitten? # speaker: mama # mood: neutraal
Mama gaat op de rand van je bed zitten.
{schreeuwen:
  Sorry dat ik zo hard riep. Dat was niet handig van mij. # speaker: mama # mood: verdrietig
}
{marco:
  Marco en ik hebben gepraat. We zijn het nu eens. # speaker: mama
}
Ik snap dat je heel graag wilt. Fleur is je beste vriendin. # speaker: mama # mood: neutraal
Weet je, ik was ook boos. En teleurgesteld. # speaker: mama
Oma wordt maar één keer zeventig. Ik wil dat we er allemaal fris bij zijn. # speaker: mama
Ruzie hebben we allemaal weleens. Ik ook, met oma vroeger. # speaker: mama
Het belangrijkste is dat we het daarna weer goedmaken. # speaker: mama
Wat zeg je tegen mama?
+ [Sorry zeggen]
  -> einde_samen
+ [Zeggen dat je nog boos bent]
  -> einde_later

=== einde_samen ===
{schreeuwen:Sorry, mam. Ik riep ook dingen die niet aardig waren.}{mokken:Sorry dat ik zomaar wegliep, mam.}{marco:Sorry, mam. Jij had al nee gezegd. Toch vroeg ik het aan Marco.} # speaker: ik # mood: verdrietig
Mama slaat een arm om je heen. # music: hoopvol
Dank je. Zullen we samen een oplossing zoeken? # speaker: mama # mood: blij
{mokken:
  Mag ik naar het feest, maar zonder logeren? # speaker: ik # mood: neutraal
  Mama kijkt verbaasd. Dan lacht ze.
  Dat is een goed idee. Tot tien uur. Dan haal ik je op. # speaker: mama # mood: blij
  Je denkt aan Jesse. Slimme broer, denk je. Maar dat zeg je niet hardop.
- else:
  Wat denk je hiervan? Je mag naar het feest. Tot tien uur. # speaker: mama # mood: blij
  Maar je slaapt thuis. Zondag moet je fit zijn voor oma. # speaker: mama
  Dat vind je eerlijk. Een beetje jammer. Maar eerlijk.
}
{marco:
  Ik breng je, en ik haal je op. # speaker: stiefvader # mood: blij
}
Je stuurt Fleur een bericht: ik kom! Maar ik blijf niet slapen. # sfx: melding
Zaterdagavond sta je bij Fleur in de woonkamer. # bg: woonkamer # leave: mama
Je bent er! Kom, de pizza is er bijna. # speaker: vriendin # mood: blij
Jullie eten pizza en kijken een griezelfilm. Je lacht om niks. # music: hoopvol
Om tien uur gaat de bel. # sfx: deurbel
{marco:Marco staat voor de deur.|Mama staat voor de deur.} Precies op tijd.
Je zwaait naar Fleur. Het was een superavond. # leave: vriendin
Op zondag zit je naast oma in Kerkrade. # bg: woonkamer # enter: oma
Oma blaast zeventig kaarsjes uit. Nou ja, een paar.
Je bent een beetje moe. Maar heel blij.
Wat fijn dat je er bent, schat. # speaker: oma # mood: blij
-> spiegel

=== einde_later ===
Ik ben nog boos. Ik wil nog niet praten. # speaker: ik # mood: boos
Mama knikt rustig.
Oké. Dat mag. Je mag boos zijn. # speaker: mama # mood: neutraal
Ik ben beneden als je wilt praten. Ik hou van je, ook als je boos bent. # speaker: mama
Mama gaat weg. De deur laat ze op een kiertje. # leave: mama
{marco:
  Marco steekt zijn duim op en gaat ook. # leave: stiefvader
}
Je ligt op je bed. Je kijkt naar het plafond.
Langzaam wordt je boosheid kleiner.
Je ruikt pannenkoeken. Je maag rammelt.
Je gaat naar beneden. # bg: keuken # music: hoopvol
Mama, Marco en Jesse zitten al aan tafel. # enter: broer
Er staat een bord voor jou klaar. Met stroop.
Sorry, mam. # speaker: ik # mood: verdrietig
Ik ook sorry. Kom, eet maar. # speaker: mama # mood: blij
Het logeerfeestje gaat niet door. Voor jou niet. Dat blijft zo.
Maar mama heeft een idee.
Volgend weekend mag Fleur hier komen logeren. Goed? # speaker: mama # mood: blij
Je knikt. Je neemt een hap pannenkoek.
Het is niet wat je wilde. Maar het is wel eerlijk.
Je appt Fleur: gefeliciteerd! Volgende week logeer jij bij mij! # sfx: melding
Jesse pikt een stuk van je bord.
Die is voor mij! # speaker: broer # mood: blij
Iedereen lacht.
-> spiegel

=== spiegel ===
In elk gezin is er weleens ruzie. Dat is normaal. # music: rustig
Soms praat iemand hard. Soms gaat er een deur met een klap dicht.
Wat maakt het oké? Niemand slaat. Niemand scheldt of maakt de ander bang.
En daarna maak je het weer goed. # discuss: Hoe maken jullie thuis iets weer goed na een ruzie?
Strenge regels zijn ook normaal. Op tijd naar bed. Niet te lang gamen.
Zolang de regels eerlijk zijn. En zolang je niet bang hoeft te zijn.
Nu een vraag over jou. Je hoeft niks te zeggen.
Het spel stuurt je antwoord nergens heen.
Hebben jullie thuis weleens ruzie die daarna weer goedkomt? # mirror: ruzie_goedkomen
+ [Nee, nooit]
  ~ mirror("ruzie_goedkomen", "nooit")
+ [Soms]
  ~ mirror("ruzie_goedkomen", "soms")
+ [Vaak]
  ~ mirror("ruzie_goedkomen", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("ruzie_goedkomen", "liever_niet")
- Dank je dat je hierover nadacht.
Komt ruzie bij jou thuis nooit goed? Slaat of scheldt iemand, of ben je bang?
Dan is het geen gewone ruzie meer. Dan mag je hulp vragen.
En dan is het nooit jouw schuld.
-> reflectie
