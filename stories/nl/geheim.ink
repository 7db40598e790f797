# id: geheim
# title: Een fijn geheim en een naar geheim
# theme: seksueel_misbruik
# note: Dit verhaal gaat over een volwassene die een kind aanraakt op een manier die niet goed voelt. En over het verschil tussen een fijn geheim en een naar geheim.
# age: 10
# minutes: 8
# cast: papa=Papa, zus=Mila, buurvrouw=Ans, juf=Juf Esra
INCLUDE common.ink

-> begin

VAR verteld_aan = ""

=== begin ===
Het is maandag in Venlo. Je zit met je zusje Mila aan de keukentafel. # bg: keuken # music: hoopvol
Mila is zeven. Ze heeft een tekening gemaakt van een taart met veertig kaarsjes.
Zaterdag over een week wordt papa veertig. Jullie maken een verrassing.
Oma bakt de taart. Jullie maken een slinger. Papa weet van niks.
Ssst! Het is een geheim, hè? # speaker: zus # mood: blij
Mila giechelt. Ze kan bijna niet stil zijn.
Dit is een fijn geheim. Het voelt spannend en leuk.
En zaterdag mag iedereen het weten. Dan is papa blij.
De voordeur gaat open. Papa komt thuis van zijn werk. # sfx: deur
Snel verstoppen jullie de tekening onder een krant.
Wat zijn jullie stil. Zijn jullie iets van plan? # speaker: papa # mood: blij
Nee hoor! # speaker: zus # mood: blij
Papa lacht. Hij doet alsof hij niks merkt.
-> woensdag

=== woensdag ===
Op woensdagmiddag werkt papa lang. # bg: woonkamer # music: rustig
Dan ga je na school naar buurvrouw Ans. Mila gaat naar de opvang.
Ans woont naast jullie. Ze is lief. Ze heeft altijd limonade.
Vaak is haar vriend Ruud er ook. Je noemt hem ome Ruud.
Hij is grappig. Hij doet goocheltrucs met munten. Je vond hem altijd aardig.
Vandaag moet Ans nog boodschappen doen.
Ik ga even naar de winkel. Ik ben zo terug. Een kwartiertje maar. # speaker: buurvrouw # mood: blij
De deur gaat dicht. # sfx: deur # leave: buurvrouw
Ome Ruud klopt op de bank naast zich. "Kom eens hier zitten." # music: gespannen
Je gaat zitten. Hij zit heel dicht bij je. Te dichtbij.
Dan raakt hij je aan op een plek waar jij dat niet wil.
Het voelt helemaal niet goed. # music: stil
Je lijf zegt: nee. Maar je mond zegt niks. Je kunt je bijna niet bewegen.
Dat heet bevriezen. Dat gebeurt bij heel veel mensen als ze schrikken. Het is een gewone reactie van je lijf.
Dan staat hij op. Hij doet alsof er niks is gebeurd. # pause: 1500
Ruud fluistert: "Dit is ons geheimpje. Niet aan papa vertellen."
"Anders mag je hier nooit meer komen. En dan wordt je papa heel verdrietig."
De deur gaat open. Ans is terug. # sfx: deur # music: gespannen
Ik heb stroopwafels! # speaker: buurvrouw # mood: blij
Ruud lacht en pakt er een. Alsof er niks is.
Jij kunt niks eten. Je buik voelt raar en zwaar.
-> thuis

=== thuis ===
's Avonds zit je op de bank naast papa. # bg: woonkamer # music: verdrietig
Papa kijkt voetbal. Mila slaapt al.
Je denkt steeds aan de middag. Aan wat Ruud deed. En aan wat hij zei.
Je voelt je raar. En in de war. En bang dat je iets fout deed.
Maar jij deed niks fout. Ruud deed iets wat niet mag.
Papa kijkt opzij.
Hé. Jij bent zo stil vanavond. Is er iets? # speaker: papa # mood: neutraal
Wat doe je?
+ [Je vertelt het aan papa]
  ~ verteld_aan = "papa"
  -> papa_luistert
+ [Je zegt niks]
  -> zwijgen

=== papa_luistert ===
Je hart bonkt heel hard. Je kijkt naar de grond. # music: gespannen
{ verteld_aan == "papa_later":
    Papa gaat op zijn hurken voor je zitten. Hij wacht rustig.
}
Ome Ruud deed iets raars. Hij raakte me aan. Op een plek waar ik dat niet wil. # speaker: ik
En hij zei dat ik het geheim moest houden. # speaker: ik
Papa is even stil. Je ziet dat hij schrikt.
Dan pakt hij voorzichtig je hand. # music: rustig
Dank je dat je het me vertelt. Dat is heel dapper. # speaker: papa # mood: verdrietig
Ik ben niet boos op jou. Helemaal niet. # speaker: papa # mood: neutraal
Wat Ruud deed, mag niet. Nooit. En het is niet jouw schuld. # speaker: papa
Hij had jou ook nooit zo'n geheim mogen geven. # speaker: papa
Mag ik dan nooit meer naar Ans? # speaker: ik
Op woensdag ga je voortaan naar oma. Daar ben je veilig. # speaker: papa # mood: neutraal
Ik ga hulp vragen. Aan mensen die hier veel van weten. # speaker: papa
Bijvoorbeeld Veilig Thuis. Die luisteren, geven advies en regelen hulp. # speaker: papa
Ik vertel jou steeds wat ik doe. Je hoeft niks alleen te doen. # speaker: papa # mood: blij
{ verteld_aan == "papa_later":
    Papa belt zijn werk. Vandaag blijft hij thuis. Bij jou.
    Jullie maken samen een wandeling langs de Maas. Je hoeft niks meer te zeggen.
- else:
    Papa legt een deken om je heen. Jullie blijven nog lang samen zitten.
    Het voetbal staat nog aan. Geen van jullie kijkt.
}
-> rustmoment ->
-> einde_papa

