# id: mantelzorg
# title: Alles zelf doen
# theme: jonge_mantelzorger, emotionele_verwaarlozing
# note: Dit verhaal gaat over een kind dat thuis zorgt voor een moeder die te veel drinkt, en voor een klein zusje. Er is geen geweld, maar wel veel zorgen.
# age: 13
# minutes: 7
# cast: mama=Mama, zus=Jada, mentor=Mevrouw Haenen, coach=Coach Bas, buurvrouw=Mia, oma=Oma
INCLUDE common.ink

-> begin

VAR naar_training = false

=== begin ===
Maandagochtend, kwart over zeven, in Roermond. Je staat in de keuken. # bg: keuken # music: rustig
Je smeert twee boterhammen voor je zusje Jada. Met kaas, zonder korstjes.
Jada is zes. Ze zit aan tafel in haar pyjama. Ze zingt een liedje.
Mama slaapt nog. Dat doet ze vaak.
Bij de gootsteen staan drie lege flessen. # music: verdrietig
Je stopt ze snel in een tas. Voordat Jada ze ziet.
Mama drinkt te veel. Al een paar jaar.
Ze kan er niet meer zelf mee stoppen. Dat heet een verslaving. Het is een soort ziekte.
Jij bent dertien. Je doet dit al een jaar. Elke ochtend.
Waar is mijn gymtas? # speaker: zus # mood: neutraal
Je zoekt hem. Hij ligt onder de bank. Natuurlijk.
Je brengt Jada naar school. Dan fiets je snel naar je eigen school. # bg: straat # sfx: klok
Je bent weer te laat. De derde keer deze maand.
Mevrouw Haenen, je mentor, staat bij de deur van de klas. # bg: klas # enter: mentor
Alweer te laat. Wat was er? # speaker: mentor # mood: neutraal
Je zegt dat de bus te laat was. Je gaat niet eens met de bus.
Liegen voelt niet fijn. Maar de waarheid zeggen voelt nog enger.
-> middag

=== middag ===
In de pauze trilt je telefoon. Een bericht van mama. # bg: schoolplein # sfx: melding # music: gespannen
"Kun jij Jada ophalen? Ik voel me niet lekker. Sorry lieverd. X"
Je kijkt naar je tas. Je handbalspullen zitten erin.
Vanmiddag is er training. En zaterdag is de wedstrijd.
Je hebt al drie trainingen gemist. Coach Bas vroeg vorige week al waar je was.
Wat doe je?
+ [Je haalt Jada op en laat de training schieten]
  -> thuis_avond
+ [Je vraagt buurvrouw Mia om Jada op te halen, en gaat naar training]
  ~ naar_training = true
  -> training

=== thuis_avond ===
Je haalt Jada op bij school. Ze rent je tegemoet. # bg: straat # music: rustig
Thuis ligt mama op de bank. De gordijnen zijn dicht. # bg: woonkamer # music: verdrietig
Hoi schatjes. # speaker: mama # mood: verdrietig
Ze praat langzaam. Een beetje raar. Je weet wat dat betekent.
Je maakt pasta voor het eten. Met saus uit een pot. # bg: keuken
Jada wil ketchup. Er is geen ketchup. Ze huilt.
Je leest haar een verhaaltje voor. Twee keer hetzelfde boek. # bg: slaapkamer
Dan is het negen uur. Pas nu begin je aan je werkstuk. Het moet morgen af.
Je hoofd is leeg. Je ogen vallen bijna dicht.
Beneden is het stil. Je gaat kijken. # bg: woonkamer
Mama slaapt op de bank. Je legt een deken over haar heen.
Ze doet even haar ogen open.
Wat zou ik zonder jou moeten? # speaker: mama # mood: verdrietig
Je weet niet wat je moet zeggen. Het voelt lief. En ook heel zwaar.
Je bent boos. En verdrietig. En bezorgd. En je voelt je schuldig dat je boos bent.
Al die gevoelens tegelijk. Dat is normaal als je zoveel moet dragen.
Niemand vraagt hoe het met jóu gaat. Niemand vraagt of jij al gegeten hebt.
-> rustmoment ->
De volgende ochtend in de klas. Je werkstuk is niet af. # bg: klas # sfx: schoolbel # music: gespannen
Mevrouw Haenen loopt langs de tafels. Ze stopt bij jou.
Waar is je werkstuk? # speaker: mentor # mood: neutraal
+ [Je zegt dat je laptop kapot was]
  -> smoes
+ [Je vertelt hoe het thuis gaat]
  -> mentor_waarheid

=== smoes ===
Mijn laptop was kapot. # speaker: ik
Mevrouw Haenen kijkt je even lang aan.
Oké. Dan krijg je tot vrijdag. # speaker: mentor # mood: neutraal
Weet je: als er iets is, mag je altijd bij mij komen. Ook over dingen buiten school. # speaker: mentor
Je knikt. Je zegt niks. Weer een leugen. Ze stapelen zich op.
Het voelt alsof je een rugzak vol stenen draagt. Elke dag een steen erbij.
-> oma_bellen

