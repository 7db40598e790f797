# id: getuige
# title: Door de muur
# theme: getuige_huiselijk_geweld
# note: Dit verhaal gaat over een kind dat hoort hoe papa mama bedreigt en slaat. Je ziet het geweld niet, je hoort het door de muur.
# age: 10
# minutes: 6
# cast: mama=Mama, papa=Papa, zus=Fleur, oma=Oma, vriendin=Amira, meester=Meester Jordy, agent=Agent Samira
INCLUDE common.ink

-> begin

VAR bij_trap = false

=== begin ===
Het is dinsdagavond in Heerlen. Je zit op je kamer. # bg: slaapkamer # music: rustig
Je zusje Fleur zit naast je op de grond. Ze is zes.
Ze tekent een paard met een heel lange staart.
Bij het eten was papa al stil. Hij had een rotdag op zijn werk.
Mama vroeg iets over geld. Toen schoof papa zijn bord weg.
Jij at snel je bord leeg. Je was extra lief. Dat doe je vaak als papa zo is.
Beneden praten papa en mama. Eerst gewoon. Dan harder. # music: gespannen
Je kent dat geluid. Het gebeurt vaker de laatste tijd.
Fleur stopt met tekenen. Ze kijkt naar de deur.
Waarom praat papa zo hard? # speaker: zus # mood: bang
Weet ik niet. Teken maar verder. # speaker: ik
Je zet muziek aan op je telefoon. Een beetje harder. Het helpt niet.
Door de muur hoor je papa roepen: "Als je dat nog één keer zegt!"
Mama zegt iets terug. Je verstaat het niet.
Dan hoor je een klap. En een bonk tegen de muur. # music: stil # pause: 1500
Het is even helemaal stil.
Dan hoor je mama huilen. Zacht, maar je hoort het.
Fleur kruipt tegen je aan. Ze trilt.
Je hart bonkt. Je buik doet pijn. Je weet niet wat je moet doen. # music: gespannen
Wat doe je?
+ [Je blijft bij Fleur en verstopt je met haar]
  -> verstoppen
+ [Je sluipt naar de trap]
  -> trap

=== trap ===
~ bij_trap = true
Blijf hier, fluister je tegen Fleur.
Je doet de deur zacht open. Je gaat boven aan de trap zitten. # sfx: deur
Je kunt niet alles zien. Maar je hoort alles.
Beneden valt iets op de grond. Het breekt. # sfx: bord
"Jij bent niks waard!" roept papa. Zijn stem is heel hard.
"Stop, de kinderen horen je," zegt mama. Haar stem trilt.
Je wil dat het stopt. Je wil mama helpen.
+ [Je rent naar beneden en roept dat ze moeten stoppen]
  -> ertussen
+ [Je gaat terug naar Fleur]
  -> verstoppen

=== ertussen ===
Je rent de trap af. # bg: woonkamer # sfx: voetstappen
Stop! Stop ermee! # speaker: ik
Papa draait zich om. Hij schrikt als hij je ziet.
Ga naar boven. # speaker: papa # mood: boos
Dan pakt hij zijn jas. Hij loopt weg. # sfx: deur_hard # leave: papa
Mama zit op de grond bij de kast. Ze houdt haar arm vast.
Kom maar hier, lieverd. # speaker: mama # mood: verdrietig
Je kruipt tegen haar aan. Jullie trillen allebei.
Je rende naar beneden omdat je van mama houdt. Dat snap je heel goed.
Maar tussen volwassenen springen die vechten, is gevaarlijk. Dat hoeft een kind nooit te doen.
Het is beter om naar een veilige plek te gaan. En dan 112 te bellen.
Het spijt me zo dat jij dit ziet. # speaker: mama # mood: verdrietig
Ik bel oma. Jullie slapen vannacht bij haar. # speaker: mama # mood: neutraal
Je haalt Fleur van boven. Ze heeft haar tekening nog in haar hand. # bg: slaapkamer
Is papa weg? # speaker: zus # mood: bang
Ja. Mama is beneden. We gaan naar oma. # speaker: ik
Je helpt haar met haar jas. De rits gaat niet meteen dicht. Je handen trillen nog.
Een kwartier later gaat de bel. Het is oma. # bg: woonkamer # sfx: deurbel # enter: oma
Oma zegt niet veel. Ze legt haar armen om jullie drieën heen.
Ik ben er. Pak maar een pyjama en je tandenborstel. # speaker: oma # mood: neutraal
Mama gaat met oma mee. Oma's huis is maar tien minuten rijden.
In de auto zegt niemand iets. Fleur houdt je hand vast. De hele weg.
-> rustmoment ->
-> einde_oma

