# id: regels
# title: Telefoon aan de lader
# theme: strenge_regels, eerlijke_straf
# note: Dit verhaal gaat over strenge regels thuis, zoals schermtijd en bedtijd. En over een eerlijke straf als je een regel breekt.
# age: 10
# minutes: 7
# cast: mama=Mama, stiefvader=Rob, zus=Evi, vriend=Sem, juf=Juf Petra
INCLUDE common.ink

-> begin

VAR straf = false
VAR gevraagd = false

=== begin ===
Het is donderdagavond in Weert. Je ligt op je bed met je telefoon. # bg: slaapkamer # music: rustig
Je woont met mama, je zusje Evi en Rob.
Rob is je stiefvader. Hij woont al drie jaar bij jullie.
Bij jullie thuis is er een regel over je telefoon.
Om negen uur gaat hij aan de lader. In de keuken, niet op je kamer.
Evi heeft nog geen telefoon. Zij is pas zeven.
Het is vijf voor negen. Jullie potje is bijna af. Jullie staan voor.
Je telefoon trilt. Een bericht van Sem uit je klas. # sfx: melding
Nog één potje? Het is net zo spannend! # speaker: vriend # mood: blij
Je kijkt naar de klok. Nog vijf minuten. # sfx: klok
Sem mag tot elf uur op zijn telefoon. Dat zegt hij tenminste.
Wat doe je?
+ [Je brengt je telefoon naar de keuken]
  -> keuken
+ [Je speelt stiekem nog even door]
  -> stiekem

=== keuken ===
Je loopt naar beneden. # bg: keuken # sfx: voetstappen
Rob staat af te wassen. # enter: stiefvader
Hé, precies op tijd! # speaker: stiefvader # mood: blij
Je legt je telefoon op de lader. Meteen trilt hij weer. # sfx: melding
Sem mag tot elf uur. Waarom moet ik altijd om negen uur stoppen? # speaker: ik
Rob droogt zijn handen af. Hij gaat aan de keukentafel zitten.
Weet je nog, vorige maand? # speaker: stiefvader # mood: neutraal
Je was elke ochtend zo moe. Je viel bijna in slaap bij het ontbijt. # speaker: stiefvader
Je lichaam heeft slaap nodig. En een scherm houdt je wakker. # speaker: stiefvader
Daarom hebben mama en ik deze regel gemaakt. # speaker: stiefvader
Bij Sem thuis zijn de regels anders. Dat mag. Bij ons is dit de regel. # speaker: stiefvader
Je vindt het nog steeds balen. Maar je snapt wel wat hij bedoelt.
+ [Je vraagt of de regel anders kan]
  -> onderhandelen
+ [Je moppert en gaat naar boven]
  -> mopperen

=== onderhandelen ===
Mag het in het weekend later? Om tien uur? # speaker: ik
Rob denkt even na. Hij krabt aan zijn kin.
Goede vraag. Dat beslis ik niet alleen. # speaker: stiefvader # mood: neutraal
Morgen aan tafel praten we erover. Met mama erbij. Afgesproken? # speaker: stiefvader # mood: blij
Afgesproken. # speaker: ik
Rob steekt zijn hand op. Je geeft hem een high five.
Je voelt je serieus genomen. Je vraag mocht er zijn.
~ gevraagd = true
Je gaat naar boven. Je kamer is donker en stil. # bg: slaapkamer # sfx: voetstappen
Je denkt nog even aan het potje van Sem. Dan val je in slaap.
-> klas

=== mopperen ===
Pff. Het is gewoon een stomme regel. # speaker: ik
Je mag hem stom vinden. Dat is oké. # speaker: stiefvader # mood: neutraal
De regel blijft wel. Slaap lekker, kanjer. # speaker: stiefvader # mood: blij
Je loopt een beetje te hard de trap op. # sfx: voetstappen # leave: stiefvader
Op je kamer lig je nog even boos naar het plafond te kijken. # bg: slaapkamer
Boos zijn op een regel mag. Iedereen heeft dat weleens.
Dan val je toch in slaap.
De volgende ochtend heb je een rekentoets. # bg: klas # sfx: schoolbel
Je bent wakker en fit. De sommen gaan best goed.
Misschien had Rob toch een beetje gelijk. Maar dat zeg je niet hardop.
-> klas