=== mentor_waarheid ===
Je wil iets verzinnen. Maar je bent te moe.
Ik kon gisteren niet. Ik moest voor mijn zusje zorgen. # speaker: ik
Mevrouw Haenen trekt een stoel bij. Ze praat zacht. Zo hoort de klas het niet.
Kom je na de les even bij mij? # speaker: mentor # mood: neutraal
Na de les zit je in de mentorkamer. Je vertelt het. # bg: mentorkamer # sfx: deur # music: rustig
Over mama. Over de flessen. Over Jada. Over de training die je mist.
Het komt er allemaal tegelijk uit. Je moet huilen. Dat had je niet verwacht.
Mevrouw Haenen geeft je een zakdoek. Ze wacht.
Dank je dat je me dit vertelt. Dat is heel moedig. # speaker: mentor # mood: neutraal
Jij zorgt thuis voor heel veel. Dat heet een jonge mantelzorger. # speaker: mentor
Een mantelzorger is iemand die zorgt voor iemand die ziek is. Of verslaafd. # speaker: mentor
Er zijn veel jongeren zoals jij. Jij bent niet de enige. # speaker: mentor # mood: blij
Maar jij bent dertien. Jij hoort ook kind te mogen zijn. # speaker: mentor
Gaat mama nu in de problemen komen? # speaker: ik
Het doel is dat mama hulp krijgt. En dat jij minder hoeft te dragen. # speaker: mentor # mood: neutraal
Ik wil dit bespreken met onze schoolmaatschappelijk werker. # speaker: mentor
Dat is iemand op school die helpt bij problemen thuis. # speaker: mentor
Ik doe niks zonder het eerst met jou te bespreken. # speaker: mentor
-> einde_mentor

=== training ===
Je belt buurvrouw Mia. Ze neemt meteen op. # sfx: telefoon
Natuurlijk haal ik Jada op. Ze mag bij mij spelen tot jij thuis bent. # speaker: buurvrouw # mood: blij
Na school fiets je naar de sporthal. # bg: sportclub # music: hoopvol
In de kleedkamer kijkt je teamgenoot Fenna verbaasd op.
"Jij bestaat dus nog!" roept ze. "We dachten dat je gestopt was."
Je lacht mee. Maar het voelt raar. Alsof je iets verkeerd doet. Alsof je mama in de steek laat.
Maar als je de bal hebt, vergeet je alles even. Je scoort twee keer. # sfx: fluit
Je lacht. Voor het eerst in dagen.
Na de training roept Coach Bas je. # music: rustig
Hé! Fijn dat je er weer bent. Ik heb je gemist. # speaker: coach # mood: blij
Je was er de laatste tijd zo vaak niet. Is er iets? # speaker: coach # mood: neutraal
+ [Je vertelt Coach Bas wat er thuis is]
  -> coach_waarheid
+ [Je zegt dat je het druk had met school]
  -> coach_smoes

=== coach_waarheid ===
Je kijkt naar je schoenen.
Mijn moeder is vaak ziek. Ze drinkt. Ik zorg voor mijn zusje. # speaker: ik
Coach Bas gaat naast je op de bank zitten. Hij zegt eerst even niks.
Dank je dat je dat vertelt. Dat is niet makkelijk, hè. # speaker: coach # mood: neutraal
Jij doet heel veel voor je gezin. Dat zie ik. # speaker: coach
Maar jij hoeft dat niet allemaal alleen te doen. # speaker: coach
Mag ik je mentor bellen? Samen kunnen we kijken wie jou kan helpen. # speaker: coach
Ik doe niks zonder dat jij het weet. # speaker: coach # mood: blij
Je knikt. Het is raar. Maar het voelt ook licht.
Je fietst naar huis. Bij Mia haal je Jada op. # bg: straat # music: rustig
Jada heeft met Mia koekjes gebakken. Ze heeft een zakje voor jou bewaard.
Jada mag vaker komen, hoor. Op maandag ben ik toch thuis. # speaker: buurvrouw # mood: blij
Thuis ligt mama op de bank. Ze slaapt. # bg: woonkamer
Je legt een deken over haar heen. Je maakt eten. Je brengt Jada naar bed.
Het is net zoveel werk als altijd. Maar het voelt minder zwaar.
Iemand anders weet het nu.
-> einde_coach

=== coach_smoes ===
Gewoon druk. Met school. # speaker: ik
Coach Bas knikt. Je ziet dat hij je niet helemaal gelooft.
Oké. Maar als het ooit niet goed gaat, kun je bij mij terecht. # speaker: coach # mood: neutraal
Ook als het niet over handbal gaat. # speaker: coach
Hij geeft je een schouderklopje.
Je fietst naar huis. Bij Mia haal je Jada op. Mama slaapt. # bg: straat # music: verdrietig
Je maakt eten. Je brengt Jada naar bed. Je huiswerk is weer niet af.
-> oma_bellen

