# id: twee_huizen
# title: Twee huizen
# theme: vechtscheiding
# note: Dit verhaal gaat over ouders die uit elkaar zijn en steeds ruzie blijven maken. Het kind zit daar tussenin.
# age: 13
# minutes: 7
# cast: mama=Mama, papa=Papa, broer=Thijs, mentor=Meneer Kessels, vriendin=Noa
INCLUDE common.ink

-> begin

VAR boodschap = false

=== begin ===
Het is zondagmiddag in Sittard. Je bent bij papa. # bg: keuken # music: rustig
Je ouders zijn twee jaar geleden uit elkaar gegaan.
Eén week woon je bij papa in Sittard. De andere week bij mama in Maastricht.
Je grote broer Thijs gaat mee. Hij is zestien.
Vandaag is het wisseldag. Je tas staat al klaar bij de deur.
Papa zet zijn koffie neer. Hij kijkt je aan.
Zeg jij tegen je moeder dat ze de helft van je voetbalschoenen moet betalen? # speaker: papa # mood: neutraal
Ik betaal niet alles. Dat mag ze weleens weten. # speaker: papa # mood: boos
Typisch je moeder. Altijd alles op mij afschuiven. # speaker: papa
Je voelt je buik samentrekken. Je houdt van papa. En ook van mama. # music: gespannen
Papa ziet je gezicht. Hij doet zijn stem zachter.
Jij vindt het hier toch ook fijner, hè? Jij zou toch liever bij mij wonen? # speaker: papa # mood: verdrietig
+ [Ja, papa]
  Ja, papa. # speaker: ik
  Je zegt het snel. Zodat hij niet verdrietig is. Maar het voelt niet eerlijk tegenover mama.
+ [Ik weet het niet]
  Ik weet het niet. # speaker: ik
  Papa zucht. Hij zegt niks meer. Je voelt je schuldig. Ook al deed je niks fout.
+ [Ik wil niet kiezen]
  Ik wil niet kiezen. # speaker: ik
  Papa kijkt even weg. Ik snap het, zegt hij. Maar je ziet dat hij verdrietig is.
- En dan de boodschap over de schoenen. Wat doe je?
+ [Je zegt dat je de boodschap doorgeeft]
  ~ boodschap = true
  -> voordeur
+ [Je vraagt of papa het zelf aan mama wil vragen]
  -> zelf_zeggen

=== voordeur ===
Oké. Ik zeg het wel. # speaker: ik
Papa brengt jullie met de auto naar Maastricht. Het is een half uur rijden. # bg: straat # music: gespannen
In de auto zegt niemand iets. Thijs heeft zijn oortjes in.
Mama staat al bij de voordeur. # enter: mama
Je stapt uit. Je geeft mama een knuffel.
Papa zegt dat jij de helft van mijn voetbalschoenen moet betalen. # speaker: ik
Mama's gezicht wordt hard. Ze kijkt langs je heen. Naar de auto.
Zegt hij dat? Via jou? # speaker: mama # mood: boos
Ze loopt naar de auto. Papa doet zijn raam open.
Dan begint het. Eerst zacht. Dan steeds harder.
"Moet je ons kind hiervoor gebruiken?" roept mama.
"Jij neemt nooit op als ik bel!" roept papa terug.
De buurman kijkt uit zijn raam. Je wil door de grond zakken.
Thijs pakt je arm. # enter: broer
Kom. We gaan naar binnen. # speaker: broer # mood: boos
Achter je slaat een autodeur dicht. Papa rijdt hard weg. # sfx: deur_hard
Mama komt binnen. Haar ogen zijn nat. # bg: woonkamer
Sorry, schat. Dit is niet jouw schuld. # speaker: mama # mood: verdrietig
Maar je vader ook. Altijd weer via jou. # speaker: mama # mood: boos
Je zegt niks. Jij bracht de boodschap. Het voelt toch alsof het jouw schuld is.
Dat is het niet. Volwassenen moeten hun eigen boodschappen doorgeven.
-> rustmoment ->
-> avond

