# id: vriend_vertelt
# title: Mijn vriend vertelde me iets
# theme: getuige_huiselijk_geweld
# kind: oefenen
# note: Dit is een oefening. Een vriend vertelt je dat zijn vader thuis zijn moeder slaat. Je ziet geen geweld. Je oefent wat je dan kunt doen.
# age: 10
# minutes: 5
# cast: vriend=Finn, coach=Coach Dennis, mama=Mama
INCLUDE common.ink

-> begin

=== begin ===
Het is donderdagavond. De training is net klaar. # bg: sportclub # music: rustig # sfx: fluit
Je vriend Finn zit naast je op de bank. Hij strikt heel langzaam zijn veters.
Finn is al jaren je beste vriend. Maar de laatste tijd is hij anders.
Stil. Moe. En hij wil nooit meer bij hem thuis afspreken.
Zullen we samen naar huis lopen? # speaker: ik
Oké. # speaker: vriend # mood: verdrietig
Jullie lopen door de straat. Het wordt al donker. # bg: straat # sfx: voetstappen
Bij de hoek blijft Finn staan. # music: gespannen
Kan ik je iets vertellen? # speaker: vriend # mood: bang
Maar je moet beloven dat je het aan niemand zegt. Echt niemand. # speaker: vriend
Wat zeg je?
+ ["Ik beloof het."]
  -> beloven
+ ["Ik luister. Maar ik kan niet alles beloven."]
  -> eerlijk

=== beloven ===
Ik beloof het. # speaker: ik
Finn knikt. Hij kijkt naar de grond.
-> vertelt

=== eerlijk ===
Ik luister naar je. Dat beloof ik wel. # speaker: ik
Maar is het iets ergs? Dan kan ik het niet geheimhouden. # speaker: ik
Dan wil ik dat een volwassene ons helpt. # speaker: ik
Finn twijfelt. Even denk je dat hij wegloopt.
Dat vind ik eng. # speaker: vriend # mood: bang
Ik doe niks achter je rug om. Dat beloof ik wel. # speaker: ik
Finn zucht. Dan knikt hij.
-> vertelt

=== vertelt ===
Mijn vader wordt vaak heel boos. Op mijn moeder. # speaker: vriend # mood: verdrietig
Dan schreeuwt hij. En soms slaat hij haar. # speaker: vriend
Ik lig dan in bed. Ik hoor alles door de muur. # speaker: vriend
Gisteren ook. Ik heb bijna niet geslapen. # speaker: vriend
Je schrikt. Dit had je niet verwacht. # music: verdrietig
Je weet even niet wat je moet zeggen. # discuss: Wat zou jij zeggen als een vriend dit vertelt?
Wat doe je?
+ [Luisteren en vragen hoe het met hem gaat]
  -> luisteren
+ ["Dat meen je niet! Je vader is altijd zo aardig."]
  -> niet_geloven
+ ["Ik ga met je vader praten. Dit moet stoppen!"]
  -> oplossen

=== luisteren ===
Je gaat naast Finn op een muurtje zitten. Je zegt eerst niks.
Wat rot voor je. Hoe gaat het nu met jou? # speaker: ik
Finn haalt zijn schouders op. Dan begint hij te huilen.
Ik ben zo bang. Voor mijn moeder. # speaker: vriend # mood: verdrietig
En ik denk dat het mijn schuld is. # speaker: vriend
Het is niet jouw schuld. Echt niet. Ik geloof je. # speaker: ik
Dat is precies goed. Luisteren is het belangrijkste.
Je hoeft niet meteen een oplossing te hebben.
-> wat_nu

=== niet_geloven ===
Dat meen je niet! Je vader is altijd zo aardig. # speaker: ik
Finn kijkt je aan. Zijn ogen worden nat.
Zie je wel. Niemand gelooft me. # speaker: vriend # mood: boos
Hij draait zich om. Hij wil weglopen.
Je zei dat omdat je schrok. Dat gebeurt soms.
Maar iemand kan buiten aardig zijn en thuis geweld gebruiken. Dat kan allebei.
Finn, wacht. Sorry. Ik schrok gewoon. Ik geloof je. # speaker: ik
Finn blijft staan. Langzaam komt hij terug.
Echt? # speaker: vriend # mood: verdrietig
Echt. En het is niet jouw schuld. # speaker: ik
Goed dat je het herstelt. Geloof je vriend. Neem hem serieus.
-> wat_nu