=== stiekem ===
Je trekt je deken over je hoofd. Het scherm geeft licht in het donker. # music: gespannen
Eén potje wordt twee potjes. Twee potjes worden vier.
Dan is het half elf. # sfx: klok
Je hoort voetstappen op de trap. # sfx: voetstappen
Je deur gaat open. Mama staat in de deuropening. # sfx: deur # enter: mama
Ik zie licht onder je deken. # speaker: mama # mood: neutraal
Je schrikt. Je hart bonkt in je keel.
Mama steekt haar hand uit.
Je telefoon, graag. We praten morgen. Nu ga je slapen. # speaker: mama
Ze neemt je telefoon mee en doet zacht de deur dicht. # sfx: deur # leave: mama
Je ligt nog lang wakker. Je voelt je schuldig. En ook een beetje boos.
Dat zijn gewone gevoelens als je iets stiekem deed.
~ straf = true
De volgende ochtend zit iedereen aan het ontbijt. # bg: keuken # music: rustig
Evi eet een boterham met hagelslag. Ze heeft het overal. # enter: zus
Rob schenkt thee in. # enter: stiefvader
Mama kijkt je rustig aan. # enter: mama
Gisteren zat je tot half elf op je telefoon. Je kende de regel. # speaker: mama # mood: neutraal
Daarom blijft je telefoon twee dagen bij mij. Tot zondagavond. # speaker: mama
Voor huiswerk mag je de laptop gebruiken. Hier in de woonkamer. # speaker: mama
Evi kijkt met grote ogen van mama naar jou.
Wat doe je?
+ [Je wordt boos]
  -> straf_boos
+ [Je zegt sorry]
  -> straf_sorry
+ [Je vraagt waarom het twee dagen zijn]
  -> straf_waarom

=== straf_boos ===
Dat is niet eerlijk! Het was maar een spelletje! # speaker: ik
Je stem is harder dan je wil. # music: gespannen
Mama blijft rustig. Ze schreeuwt niet terug.
Je mag boos zijn. Ik snap dat het balen is. # speaker: mama # mood: neutraal
Maar de afspraak blijft. Twee dagen. # speaker: mama
Rob knikt.
We zijn niet boos op jóu. Het gaat om wat je deed. # speaker: stiefvader # mood: neutraal
Je pakt je tas en loopt naar de deur. Je bent nog steeds boos. # sfx: deur
Onderweg naar school wordt het boze gevoel langzaam kleiner. # bg: straat # music: rustig
Het stomme is: je wist de regel eigenlijk wel.
-> klas

=== straf_sorry ===
Sorry. Ik wilde het potje gewoon afmaken. # speaker: ik
Mama's gezicht wordt zachter.
Dank je dat je dat zegt. Dat vind ik knap. # speaker: mama # mood: blij
De twee dagen blijven wel. Maar het is goed tussen ons. # speaker: mama
Ze geeft je een knuffel. Evi wil ook meedoen.
Ik ook! # speaker: zus # mood: blij
Nu heb je hagelslag op je trui. Iedereen lacht.
-> klas

=== straf_waarom ===
Waarom twee dagen? # speaker: ik
Eén dag is te kort. Dan merk je er bijna niks van. # speaker: mama # mood: neutraal
Een week vind ik te lang. Dat past niet bij wat er gebeurde. # speaker: mama
Twee dagen is eerlijk, vind ik. # speaker: mama
En daarna begin je met een schone lei. # speaker: mama
Wat is een schone lei? # speaker: zus
Rob lacht.
Dat betekent: het is klaar. We praten er niet meer over. # speaker: stiefvader # mood: blij
Je vindt het nog steeds balen. Maar het voelt niet gemeen. Mama legt het uit.
-> klas