=== verstoppen ===
{ bij_trap:
    Je sluipt terug naar je kamer. Fleur zit nog op dezelfde plek. # bg: slaapkamer
}
Je pakt Fleur bij haar hand. Jullie kruipen samen in de grote kast.
Het is donker. Je zet het lampje van je telefoon aan.
Je zet je koptelefoon op haar oren. Met haar lievelingsliedje.
Je fluistert een verhaal over een paard met een heel lange staart.
Fleur kijkt je aan. Ze zet de koptelefoon even af.
Heeft mama pijn? # speaker: zus # mood: bang
Ik weet het niet. # speaker: ik
Jij bent ook bang. Dat is normaal. Iedereen zou bang zijn.
Je kijkt naar de telefoon in je hand.
Wat doe je?
+ [Je belt 112]
  -> bellen
+ [Je blijft stil zitten en wacht]
  -> wachten

=== bellen ===
Je handen trillen. Je drukt op 1, 1, 2. # sfx: telefoon
Een rustige stem neemt op. "112. Wat is er gebeurd?"
Je fluistert: "Mijn papa slaat mijn mama, denk ik. Ik hoorde een klap."
De stem vraagt je adres. Gelukkig weet je het uit je hoofd.
"Goed gedaan," zegt de stem. "Blijf boven bij je zusje. Er komt hulp."
Het duurt tien minuten. Het voelt als een uur. # sfx: klok
Dan gaat de bel. # sfx: deurbel
Je hoort voetstappen op de trap. Iemand klopt zacht op je deur. # sfx: voetstappen
Hoi. Ik ben Samira, van de politie. Mag ik binnenkomen? # speaker: agent # mood: neutraal
Jij hebt gebeld, hè? Dat was heel goed. En heel dapper. # speaker: agent # mood: blij
Is mama oké? # speaker: ik
Mama heeft pijn aan haar arm. Er kijkt een dokter naar. Het komt goed. # speaker: agent # mood: neutraal
Papa praat beneden met mijn collega. # speaker: agent
Moet papa naar de gevangenis? # speaker: ik
Vannacht slaapt papa ergens anders. # speaker: agent # mood: neutraal
Misschien krijgt hij een huisverbod. Dan mag hij een tijdje niet thuis komen. Meestal tien dagen. # speaker: agent
Zo wordt het rustig in huis. En krijgt iedereen hulp. Ook papa. # speaker: agent
Je voelt je opgelucht. En ook schuldig. Jij hebt gebeld.
Is het mijn schuld? # speaker: ik
Nee. Het is niet jouw schuld. Wat papa deed, mag niet. # speaker: agent # mood: neutraal
Jij hebt goed gezorgd voor jezelf en voor Fleur. # speaker: agent # mood: blij
Morgen weet je school dat er vannacht iets was. Alleen dát. Niet wat. # speaker: agent
Dan kan je meester rekening met je houden. # speaker: agent
Samira blijft even bij jullie zitten. Fleur valt in slaap op je schouder.
-> rustmoment ->
-> einde_school