=== zwijgen ===
Nee hoor. Ik ben gewoon moe. # speaker: ik
Papa aait over je hoofd. Hij kijkt weer naar het voetbal.
Die nacht slaap je slecht. # bg: slaapkamer
Het geheim van Ruud voelt heel anders dan het geheim van de taart.
Het is zwaar. Het zit als een steen in je buik.
-> rustmoment ->
De volgende dag op school heeft juf Esra een les over geheimen. # bg: klas # sfx: schoolbel # music: rustig
Er zijn twee soorten geheimen. # speaker: juf # mood: neutraal # discuss: Wat is het verschil tussen een fijn geheim en een naar geheim?
Een fijn geheim is bijvoorbeeld een cadeautje of een verrassing. # speaker: juf # mood: blij
Het voelt leuk. En straks mag iedereen het weten. # speaker: juf
Een naar geheim voelt zwaar of eng. Je krijgt er buikpijn van. # speaker: juf # mood: neutraal
Soms zegt iemand: als je het vertelt, gebeurt er iets ergs. # speaker: juf
Zo'n geheim mag je altijd vertellen. Ook als je beloofd hebt het niet te doen. # speaker: juf
Dat is geen klikken. Dat is hulp vragen. # speaker: juf
Niemand mag aan jouw lijf komen als jij dat niet wil. Ook geen volwassene die je kent. # speaker: juf
Je kijkt naar je tafel. Je wangen worden warm.
Juf Esra heeft het over jouw geheim. Ook al weet ze dat niet.
De bel gaat. Iedereen rent naar buiten. # sfx: schoolbel
+ [Je blijft na de les bij juf Esra]
  ~ verteld_aan = "juf"
  -> juf_luistert
+ [Je gaat ook naar buiten]
  -> volgende_woensdag

=== juf_luistert ===
Juf Esra veegt het bord schoon. Ze ziet dat je blijft zitten.
Je loopt naar haar toe. Je stem is heel zacht.
Juf? Wat als iemand zegt dat je iets geheim moet houden? Maar het voelt naar? # speaker: ik
Juf Esra legt de wisser neer. Ze pakt een stoel en gaat naast je zitten.
Dan mag je het altijd vertellen. Aan mij bijvoorbeeld. # speaker: juf # mood: neutraal
Wil je me vertellen wat er is? Je mag het op jouw manier zeggen. # speaker: juf
Je vertelt het. Over ome Ruud. Over de bank. Over het geheimpje. # music: gespannen
Het gaat langzaam. Soms stop je even. Juf Esra wacht rustig. Ze vraagt niet waarom.
Dank je wel dat je het me vertelt. Dat is heel moedig. # speaker: juf # mood: verdrietig
Het is niet jouw schuld. Wat Ruud deed, mag niet. # speaker: juf # mood: neutraal
Gaat u het aan iemand vertellen? # speaker: ik
Ik ga je helpen. Daarom kan ik dit niet geheim houden. # speaker: juf
Jij moet veilig zijn. Dat is het belangrijkste. # speaker: juf
Maar ik doe niks zonder het jou eerst te vertellen. # speaker: juf
En we kunnen het samen aan papa vertellen. Als jij dat wil. # speaker: juf # mood: blij
Je knikt. De steen in je buik wordt een beetje kleiner. # music: rustig
-> rustmoment ->
-> einde_juf

=== volgende_woensdag ===
Op het schoolplein hoor je de andere kinderen lachen. Jij lacht niet mee. # bg: schoolplein # music: verdrietig
Een week later is het weer woensdag. # bg: keuken # sfx: klok
Papa smeert een boterham voor je.
Na school ga je weer naar Ans, hè? # speaker: papa # mood: neutraal
Je buik trekt samen. Je wil daar niet heen.
Wat doe je?
+ [Je zegt tegen papa dat je niet wil]
  -> niet_willen
+ [Je zegt niks en belt vanavond de Kindertelefoon]
  -> kindertelefoon

=== niet_willen ===
Ik wil niet naar Ans. # speaker: ik
Papa stopt met smeren. Hij kijkt je aan.
Oké. Dat mag je zeggen. # speaker: papa # mood: neutraal
Is er iets gebeurd daar? Je mag het me vertellen. Ik word niet boos. # speaker: papa
~ verteld_aan = "papa_later"
-> papa_luistert