=== zelf_zeggen ===
Papa, kun je dat zelf aan mama vragen? # speaker: ik
Ik wil niet de boodschapper zijn. # speaker: ik
Papa kijkt verbaasd. Dan zucht hij diep.
Je hebt gelijk. Dat is niet jouw taak. Sorry. # speaker: papa # mood: verdrietig
Hij pakt zijn telefoon en stuurt mama zelf een bericht. # sfx: melding
Je voelt je opgelucht. Maar ook een beetje bang. Wat schrijft hij?
Papa brengt jullie naar Maastricht. Hij zet jullie af op de hoek van de straat. # bg: straat
Hij wil mama niet zien. Mama wil hem ook niet zien.
Thijs en jij lopen het laatste stukje samen. # enter: broer
Bij mama ruikt het naar soep. Ze geeft je een dikke knuffel. # bg: keuken # enter: mama
Mama schept soep op. Dan begint ze met vragen.
Was die Sandra er weer? Die nieuwe vriendin van papa? # speaker: mama # mood: neutraal
Wat doet ze eigenlijk? Slaapt ze daar? # speaker: mama
Je voelt je net een spion. Je wil niet kiezen wat je vertelt.
+ [Je vertelt wat je weet]
  Ja. Ze was er zaterdag. Ze is wel aardig. # speaker: ik
  Aardig, hè? # speaker: mama # mood: boos
  Mama zegt niks meer. Ze roert hard in haar soep. Je hebt spijt dat je het zei.
  Maar jij deed niks fout. Mama had je dit niet moeten vragen.
+ [Je zegt dat je dat niet wil vertellen]
  Mam, dat wil ik niet vertellen. Dat moet je aan papa vragen. # speaker: ik
  Mama stopt met roeren. Ze is even stil.
  Je hebt gelijk. Dat is niet eerlijk van mij. Sorry, lieverd. # speaker: mama # mood: verdrietig
  Ze aait over je hoofd. Het voelt fijn. Maar ook een beetje verdrietig.
- -> avond

=== avond ===
's Avonds lig je op je bed. Thijs zit op de grond met zijn telefoon. # bg: slaapkamer # music: verdrietig # enter: broer
Waarom doen ze zo? # speaker: ik
Thijs haalt zijn schouders op.
Weet ik niet. Ze zijn nog steeds boos op elkaar. # speaker: broer # mood: neutraal
Ik doe gewoon niet meer mee. Ik zeg tegen allebei: ik weet van niks. # speaker: broer
Daarom ben ik ook zoveel bij voetbal. # speaker: broer # mood: verdrietig
Je kijkt hem aan. Jouw stoere broer vindt het ook moeilijk.
Het is niet onze schuld, hè. Dat ze ruzie hebben. # speaker: broer # mood: neutraal
Ouders mogen uit elkaar gaan. Dat gebeurt in veel gezinnen.
Maar kinderen horen er niet tussen te zitten. Dat heet klem zitten.
Je zit klem als je boodschappen moet doorgeven. Of moet kiezen. Of steeds hoort hoe stom de ander is.
Zit jij weleens klem tussen je ouders? Bijvoorbeeld als boodschapper, of omdat je moet kiezen? # mirror: vechtscheiding
+ [Nee, nooit]
  ~ mirror("vechtscheiding", "nooit")
+ [Soms]
  ~ mirror("vechtscheiding", "soms")