=== wachten ===
Je blijft stil zitten. Je durft bijna niet te ademen.
Na een lange tijd wordt het rustig beneden.
Dan slaat de voordeur dicht. # sfx: deur_hard
Een auto start en rijdt weg.
Even later gaat de kastdeur open. Het is mama. # sfx: deur
Daar zijn jullie. Kom maar. Het is voorbij. # speaker: mama # mood: verdrietig
Papa is even weg. Gaan jullie maar slapen. # speaker: mama
Haar ogen zijn rood. Ze houdt haar arm een beetje raar vast.
Ik ben gevallen. # speaker: mama # mood: neutraal
Je weet dat dat niet waar is. Maar je zegt niks.
Fleur slaapt die nacht bij jou in bed. Jij ligt nog heel lang wakker.
-> rustmoment ->
De volgende ochtend zit papa gewoon aan het ontbijt. # bg: keuken # music: verdrietig
Goedemorgen! # speaker: papa # mood: blij
Niemand praat over gisteren. Mama smeert brood. Papa leest het nieuws.
Het voelt alsof je het gedroomd hebt. Maar dat heb je niet.
Op school lukt niks. # bg: klas # sfx: schoolbel
De letters dansen voor je ogen. Je hoort steeds die klap.
Meester Jordy komt naast je tafel staan.
Hé. Je bent zo stil vandaag. Gaat het wel? # speaker: meester # mood: neutraal
+ [Je vertelt meester Jordy wat je hoorde]
  -> vertellen
+ [Je zegt dat het goed gaat]
  -> zwijgen

=== vertellen ===
Je kijkt naar je handen. Je stem is heel zacht.
Gisteren was er ruzie. Papa riep heel hard. En toen hoorde ik een klap. # speaker: ik
Mama huilde. # speaker: ik
Meester Jordy knikt langzaam. Hij gaat op een stoel naast je zitten. # music: rustig
Dank je dat je het me vertelt. Dat is heel moedig. # speaker: meester # mood: neutraal
Het is niet jouw schuld. Wat er thuis gebeurt, is nooit de schuld van een kind. # speaker: meester
En jij hoeft dit niet alleen te dragen. # speaker: meester
Gaat papa nu weg? Ik wil niet dat hij boos wordt. # speaker: ik
Ik snap dat je je zorgen maakt. # speaker: meester # mood: neutraal
Ik beslis niks alleen. Ik vraag eerst advies aan iemand die hier veel van weet. # speaker: meester
Misschien bellen we samen Veilig Thuis. # speaker: meester
Die luisteren, geven advies en kunnen hulp regelen voor jullie gezin. # speaker: meester
Meestal blijven kinderen gewoon thuis wonen. Het doel is dat het thuis veilig wordt. Voor iedereen. # speaker: meester
Ik vertel jou eerst wat ik ga doen. Afgesproken? # speaker: meester # mood: blij
Afgesproken. # speaker: ik
-> einde_meester

=== zwijgen ===
Het gaat goed. Ik ben gewoon moe. # speaker: ik
Meester Jordy kijkt je even aan. Hij gelooft het niet helemaal.
Oké. Maar mijn deur staat altijd open. Vandaag, morgen, of later. # speaker: meester # mood: neutraal
Je knikt. Je durft het nog niet te zeggen. Dat is ook oké.
In de pauze sta je alleen bij het hek. # bg: schoolplein
Amira uit je klas komt naast je staan. Ze zegt niks. Ze geeft je de helft van haar koek. # enter: vriendin
Wil je straks tikkertje doen? # speaker: vriendin # mood: blij
Misschien morgen. # speaker: ik
Oké. Morgen dan. # speaker: vriendin # mood: neutraal
Het is fijn dat ze er is. Ook al vertel je haar niks.
-> einde_nummer

=== spiegel ===
Hoor of zie jij thuis weleens dat iemand een ander pijn doet, bedreigt of uitscheldt? # mirror: getuige_huiselijk_geweld
+ [Nee, nooit]
  ~ mirror("getuige_huiselijk_geweld", "nooit")
+ [Eén keer]
  ~ mirror("getuige_huiselijk_geweld", "een_keer")
+ [Soms]
  ~ mirror("getuige_huiselijk_geweld", "soms")