=== oplossen ===
Ik ga met je vader praten. Dit moet stoppen! # speaker: ik
Nee! Dat mag je niet doen! # speaker: vriend # mood: bang
Dan weet hij dat ik het verteld heb. Dan wordt het erger. # speaker: vriend
Finn pakt je arm. Hij is echt bang.
Je wilde helpen. Dat is lief van je.
Maar dit kun je niet alleen oplossen. Dat is ook niet jouw taak.
En het kan zelfs gevaarlijk zijn. Voor Finn en voor jou.
Oké. Ik doe het niet. Sorry. # speaker: ik
Ik geloof je. En het is niet jouw schuld. # speaker: ik
-> wat_nu

=== wat_nu ===
Finn veegt zijn tranen weg. # music: rustig
Je voelt het: dit is te zwaar. Voor hem. En voor jou.
{beloven:
  Maar je hebt beloofd dat je niks zegt. Wat nu?
  Een zwaar geheim mag je toch vertellen. Ook na een belofte.
  Dat is geen verraad. Dat is hulp halen voor je vriend.
- else:
  Gelukkig heb je niks beloofd. Nu kun je eerlijk zijn.
}
Finn, dit is te groot voor ons tweeën. # speaker: ik
Ik wil dat een volwassene ons helpt. Ik doe niks achter je rug om. # speaker: ik
Finn kijkt bang. Maar hij zegt geen nee.
Wat stel je voor? # discuss: Finn wil dat je een zwaar geheim bewaart. Wat zou jij doen?
+ [Samen naar coach Dennis gaan]
  -> samen_coach
+ [Het thuis aan je moeder vertellen]
  -> mama_vertellen
+ [Eerst zelf de Kindertelefoon bellen]
  -> kindertelefoon

=== samen_coach ===
Zullen we het aan coach Dennis vertellen? Hem vertrouwen we allebei. # speaker: ik
Ik ga met je mee. Je hoeft het niet alleen te zeggen. # speaker: ik
Finn denkt lang na. Dan knikt hij.
Maar jij blijft naast me zitten, oké? # speaker: vriend # mood: bang
-> einde_samen

=== mama_vertellen ===
Ik wil het aan mijn moeder vertellen. Zij weet wat we kunnen doen. # speaker: ik
Ik vertel je steeds wat er gebeurt. Ik doe niks stiekem. # speaker: ik
Finn bijt op zijn lip.
Oké. Als ze maar niet naar mijn vader gaat. # speaker: vriend # mood: bang
-> einde_mama

=== kindertelefoon ===
Ik wil eerst vragen wat slim is. Ik bel de Kindertelefoon. # speaker: ik
Zeg je dan mijn naam? # speaker: vriend # mood: bang
Nee. Daar hoef je geen namen te zeggen. # speaker: ik
-> einde_kindertelefoon

=== einde_samen ===
Zaterdag na de wedstrijd. De kleedkamer is leeg. # bg: sportclub # music: rustig
Coach, kunnen we je even spreken? # speaker: ik
Natuurlijk. Ga zitten. # speaker: coach # mood: neutraal
Finn kijkt naar jou. Jij knikt. Dan begint hij te praten.
Het gaat langzaam. Soms help jij een beetje.
Coach Dennis luistert. Hij wordt niet boos. Hij vraagt niet waarom.
Dank je, Finn. Ik geloof je. Het is niet jouw schuld. # speaker: coach # mood: verdrietig
En goed dat jij met hem meekwam. Zo doet een echte vriend. # speaker: coach # mood: blij
Moet ik nu weg van huis? # speaker: vriend # mood: bang
Meestal niet. De meeste hulp komt gewoon naar je gezin toe. # speaker: coach # mood: neutraal
Ik doe niks zonder het eerst met jou te bespreken, Finn. # speaker: coach
Ik wil advies vragen aan Veilig Thuis. Samen met jou. # speaker: coach
Zij luisteren, geven advies en kunnen hulp regelen. Ook voor je ouders. # speaker: coach
Finn zucht diep. Zijn schouders zakken. # music: hoopvol
Hij draagt dit zware geheim niet meer alleen. En jij ook niet.
Hoe voel jij je?
+ [Opgelucht]
  Opgelucht. Nu helpt er een volwassene mee.