=== klas ===
Vrijdagmiddag. Juf Petra heeft een vraag voor de klas. # bg: klas # music: rustig # sfx: schoolbel
Welke regels hebben jullie thuis? # speaker: juf # mood: blij # discuss: Welke regels zijn er bij jullie thuis? Vind je ze eerlijk?
Sem steekt meteen zijn vinger op.
Ik mag tot elf uur op mijn telefoon! # speaker: vriend # mood: blij
Juf Petra kijkt hem aan. Ze trekt één wenkbrauw op.
Nou ja... op vrijdag dan. # speaker: vriend # mood: neutraal
De klas lacht.
Anderen vertellen ook. Iemand moet eerst huiswerk maken. Iemand anders moet elke dag de hond uitlaten.
Juf Petra knikt.
Elk gezin heeft eigen regels. Soms zijn ze streng. Dat is normaal. # speaker: juf # mood: neutraal
Ouders maken regels om je te beschermen. Goede ouders leggen ook uit waarom. # speaker: juf
Als je een regel breekt, kan er een straf komen. # speaker: juf
Bijvoorbeeld een dag geen telefoon. Of huisarrest. # speaker: juf
Huisarrest betekent: je mag een tijdje niet weg, behalve naar school. # speaker: juf
Maar sommige dingen horen nooit bij een straf. # speaker: juf # mood: neutraal
Slaan. Uitschelden. Je uitlachen. Je opsluiten. Dat is nooit oké. # speaker: juf
Ook niet als je iets fout deed. # speaker: juf
Gaat het bij jou thuis zo? Dan mag je dat altijd tegen mij zeggen. # speaker: juf
Je denkt aan jouw huis. Aan de lader in de keuken.
Zijn er bij jou thuis ook strenge regels? Zoals een vaste bedtijd of schermtijd? # mirror: strenge_regels
+ [Nee, nooit]
  ~ mirror("strenge_regels", "nooit")
+ [Soms]
  ~ mirror("strenge_regels", "soms")
