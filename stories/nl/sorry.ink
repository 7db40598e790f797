# id: sorry
# title: Papa zegt sorry
# theme: ouder_sorry
# note: Dit verhaal gaat over een vader die na een rotdag één keer hard tegen zijn kinderen schreeuwt. Later komt hij sorry zeggen en legt hij uit wat er was.
# age: 10
# minutes: 6
# cast: papa=Papa, mama=Mama, oma=Babaanne, broer=Emre
INCLUDE common.ink

-> begin

VAR plek = ""

=== begin ===
Het is donderdag in Maastricht. Je bent met je broer Emre in de woonkamer. # bg: woonkamer # music: rustig
Emre is vijftien. Jij bent tien.
Babaanne woont ook bij jullie. Babaanne is Turks voor oma. Zij is de moeder van papa.
Mama werkt vanavond in het ziekenhuis. Papa komt zo thuis van zijn werk.
Papa is bezorger. Hij rijdt de hele dag pakjes rond.
Het was een goede dag. Je kreeg een acht voor je spreekbeurt. Over dolfijnen.
Emre heeft beloofd dat hij vanavond met je gaat gamen.
Nu spelen jullie met een zachte bal. Binnen. Dat mag eigenlijk niet.
Emre is de keeper. De bank is het doel.
Let op, hij komt! # speaker: broer # mood: blij
Je duikt naar de bal. Je raakt de tafel. # music: gespannen
Het glas van Babaanne valt op de grond. Het breekt in stukken. # sfx: bord
Precies dan gaat de voordeur open. Papa komt binnen. # sfx: deur # enter: papa
Hij is nat van de regen. Hij ziet er moe uit.
Hij kijkt naar de scherven. Naar de bal. Naar jullie.
HOU OP! Kunnen jullie nou nooit eens opletten?! # speaker: papa # mood: boos
Zijn stem is heel hard. Zo hard schreeuwt papa bijna nooit. # music: stil # pause: 1200
Je schrikt. Je voelt je warm worden. Je ogen prikken.
Papa loopt naar de keuken. Hij gooit de deur dicht. # sfx: deur_hard # leave: papa
Het is stil in de kamer. Emre kijkt naar de grond.
Schrikken is normaal als iemand zo hard schreeuwt. Ook als het je eigen papa is.
Wat doe je?
+ [Je gaat naar je kamer]
  ~ plek = "kamer"
  -> kamer
+ [Je ruimt samen met Emre de scherven op]
  ~ plek = "opruimen"
  -> opruimen
+ [Je gaat naar Babaanne]
  ~ plek = "babaanne"
  -> babaanne

=== kamer ===
Je rent de trap op. Je gooit je op je bed. # bg: slaapkamer # music: verdrietig
Je trekt je kussen over je hoofd.
Je bent verdrietig. En ook boos. Het was maar een glas!
En je voelt je schuldig. Jij raakte de tafel.
Al die gevoelens tegelijk. Dat mag. Ze horen bij zo'n moment.
-> rustmoment ->
Je hoort beneden stemmen. Papa en Babaanne. Je verstaat niet wat ze zeggen.
Dan hoor je voetstappen op de trap. # sfx: voetstappen # music: rustig
Er wordt zacht geklopt. # sfx: deur
-> papa_sorry

=== opruimen ===
Emre pakt stoffer en blik. # enter: broer
Ik doe de scherven. Jij pakt de stofzuiger. Niet met je blote handen, hè. # speaker: broer # mood: neutraal
Jullie ruimen samen op. Emre zuigt de laatste stukjes weg. # music: rustig
Was het mijn schuld? # speaker: ik
Emre haalt zijn schouders op.
We hadden niet binnen moeten voetballen. Dat klopt. # speaker: broer # mood: neutraal
Maar zo hard schreeuwen had papa ook niet hoeven doen. # speaker: broer
Hij was vast gewoon moe. Dat gebeurt soms. # speaker: broer
Emre is ouder. Hij heeft dit vaker gezien. Papa wordt bijna nooit zo boos.
Jullie gaan op de bank zitten. Een beetje stil.
Dan gaat de keukendeur open. # sfx: deur
-> papa_sorry

=== babaanne ===
Babaanne zit in haar stoel bij het raam. Ze heeft alles gehoord. # enter: oma
Kom maar hier, kuzum. # speaker: oma # mood: neutraal
Kuzum betekent 'mijn lammetje'. Zo noemt ze je altijd.
Je kruipt naast haar. Ze ruikt naar rozenwater.
Jij bent geschrokken, hè. Dat snap ik. # speaker: oma # mood: neutraal
Was het mijn schuld? Ik brak je glas. # speaker: ik
Babaanne lacht zacht.
Dat glas? Ik heb er nog tien. # speaker: oma # mood: blij
Binnen voetballen was niet slim. Maar papa had niet zo hoeven schreeuwen. # speaker: oma # mood: neutraal
Ik ga even met hem praten. Blijf jij maar hier zitten. # speaker: oma
Babaanne loopt naar de keuken. Je hoort haar rustige stem. En papa die zucht. # leave: oma # music: rustig
Dan gaat de keukendeur open. # sfx: deur
-> papa_sorry

=== papa_sorry ===
Papa komt binnen. Hij heeft twee bekers chocolademelk bij zich. # enter: papa
{ plek == "kamer":
    Hij gaat op de rand van je bed zitten.
- else:
    Hij gaat bij je op de bank zitten.
}
Mag ik even praten? # speaker: papa # mood: verdrietig
Je knikt. Je zegt nog niks.
Sorry dat ik zo schreeuwde. Dat was niet oké. # speaker: papa # mood: verdrietig
Ik had een rotdag. Mijn bus ging kapot. En mijn baas was boos. # speaker: papa # mood: neutraal
Toen ik binnenkwam, was ik zo moe. Toen ontplofte ik. # speaker: papa
Maar dat is niet jouw schuld. Mijn rotdag is niet jouw probleem. # speaker: papa
Ik wil niet dat jullie bang voor mij zijn. Thuis moet je je veilig voelen. # speaker: papa # mood: verdrietig
Hoe reageer je?
+ [Je zegt dat je geschrokken was]
  -> geschrokken