=== kindertelefoon ===
Oké, papa. # speaker: ik
Die middag blijf je de hele tijd dicht bij Ans. Ruud is er gelukkig niet. # bg: woonkamer # music: gespannen
's Avonds lig je in bed. Je pakt je tablet. # bg: slaapkamer # music: rustig
Je weet nog wat juf zei. Over nare geheimen.
Je zoekt de Kindertelefoon op. Je kunt daar chatten. Gratis, en je hoeft je naam niet te zeggen.
Je schrijft: "Iemand heeft me aangeraakt. Het voelde niet goed. Ik moet het geheim houden." # sfx: melding
Er komt een antwoord. Iemand die Sanne heet. # sfx: melding
"Goed dat je dit schrijft. Het is niet jouw schuld. Wat die persoon deed, mag niet."
"Zo'n geheim hoef je niet te bewaren. Is er een volwassene die je vertrouwt?"
Je denkt aan papa. En aan juf Esra.
Sanne helpt je oefenen. Wat wil je zeggen? Wanneer? Tegen wie?
"Als het eng is, mag je ook een briefje geven," schrijft Sanne.
Jullie chatten nog even. Dan schrijf je: "Ik ga het morgen aan papa vertellen."
"Dat is een goed plan. Je mag altijd terugkomen," schrijft Sanne.
Je legt je tablet weg. Je voelt je moe. Maar ook een beetje lichter.
-> rustmoment ->
-> einde_kindertelefoon

=== spiegel ===
Heeft iemand jou weleens aangeraakt op een manier die niet goed voelde? # mirror: seksueel_misbruik
+ [Nee, nooit]
  ~ mirror("seksueel_misbruik", "nooit")
+ [Eén keer]
  ~ mirror("seksueel_misbruik", "een_keer")
+ [Soms]
  ~ mirror("seksueel_misbruik", "soms")
+ [Vaak]
  ~ mirror("seksueel_misbruik", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("seksueel_misbruik", "liever_niet")
+ [Het gebeurt nu en ik ben niet veilig]
  ~ danger()
  ~ mirror("seksueel_misbruik", "vaak")
- Dank je. Wat je ook koos: het is goed dat je hierover nadacht.
->->

=== einde_papa ===
Zaterdag is het feest. Papa wordt veertig. # bg: woonkamer # music: hoopvol
Oma komt met de taart. Mila hangt de slinger op. Alles scheef. # enter: oma
Verrassing! # speaker: zus # mood: blij
Papa doet heel verbaasd. Hij tilt Mila hoog op.
Hij knipoogt naar jou. Jullie weten allebei dat er deze week iets zwaars was.
Maar het zware geheim is geen geheim meer. Papa weet het. En hij helpt.
-> spiegel ->
Een fijn geheim mag je bewaren. Een naar geheim mag je altijd vertellen.
Niemand mag aan jouw lijf komen als jij dat niet wil. En het is nooit jouw schuld.
Jij vertelde het aan papa. Nu draagt hij het zware geheim mee. Niet jij alleen.
-> reflectie

=== einde_juf ===
Na school zit je met papa en juf Esra in de klas. # bg: klas # music: rustig
Papa is eerder gekomen van zijn werk. Hij houdt je hand vast. # enter: papa
Juf Esra vertelt het. Jij hoeft alleen te knikken.
Ik ben verdrietig. Maar niet boos op jou. # speaker: papa # mood: verdrietig
Je hebt het goede gedaan. Ik ben trots op je. # speaker: papa # mood: neutraal
Juf Esra legt uit wat er nu gebeurt. Ze belt Veilig Thuis voor advies.
Die helpen jou en papa. En ze zorgen dat je veilig bent.
Op woensdag ga je voortaan naar oma.
Zaterdag viert papa zijn verjaardag. De taart is nog steeds een verrassing. Dat fijne geheim bewaar je wel. # music: hoopvol
-> spiegel ->
Een fijn geheim mag je bewaren. Een naar geheim mag je altijd vertellen.
Niemand mag aan jouw lijf komen als jij dat niet wil. En het is nooit jouw schuld.
Jij vertelde het aan juf Esra. Zij luisterde. En nu helpen er grote mensen mee.
-> reflectie

=== einde_kindertelefoon ===
De volgende ochtend zit papa aan het ontbijt. # bg: keuken # music: rustig
Je hebt een briefje geschreven. Je handen zijn nat van het zweet.
Je legt het briefje naast zijn koffie. Dan wacht je.
Papa leest het. Hij leest het nog een keer. Dan kijkt hij op.
Dank je dat je dit aan mij geeft. # speaker: papa # mood: verdrietig
Het is niet jouw schuld. Ik ga je helpen. Je hoeft nooit meer naar Ruud. # speaker: papa # mood: neutraal
Hij geeft je een lange knuffel. Het voelt veilig. # music: hoopvol
-> spiegel ->
Een fijn geheim mag je bewaren. Een naar geheim mag je altijd vertellen.
Niemand mag aan jouw lijf komen als jij dat niet wil. En het is nooit jouw schuld.
Eerst chatten, dan een briefje. Zo mag het ook. Er is niet één goede manier om het te vertellen.
-> reflectie