=== oma_bellen ===
Die avond lig je in bed. Je kunt niet slapen. # bg: slaapkamer # music: verdrietig
Je denkt aan oma. Ze woont in Weert. Je ziet haar niet zo vaak.
Oma weet niet hoe het thuis gaat. Mama wil dat niet.
Je pakt je telefoon. Je kijkt lang naar haar naam.
Dan bel je toch. # sfx: telefoon
Hallo lieverd! Zo laat nog wakker? # speaker: oma # mood: blij
Oma... het gaat niet goed met mama. # speaker: ik
Oma is even stil. Dan wordt haar stem zacht.
Vertel maar. Ik luister. # speaker: oma # mood: neutraal
Je vertelt het. Het duurt lang. Oma onderbreekt je niet.
Ik kom zaterdag. Ik blijf een paar dagen. # speaker: oma # mood: neutraal
Jij bent het kind. Jij hoeft niet voor iedereen te zorgen. # speaker: oma
En het is niet jouw schuld dat mama drinkt. # speaker: oma
-> rustmoment ->
-> einde_oma

=== spiegel ===
Zorg jij thuis vaak voor een ouder, of voor je broertjes of zusjes? Meer dan je leeftijdgenoten? # mirror: jonge_mantelzorger
+ [Nee, nooit]
  ~ mirror("jonge_mantelzorger", "nooit")
+ [Soms]
  ~ mirror("jonge_mantelzorger", "soms")
+ [Vaak]
  ~ mirror("jonge_mantelzorger", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("jonge_mantelzorger", "liever_niet")
- Nog één vraag.
Heb jij weleens het gevoel dat thuis niemand ziet wat jíj nodig hebt? # mirror: emotionele_verwaarlozing
+ [Nee, nooit]
  ~ mirror("emotionele_verwaarlozing", "nooit")
+ [Soms]
  ~ mirror("emotionele_verwaarlozing", "soms")
+ [Vaak]
  ~ mirror("emotionele_verwaarlozing", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("emotionele_verwaarlozing", "liever_niet")
- Dank je. Jouw antwoorden blijven van jou.
->->

=== einde_mentor ===
Drie weken later. # bg: mentorkamer # music: rustig
Je praat elke week met de schoolmaatschappelijk werker. Ze heet Lieke.
Lieke heeft ook met mama gepraat. Mama huilde. Maar ze zei ja tegen hulp.
Mama gaat nu naar een hulpverlener voor mensen met een verslaving.
Jada gaat twee middagen naar de buitenschoolse opvang. Dan hoef jij niet.
Mevrouw Haenen steekt haar duim naar je op in de gang. # music: hoopvol
-> spiegel ->
Het is nog niet allemaal goed. Mama heeft goede en slechte dagen.
Maar jij draagt het niet meer alleen. En zaterdag sta je weer in het veld.
-> reflectie

=== einde_coach ===
Een week later. Je staat weer op het veld. # bg: sportclub # sfx: fluit # music: hoopvol
Coach Bas heeft met je mentor gepraat. Met jou erbij.
Mevrouw Haenen kent een groep voor jonge mantelzorgers. Jongeren die thuis voor iemand zorgen.
Je bent er één keer geweest. Iedereen snapte je meteen. Je hoefde niks uit te leggen.
Een jongen vertelde over zijn vader in een rolstoel. Een meisje over haar broer die veel zorg nodig heeft.
Een ander meisje had ook een moeder die drinkt. Ze zei: "Ik dacht altijd dat ik de enige was."
Jij dacht dat ook.
Buurvrouw Mia haalt Jada nu op maandag op. Dan kun jij trainen.
En iemand van de gemeente komt praten met mama. Over hulp bij het drinken.
-> spiegel ->
Jij zorgt voor anderen. Maar jij mag ook zelf zorg krijgen.
Plezier hebben betekent niet dat je mama in de steek laat. Het is wat je nodig hebt.
-> reflectie

=== einde_oma ===
Zaterdag staat oma voor de deur. Met een grote koffer. # bg: woonkamer # sfx: deurbel # music: rustig
Ze doet de gordijnen open. Ze zet thee. Ze knuffelt Jada heel lang. # enter: oma
Dan gaat ze met mama aan tafel zitten. De deur gaat dicht. # sfx: deur
Je hoort mama huilen. En oma die zacht praat.
Later komt mama naar je toe. Haar ogen zijn rood. # enter: mama
Het spijt me, lieverd. Jij hebt veel te veel gedaan. # speaker: mama # mood: verdrietig
Ik ga maandag naar de huisarts. Ik wil hulp. # speaker: mama # mood: neutraal
Oma blijft een tijdje. Zij brengt Jada naar school. # music: hoopvol
Jij mag gewoon op tijd komen. En naar training.
{ naar_training:
    Dinsdag bij de training steekt Coach Bas zijn duim op. Je scoort weer.
- else:
    Dinsdag ga je weer naar de training. Coach Bas is blij je te zien.
}
-> spiegel ->
Het is nog niet opgelost. Maar jij hoeft het niet meer alleen te doen.
Jij bent het kind. Er zijn grote mensen die helpen. Oma is er één van.
-> reflectie