+ [Je zegt dat jullie niet binnen hadden moeten voetballen]
  -> voetballen
+ [Je zegt niks en geeft papa een knuffel]
  -> knuffel

=== geschrokken ===
Ik schrok heel erg. Je schreeuwde zo hard. # speaker: ik
Papa knikt langzaam.
Dat snap ik. Ik zou ook schrikken. # speaker: papa # mood: verdrietig
Jij mag dat altijd tegen me zeggen. Ook als ik boos ben. # speaker: papa # mood: neutraal
Je zegt: papa, je schreeuwt. Dan weet ik: ik moet even afkoelen. # speaker: papa
Oké. Afspraak. # speaker: ik
-> samen

=== voetballen ===
We hadden niet binnen moeten voetballen. Het glas was mijn schuld. # speaker: ik
Papa denkt even na.
Dat klopt. Binnen voetballen mag niet. Dat weet je. # speaker: papa # mood: neutraal
Dan had ik kunnen zeggen: jongens, stop, ruim het op. # speaker: papa
Schreeuwen was niet nodig. Dat deel is mijn fout. Niet die van jou. # speaker: papa # mood: verdrietig
Je voelt je lichter. Jullie hebben allebei iets fout gedaan. En allebei zeggen jullie het.
-> samen

=== knuffel ===
Je zegt niks. Je legt gewoon je armen om papa heen.
Papa houdt je stevig vast. Je voelt dat hij diep ademhaalt.
Dank je, lieverd. # speaker: papa # mood: blij
Hij ruikt naar regen. En een beetje naar de bus.
Je hoeft niks te zeggen. Dat mag ook. # speaker: papa # mood: neutraal
Soms zegt een knuffel meer dan woorden.
-> samen

=== samen ===
Jullie drinken de chocolademelk. Het is warm en zoet. # music: hoopvol
{ plek != "opruimen":
    De scherven zijn al weg. Emre heeft alles opgeruimd.
}
Papa vertelt over zijn bus. Die bleef midden op een kruispunt staan. Iedereen toeterde.
Hij doet het na. Met zijn armen en een boos gezicht. Je moet lachen.
Emre komt er ook bij zitten. Hij pakt de beker van papa. # enter: broer
Hé! Die was van mij. # speaker: papa # mood: blij
Iedereen lacht. Zelfs papa.
In elk gezin is weleens ruzie. Iedereen wordt weleens boos. Ook ouders.
Papa schreeuwde één keer. Daarna kwam hij sorry zeggen. En hij legde uit waarom.
Hij sloeg niet. Hij schold je niet uit. Hij zei niet dat jij dom was.
Dat is normaal. Het is niet leuk, maar het is wel normaal.
Het is anders als een ouder vaak schreeuwt. Of je uitscheldt, bang maakt of slaat. Dat is niet oké.
Gebeurt het bij jou thuis weleens dat een ouder boos wordt, en later sorry zegt? # mirror: ouder_sorry
+ [Nee, nooit]
  ~ mirror("ouder_sorry", "nooit")
+ [Soms]
  ~ mirror("ouder_sorry", "soms")
+ [Vaak]
  ~ mirror("ouder_sorry", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("ouder_sorry", "liever_niet")
- Dank je. Er is geen goed of fout antwoord.
Papa kijkt naar buiten. De regen is gestopt.
Wat zullen we doen? Jij mag kiezen. # speaker: papa # mood: blij
+ [Samen voetballen in het park. Buiten, deze keer]
  -> einde_park
+ [Samen koken voor mama]
  -> einde_koken

=== einde_park ===
Jullie gaan met z'n drieën naar het park. Babaanne zwaait vanaf het raam. # bg: straat # music: hoopvol
Het gras is nog nat. Papa glijdt uit. Hij ligt languit in de modder.
Emre lacht zo hard dat hij moet gaan zitten.
Papa staat op. Hij is helemaal bruin.
Nu staan we gelijk. Eén glas tegen één broek. # speaker: papa # mood: blij
Jullie spelen tot het donker wordt.
Op weg naar huis legt papa zijn arm om je schouder.
Je denkt aan het schreeuwen van vanmiddag. Het voelt nu klein.
Want het werd weer goed. Dat is wat telt.
-> reflectie

=== einde_koken ===
Jullie staan met z'n allen in de keuken. # bg: keuken # music: hoopvol
Babaanne leert je hoe je gözleme maakt. Dat zijn Turkse pannenkoeken met kaas.
Papa snijdt de peterselie. Emre eet stiekem de kaas op. # enter: oma
Je deeg is een beetje scheef. Babaanne zegt dat het de mooiste is.
Om tien uur komt mama thuis van haar dienst. # sfx: deur # enter: mama
Wat ruikt het hier lekker! Wat is er gebeurd? # speaker: mama # mood: blij
Papa kijkt naar jou. Hij knipoogt.
Ik had een rotdag. Ik schreeuwde tegen de kinderen. Ik heb sorry gezegd. # speaker: papa # mood: neutraal
En toen hebben we gözleme gemaakt. # speaker: papa # mood: blij
Mama geeft papa een kus. En jou een dikke knuffel.
Iedereen maakt weleens fouten. Ook ouders. Het gaat erom wat je daarna doet.
-> reflectie