+ [Vaak]
  ~ mirror("getuige_huiselijk_geweld", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("getuige_huiselijk_geweld", "liever_niet")
+ [Het gebeurt nu en ik ben niet veilig]
  ~ danger()
  ~ mirror("getuige_huiselijk_geweld", "vaak")
- Dank je. Het is goed dat je hierover nadacht. Wat je ook koos.
->->

=== einde_oma ===
Bij oma ruikt het naar thee en naar koekjes. # bg: woonkamer # music: rustig
Fleur slaapt al op de bank. Oma legt een deken over haar heen.
Oma gaat naast je zitten. Ze pakt je hand.
Wat jij vanavond hoorde, is niet normaal. # speaker: oma # mood: verdrietig
Ruzie hebben mag. Maar slaan en dreigen nooit. # speaker: oma
En het is niet jouw schuld. Echt niet. # speaker: oma # mood: neutraal
Mama belt morgen Veilig Thuis. Daar kun je hulp vragen als het thuis niet veilig is. # speaker: oma
Ze luisteren en ze helpen. Ook papa, als hij dat wil. # speaker: oma
-> spiegel ->
Je legt je hoofd op oma's schouder. Je ogen worden zwaar. # music: hoopvol
De volgende ochtend bakt oma pannenkoeken. # bg: keuken
Mama zit aan tafel met een kop koffie. Ze heeft een verband om haar arm. # enter: mama
Ik heb Veilig Thuis gebeld. # speaker: mama # mood: neutraal
Er komt iemand met ons praten. Met mij, met papa, en met jullie als jullie willen. # speaker: mama
Ik wil dat jullie je veilig voelen thuis. Dat is mijn taak. Niet die van jou. # speaker: mama # mood: verdrietig
Fleur heeft stroop op haar kin. Ze lacht voor het eerst sinds gisteren.
Het is nog niet goed thuis. Maar er zijn nu grote mensen die helpen.
-> reflectie

=== einde_school ===
De volgende ochtend ben je op school. # bg: klas # sfx: schoolbel # music: rustig
Meester Jordy weet dat er iets was. Hij vraagt niks.
Hij knikt naar je en lacht even.
Als je even naar buiten wil, mag dat. Je hoeft niks te zeggen. # speaker: meester # mood: neutraal
En als je wil praten, ben ik er. # speaker: meester # mood: blij
In de pauze mag je helpen met de planten water geven. Dat is fijn. Rustig.
Na school staat oma bij het hek. Ze haalt jou en Fleur op. # bg: schoolplein # enter: oma
Papa slaapt een tijdje ergens anders. Mama is thuis. # speaker: oma # mood: neutraal
Er komt iemand van Veilig Thuis. Die helpt jullie gezin. # speaker: oma
Veilig Thuis luistert, geeft advies en regelt hulp. Voor mama, voor papa en voor jullie. # speaker: oma
Je denkt aan Fleur. En aan mama. Je bent moe, maar je bent niet alleen.
-> spiegel ->
Zien of horen dat een ouder pijn gedaan wordt, is heel zwaar. # music: hoopvol
Dat telt ook als geweld tegen jou. Ook al raakt niemand jou aan.
Jij hebt hulp gehaald. Dat was goed. En het was nooit jouw taak om het op te lossen.
-> reflectie

=== einde_meester ===
Die middag zit je met meester Jordy in een rustig lokaal. # bg: klas # music: hoopvol
Hij heeft gebeld met Veilig Thuis. Hij vertelt je precies wat ze zeiden.
Iemand van Veilig Thuis komt met mama praten. En later ook met papa.
Je bent nog steeds bang. Maar je buik doet minder pijn.
Je hebt het gezegd. Het zit niet meer alleen in jouw hoofd.
-> spiegel ->
Zien of horen dat een ouder pijn gedaan wordt, is heel zwaar.
Dat telt ook als geweld tegen jou. Ook al raakt niemand jou aan.
-> reflectie

=== einde_nummer ===
Na school loop je langzaam naar huis. # bg: straat # music: verdrietig
In de gang van school hing een poster. Met een nummer: de Kindertelefoon, 0800-0432.
Je kunt daar gratis bellen of chatten. Je hoeft je naam niet te zeggen.
Je zet het nummer in je telefoon. Onder een andere naam. Voor later.
Het gesprek staat niet op de rekening. Maar wel in de lijst met gesprekken op je telefoon.
Ze luisteren daar naar kinderen. Elke dag, van elf uur 's ochtends tot negen uur 's avonds.
Je hoeft nu nog niks te beslissen.
-> spiegel ->
Zien of horen dat een ouder pijn gedaan wordt, is heel zwaar. # music: rustig
Dat telt ook als geweld tegen jou. Ook al raakt niemand jou aan.
Je mag het altijd nog vertellen. Aan meester Jordy. Of aan iemand anders die je vertrouwt.
-> reflectie