+ [Nog een beetje bezorgd]
  Bezorgd. Dat snap je goed. Het is ook niet meteen over.
  Maar er wordt nu voor Finn gezorgd. Niet alleen door jou.
- -> afsluiting

=== einde_mama ===
Thuis zit je moeder in de keuken. # bg: keuken # music: rustig # sfx: deur
Mam? Ik moet je iets vertellen. Over Finn. # speaker: ik
Je moeder zet de radio uit. Ze gaat bij je zitten. # enter: mama
Je vertelt alles. Mama schrikt. Maar ze blijft rustig.
Dank je dat je dit vertelt. Dat is goed van je. # speaker: mama # mood: verdrietig
Jij hoeft dit niet op te lossen. Nu helpen wij. # speaker: mama # mood: neutraal
Ik ga niet naar Finns vader. Dat kan het erger maken. # speaker: mama
Ik bel Veilig Thuis voor advies. Iedereen die zich zorgen maakt, mag daar bellen. # speaker: mama
Ook buren, vrienden en hun ouders. Ook als je het niet zeker weet. # speaker: mama
Mama belt. Jij zit naast haar. # sfx: telefoon
Ze luisteren naar mama. Ze geven advies.
En ze kunnen hulp regelen voor het gezin van Finn.
Morgen vertel je Finn wat mama heeft gedaan. Zo weet hij het.
Hoe voel jij je?
+ [Opgelucht]
  Opgelucht. Je hoeft dit niet meer alleen te dragen.
+ [Nog een beetje bezorgd]
  Bezorgd. Dat snap je goed. Het is ook niet meteen over.
  Maar er wordt nu voor Finn gezorgd. Niet alleen door jou.
- -> afsluiting

=== einde_kindertelefoon ===
Die avond lig je op bed. Je denkt steeds aan Finn. # bg: slaapkamer # music: rustig
Je belt de Kindertelefoon. # sfx: telefoon
Bellen is gratis. Je hoeft je naam niet te zeggen.
Het staat niet op de rekening. Wel in de lijst met gesprekken op je telefoon.
Een vrouw neemt op. Je vertelt over je vriend. Zijn naam zeg je niet.
"Goed dat je belt. Je mag ons ook bellen als je je zorgen maakt om een vriend."
"Jij bent een goede vriend. Maar je hoeft dit niet alleen op te lossen."
"Is er een volwassene die jullie allebei vertrouwen?"
Je denkt aan coach Dennis. Samen bedenken jullie wat je tegen Finn zegt.
De volgende dag zie je Finn op straat. # bg: straat # music: hoopvol
Ik wil het aan coach Dennis vertellen. Het liefst samen met jou. # speaker: ik
Finn is even stil. Dan knikt hij.
Samen dan. # speaker: vriend # mood: neutraal
Hoe voel jij je?
+ [Opgelucht]
  Opgelucht. Jullie hebben een plan.
+ [Nog een beetje bezorgd]
  Bezorgd. Dat snap je goed. Het is ook niet meteen over.
  Maar straks helpt er een volwassene mee. Niet alleen jij.
- -> afsluiting

=== afsluiting ===
-> rustmoment ->
Dit was de oefening. # music: hoopvol
Vertelt een vriend jou iets zwaars over thuis? Dan kun je dit doen.
Luister. Je hoeft niet meteen iets te weten.
Geloof je vriend. En zeg: het is niet jouw schuld.
Beloof niet dat je een zwaar geheim bewaart.
Los het niet alleen op. Dat is niet jouw taak.
Vertel het aan een volwassene die je vertrouwt. Samen, of zo dat je vriend het weet.
De Kindertelefoon is er ook voor vrienden die zich zorgen maken.
En Veilig Thuis mag iedereen bellen die zich zorgen maakt.
Bij de knop 'Hulp' zie je hun nummers.
Is er nu gevaar? Bel dan 112.
-> reflectie