+ [Vaak]
  ~ mirror("strenge_regels", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("strenge_regels", "liever_niet")
- Bedankt dat je erover nadacht. Er is geen goed of fout antwoord.
{ straf:
    -> straf_spiegel ->
}
De bel gaat. Iedereen pakt zijn spullen. # sfx: schoolbel
Wat doe je?
+ [Je loopt naar juf Petra]
  -> juf_vraag
+ [Je gaat met Sem naar buiten]
  -> schoolplein

=== straf_spiegel ===
Je denkt ook aan je telefoon. Die ligt nu bij mama.
Krijg jij thuis weleens straf, zoals huisarrest of geen telefoon? # mirror: eerlijke_straf
+ [Nee, nooit]
  ~ mirror("eerlijke_straf", "nooit")
+ [Soms]
  ~ mirror("eerlijke_straf", "soms")
+ [Vaak]
  ~ mirror("eerlijke_straf", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("eerlijke_straf", "liever_niet")
- Ook dit antwoord blijft van jou.
->->

=== juf_vraag ===
Je wacht tot de klas leeg is. Juf Petra ruimt haar bureau op. # music: rustig
Juf? Is het normaal dat ik om negen uur mijn telefoon moet wegleggen? # speaker: ik
Juf Petra gaat op de rand van een tafel zitten. Ze neemt er echt de tijd voor.
Goed dat je het vraagt. # speaker: juf # mood: blij
Leggen ze thuis uit waarom? # speaker: juf # mood: neutraal
Ja. Omdat ik slaap nodig heb. # speaker: ik
Dat klinkt als een huis met duidelijke regels. En met uitleg. # speaker: juf # mood: blij
Dat is fijn, ook al is het soms balen. # speaker: juf
En onthoud: als je ooit iets meemaakt dat niet goed voelt, kom je gewoon bij mij. # speaker: juf # mood: neutraal
Ook als het klein lijkt. Dan luister ik. # speaker: juf
Je knikt. Het is fijn om te weten dat je bij haar terecht kunt.
-> naar_huis

=== schoolplein ===
Buiten op het schoolplein is het druk. # bg: schoolplein # music: hoopvol
Sem schopt tegen een steentje. # enter: vriend
Eh... ik moet eigenlijk ook om tien uur stoppen. # speaker: vriend # mood: neutraal
Ik zei elf uur. Dat klonk stoerder. # speaker: vriend # mood: blij
Je moet lachen.
En als ik te lang speel, pakt mijn vader mijn telefoon af. # speaker: vriend
Echt? Dat doet mijn moeder ook. # speaker: ik
Sem haalt zijn schouders op.
Balen, hè. Maar ja. Ouders. # speaker: vriend # mood: blij
Jullie lachen allebei. Het is fijn om te weten dat het bij Sem ook zo gaat.
-> naar_huis

=== naar_huis ===
{ straf:
    -> einde_terug
- else:
    { gevraagd:
        -> einde_afspraak
    - else:
        -> einde_spelletje
    }
}

=== einde_afspraak ===
Vrijdagavond. Iedereen zit aan tafel. Er is pasta. # bg: keuken # music: rustig
Mama, Rob en Evi zijn er. # enter: mama # enter: stiefvader # enter: zus
Rob kijkt je aan.
Jij had een vraag. Vertel maar. # speaker: stiefvader # mood: blij
Mag mijn telefoon in het weekend tot tien uur aan? # speaker: ik
Mama denkt even na.
Door de week blijft het negen uur. Want dan heb je school. # speaker: mama # mood: neutraal
Op vrijdag en zaterdag mag het tien uur worden. Als het goed gaat. # speaker: mama # mood: blij
Ik wil ook tot tien uur! # speaker: zus # mood: boos
Jij bent zeven. Jij gaat om half acht naar bed. # speaker: mama # mood: blij
Evi steekt haar tong uit. Iedereen lacht.
Die avond speel je met Sem. Om vijf voor tien stop je. # bg: slaapkamer # sfx: klok
Je brengt je telefoon zelf naar de lader. # music: hoopvol
Je voelt je een beetje trots.
Strenge regels zijn niet altijd leuk. Maar je mag erover praten. En soms verandert er dan iets.
-> reflectie

=== einde_spelletje ===
Vrijdagavond. Je zit in de woonkamer. # bg: woonkamer # music: rustig
Rob komt binnen met een doos kaarten. # enter: stiefvader
Zin in een spelletje? Zonder scherm? # speaker: stiefvader # mood: blij
Evi rent er meteen bij. # enter: zus
Ik doe mee! # speaker: zus # mood: blij
Jullie spelen Uno. Evi speelt vals. Ze doet alsof ze het niet doet. # music: hoopvol
Rob doet alsof hij het niet ziet. Je lacht je slap.
Opeens hoor je de klok. Negen uur. # sfx: klok
Je hebt je telefoon geen moment gemist.
Je mag altijd zeggen als je een regel stom vindt. # speaker: stiefvader # mood: neutraal
Dan praten we erover. Misschien verandert er iets. Misschien niet. # speaker: stiefvader
Maar we luisteren wel. # speaker: stiefvader # mood: blij
Strenge regels zijn niet altijd leuk. Maar bij jullie horen er uitleg en grapjes bij.
-> reflectie

=== einde_terug ===
Zondagavond. Je zit op de bank in de woonkamer. # bg: woonkamer # music: rustig
Twee dagen zonder telefoon waren lang. Je hebt veel getekend. En je hebt met Evi een hut gebouwd.
Mama komt naast je zitten. Ze heeft je telefoon in haar hand. # enter: mama
Hier. De straf is klaar. # speaker: mama # mood: blij
Om negen uur aan de lader. Nieuwe kans, oké? # speaker: mama
Oké. # speaker: ik
Mama legt een arm om je heen.
Ik hou van je. Ook als je iets fout doet. # speaker: mama # mood: blij
Je telefoon trilt. Sem heeft je gemist. # sfx: melding # music: hoopvol
Een straf is niet leuk. Maar deze was eerlijk.
Je wist de regel. Mama legde uit waarom. Niemand sloeg of schold.
En daarna was het weer goed.
-> reflectie