+ [Vaak]
  ~ mirror("vechtscheiding", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("vechtscheiding", "liever_niet")
- Dank je. Wat je ook koos: je mag van allebei je ouders houden.
-> school

=== school ===
Dinsdag. De laatste les is bij je mentor, meneer Kessels. # bg: klas # sfx: schoolbel # music: rustig
Volgende week zijn de rapportgesprekken. # speaker: mentor # mood: blij
Neem je ouders mee. Allebei, als het kan. # speaker: mentor
Je krijgt het koud. Vorig jaar kregen papa en mama ruzie. Op de gang. Iedereen hoorde het.
Je staart naar je rooster. Je hoort niks meer van de les.
De bel gaat. Je pakt langzaam je tas in. # sfx: schoolbel
Meneer Kessels komt naar je toe.
Hé. Je keek zo zorgelijk net. Gaat het? # speaker: mentor # mood: neutraal
+ [Je vertelt meneer Kessels hoe het thuis gaat]
  -> mentor
+ [Je zegt dat het goed gaat en zoekt Noa op]
  -> noa

=== mentor ===
Meneer Kessels neemt je mee naar de mentorkamer. Hij doet de deur dicht. # bg: mentorkamer # sfx: deur
Je vertelt het. Over de twee huizen. Over de boodschappen. Over het rapportgesprek.
{ boodschap:
    En over zondag. Over de ruzie bij de auto. En dat de buurman keek.
- else:
    En over de vragen van mama. En dat je je een spion voelt.
}
Meneer Kessels luistert. Hij onderbreekt je niet.
Dank je dat je me dit vertelt. Dat is niet makkelijk. # speaker: mentor # mood: neutraal
Het klinkt alsof je klem zit. Tussen twee mensen van wie je houdt. # speaker: mentor
Dat is heel zwaar. En het is niet jouw schuld. # speaker: mentor
Jij hoeft niet te kiezen. En je hoeft geen boodschappen door te geven. # speaker: mentor
Kunnen ze niet gewoon normaal doen? # speaker: ik
Dat zou fijn zijn, hè. # speaker: mentor # mood: verdrietig
Soms hebben ouders daar hulp bij nodig. Er zijn mensen die daarin gespecialiseerd zijn. # speaker: mentor
Ze helpen ouders om afspraken te maken zonder ruzie. # speaker: mentor
Zal ik met je ouders praten? Eerst met papa, dan met mama. Apart. # speaker: mentor
En het rapportgesprek doen we ook apart. Dan hoeft niemand te schreeuwen op de gang. # speaker: mentor # mood: blij
Je knikt. Het voelt alsof er een rugzak van je schouders valt. # music: hoopvol
Ik vertel je steeds wat ik doe. Niks achter je rug om. # speaker: mentor
-> einde_mentor

=== noa ===
Het gaat wel. # speaker: ik
Je loopt snel naar buiten. Noa wacht bij de fietsenstalling. # bg: schoolplein # music: rustig # enter: vriendin
Noa ziet het meteen.
Wat is er? Je kijkt alsof je een onvoldoende hebt. # speaker: vriendin # mood: neutraal
Je vertelt haar over het rapportgesprek. En over de ruzies.
Mijn ouders zijn ook gescheiden. # speaker: vriendin # mood: neutraal
Ze zijn niet altijd vrienden. Maar op mijn verjaardag zitten ze gewoon samen aan tafel. # speaker: vriendin
Ze zeggen nooit iets lelijks over elkaar. Niet waar ik bij ben. # speaker: vriendin
Je kijkt haar verbaasd aan. Kan dat ook?
Het is niet oké dat jij er steeds tussen zit. # speaker: vriendin # mood: boos
Misschien moet je het ze zeggen. Met Thijs samen? Of in een brief? # speaker: vriendin
+ [Je schrijft een brief aan papa en mama]
  -> einde_brief
+ [Je vraagt Thijs om samen met papa en mama te praten]
  -> einde_samen

=== einde_mentor ===
Twee weken later. Het rapportgesprek is voorbij. # bg: mentorkamer # music: rustig
Papa kwam om vier uur. Mama om half vijf. Niemand schreeuwde.
Meneer Kessels heeft met allebei gepraat. Apart.
Ze gaan samen naar een bemiddelaar. Dat is iemand die helpt om zonder ruzie afspraken te maken.
Het is nog niet opgelost. Soms zegt papa nog iets lelijks over mama. Of andersom.
Maar nu zeg je: dat wil ik niet horen. En meneer Kessels weet ervan. # music: hoopvol
Je mag van papa houden. En van mama. Allebei tegelijk. Zonder te kiezen.
-> reflectie

=== einde_brief ===
Die avond schrijf je een brief. Twee keer precies dezelfde. # bg: slaapkamer # music: rustig
Eén voor papa. Eén voor mama.
Je schrijft: "Ik hou van jullie allebei. Ik wil niet kiezen."
"Ik wil geen boodschappen meer doorgeven. En ik wil niks lelijks meer horen over de ander."
Je legt de brief op mama's kussen. Je hart bonkt.
Die avond klopt mama op je deur. Ze heeft de brief in haar hand. # sfx: deur # enter: mama
Ik heb hem gelezen. # speaker: mama # mood: verdrietig
Het spijt me. Ik wist niet dat het zo zwaar voor je was. # speaker: mama
Ik ga papa bellen. Zelf. Wij gaan hulp zoeken. Jij hoeft niks te regelen. # speaker: mama # mood: neutraal
Een dag later stuurt papa een bericht: "Brief gelezen. Sorry. Ik hou van je." # sfx: melding # music: hoopvol
Het is nog niet opgelost. Maar je hebt gezegd wat je nodig hebt. Dat is heel sterk.
-> reflectie

=== einde_samen ===
Zaterdag zitten Thijs en jij in de keuken bij mama. # bg: keuken # music: gespannen
Thijs begint. Hij is nerveus, dat zie je aan zijn handen. # enter: broer
Mam, we willen iets zeggen. We willen geen boodschappen meer doorgeven. # speaker: broer # mood: neutraal
En we willen niet horen hoe stom papa is. # speaker: ik
Mama is stil. Dan knikt ze langzaam. # enter: mama
Jullie hebben gelijk. Dat is niet jullie taak. # speaker: mama # mood: verdrietig
Een week later zeggen jullie hetzelfde tegen papa. In Sittard. # bg: woonkamer
Papa wrijft over zijn gezicht. Hij is even heel stil.
Ik wilde jullie nooit pijn doen. Ik ga het anders doen. # speaker: papa # mood: verdrietig
Ik ga met mama praten. Zonder jullie ertussen. Misschien met iemand die ons helpt. # speaker: papa # mood: neutraal
Thijs stoot je zachtjes aan. Goed gedaan, zegt hij zacht. # music: hoopvol
Ouders mogen uit elkaar zijn. Maar jij hoeft niet tussen hen in te staan.
-> reflectie
