# id: lege_koelkast
# title: De lege koelkast
# theme: lichamelijke_verwaarlozing
# note: Dit verhaal gaat over een kind dat thuis vaak geen eten, schone kleren of zorg krijgt. Het kind houdt dat geheim.
# age: 10
# minutes: 7
# cast: mama=Mama, zus=Yara, vriend=Tim, coach=Coach Ricardo, buurvrouw=Mevrouw Janssen
INCLUDE common.ink

-> begin

=== begin ===
Maandagochtend in Roermond. # bg: keuken # music: verdrietig
Je doet de koelkast open.
Er staat een fles ketchup. En een pak melk dat zuur ruikt.
Verder niks. Net als gisteren. Net als vorige week.
In de kast vind je nog drie crackers. Je geeft er twee aan je zusje Yara.
Yara is vijf. Jij bent tien.
Heb jij geen honger? # speaker: zus # mood: neutraal
Nee hoor. # speaker: ik # mood: neutraal
Dat is niet waar. Je maag knort.
Je trekt je trui aan. Dezelfde als gisteren. En eergisteren.
Er zit een vlek op. Je doet je jas eroverheen.
Je broek is te kort geworden. Je schoenen hebben een gat.
Je loopt naar de slaapkamer van mama. Je klopt zachtjes. # sfx: klok
Mam? We gaan naar school. # speaker: ik
Ga maar, lieverd. Ik ben zo moe. # speaker: mama # mood: verdrietig
Sinds papa weg is, ligt mama veel in bed.
Ze is niet gemeen. Ze houdt van jullie. Dat zegt ze vaak.
Maar de boodschappen, de was, de tandarts ... Het lukt haar niet meer.
Dus doe jij het. Zo goed als je kan.
Je brengt Yara naar haar klas. Dan ga je naar de jouwe. # bg: schoolplein # sfx: schoolbel # leave: zus
-> lunch

=== lunch ===
Het is twaalf uur. Tijd om te eten. # bg: klas # music: rustig
Iedereen pakt een broodtrommel. Je ruikt kaas en pindakaas.
Tim zit naast je. Hij heeft drie boterhammen en een appel.
Waar is jouw lunch? # speaker: vriend # mood: neutraal
Dat vraagt Tim vaker. Wat doe je?
+ [Zeggen dat je je lunch vergeten bent]
  -> vergeten
+ [Naar de wc gaan tot de lunch voorbij is]
  -> wc
+ [Zeggen dat je al gegeten hebt en naar buiten gaan]
  -> buiten

=== vergeten ===
Vergeten. Stom, hè? # speaker: ik # mood: neutraal
Tim kijkt je aan.
Alweer? Vorige week was je hem ook steeds vergeten. # speaker: vriend
Hij schuift een boterham naar je toe. Zonder iets te zeggen.
Je eet hem heel snel op. Je schaamt je een beetje.
Dank je. # speaker: ik # mood: blij
Tim haalt zijn schouders op.
Geen punt. # speaker: vriend # mood: blij
Maar je ziet dat hij erover nadenkt.
-> training

=== wc ===
Ik moet even naar de wc. # speaker: ik
Je gaat naar de toiletten. Je doet de deur op slot. # bg: badkamer
Je drinkt water uit de kraan. Veel water.
Dan voelt je maag even vol.
Je wacht tot de bel gaat. Het duurt lang. # sfx: klok
Terug in de klas knort je buik. Heel hard. # bg: klas # sfx: schoolbel
Een paar kinderen lachen. Je wordt rood.
Tim lacht niet. Hij kijkt je alleen aan.
-> training

=== buiten ===
Ik heb thuis al gegeten. Ik ga voetballen. # speaker: ik
Je rent naar buiten. # bg: schoolplein
Je schiet de bal tegen de muur. Keer op keer.
Dan wordt alles even wazig. Je moet gaan zitten.
Je hoofd bonkt. Je benen voelen slap.
Tim komt naast je zitten. # enter: vriend
Gaat het? Je ziet wit. # speaker: vriend # mood: bang
Gewoon moe. # speaker: ik
Tim geeft je zijn appel. Je eet hem op tot het klokhuis.
-> training

=== training ===
Woensdagmiddag. Voetbaltraining. # bg: sportclub # music: gespannen # leave: vriend
Je voetbalt al twee jaar bij de club. Het is je favoriete uur van de week.
Maar vandaag gaat het niet.
Je schoenen hebben een gat. Je voet is nat.
Je hebt geen bidon. Je hebt vandaag alleen een cracker gegeten.
Bovendien doet je kies pijn. Al twee weken.
Mama zegt steeds: morgen bellen we de tandarts. Maar morgen komt niet.
Coach Ricardo fluit. # sfx: fluit
Sprintjes! Kom op, jongens en meiden! # speaker: coach # mood: blij
Je rent. Je benen zijn van elastiek.
Halverwege moet je stoppen. Alles draait.
Je gaat op het gras zitten. Je hoofd tussen je knieën.
Coach Ricardo komt aanlopen. Hij knielt naast je. # enter: coach
Rustig maar. Adem maar even. Ik ben bij je. # speaker: coach # mood: bang
-> rustmoment ->
Na de training zit je in de kantine. # music: rustig
Coach Ricardo zet een krentenbol en een beker chocomelk voor je neer.
Eet maar eerst. Dan praten we. # speaker: coach # mood: neutraal
Je eet alles op. Tot de laatste krent.
Ik zie al een tijdje dingen. # speaker: coach
Je schoenen. Je bent vaak moe. En je hebt nooit eten mee. # speaker: coach
Je bent niet in de problemen, hoor. Ik maak me zorgen. # speaker: coach
Hoe gaat het thuis? # speaker: coach
Je kijkt naar de lege beker. Wat doe je?
+ [Vertellen over de lege koelkast]
  -> einde_coach
+ [Zeggen dat alles goed is]
  -> niks_zeggen

=== niks_zeggen ===
Alles is goed, coach. Echt. # speaker: ik # mood: neutraal
Coach Ricardo knikt langzaam.
Oké. Je hoeft niks te vertellen. # speaker: coach # mood: neutraal
Maar na elke training ligt hier een krentenbol voor je. Afgesproken? # speaker: coach
En als je wilt praten, ben ik er. Altijd. # speaker: coach
-> avond

=== avond ===
Die avond zit je met Yara op de bank. # bg: woonkamer # music: verdrietig # leave: coach
Mama slaapt. De tv staat zacht aan.
Ik heb honger. # speaker: zus # mood: verdrietig
De crackers zijn op. Er is niks meer.
Je denkt aan mevrouw Janssen. De buurvrouw van hiernaast.
Ze gaf jullie vorige maand een zak appels. Ze is altijd aardig.
Wat doe je?
+ [Met Yara bij de buurvrouw aanbellen]
  -> einde_buurvrouw
+ [Toch maar niet aanbellen]
  -> einde_later

=== einde_coach ===
Je haalt diep adem. # music: rustig
Er is bijna nooit eten thuis. De koelkast is leeg. # speaker: ik # mood: verdrietig
Mama ligt veel in bed. Ik zorg voor Yara. # speaker: ik
Maar het lukt me niet altijd. # speaker: ik
Nu zijn je ogen nat. Je had het nog nooit hardop gezegd.
Coach Ricardo luistert. Hij wordt niet boos. Ook niet op mama.
Dank je dat je dit vertelt. Dat is heel dapper. # speaker: coach # mood: verdrietig
Weet je, elk kind heeft recht op eten. En op schone kleren, slaap en een dokter. # speaker: coach # mood: neutraal
Daar moeten grote mensen voor zorgen. Niet jij. # speaker: coach
Het is niet jouw schuld dat het thuis niet lukt. # speaker: coach
Ik wil niet dat mama problemen krijgt. # speaker: ik # mood: bang
Ik snap het. Ik denk dat mama vooral hulp nodig heeft. # speaker: coach
Soms lukt het grote mensen even niet. Dan is hulp heel gewoon. # speaker: coach
Ik wil advies vragen aan Veilig Thuis. # speaker: coach
Die luisteren, geven advies en kunnen hulp regelen voor jullie gezin. # speaker: coach
Ik vertel je eerst wat ik ga doen. Jij hoort alles. # speaker: coach # mood: blij
Twee weken later. # bg: keuken # music: hoopvol # leave: coach
Er komt een vrouw van het wijkteam langs. Ze helpt gezinnen die het moeilijk hebben.
Ze gaat met mama naar de dokter. En ze regelt een tandarts voor jou.
In de koelkast staan nu melk, kaas en yoghurt.
Het gaat nog niet elke dag goed. Mama is nog vaak moe.
Maar mama lacht weer eens. En jij hoeft niet meer alles alleen te doen.
-> spiegel

=== einde_buurvrouw ===
Kom, Yara. We gaan even naar de buren. # speaker: ik
Je belt aan bij mevrouw Janssen. # bg: straat # sfx: deurbel
De deur gaat open. Mevrouw Janssen heeft een schort voor. # enter: buurvrouw
Hé, jullie twee! Wat gezellig. # speaker: buurvrouw # mood: blij
Dan kijkt ze beter. Naar Yara. Naar jouw trui met de vlek.
Hebben jullie al gegeten? # speaker: buurvrouw # mood: neutraal
Yara schudt haar hoofd. Jij kijkt naar de grond.
Kom binnen. Er is nog soep. # speaker: buurvrouw # mood: neutraal
Jullie zitten in haar keuken. # bg: keuken
De soep is warm. Yara eet twee borden leeg.
Mevrouw Janssen vraagt niet waarom. Ze schenkt nog wat soep in.
Jullie mogen hier altijd komen. Dat meen ik. # speaker: buurvrouw
Zal ik morgen eens bij mama langsgaan? Om te kijken of ik kan helpen? # speaker: buurvrouw
Wordt ze dan niet boos? # speaker: ik # mood: bang
Ik ga niet boos doen op je moeder. Ik wil helpen. # speaker: buurvrouw # mood: neutraal
En ik ken mensen die gezinnen helpen. Dat is heel gewoon. # speaker: buurvrouw
Dit is niet jouw schuld. En jij hoeft dit niet alleen te dragen. # speaker: buurvrouw # music: hoopvol
Je voelt je warm vanbinnen. Door de soep. En door haar woorden.
-> spiegel

=== einde_later ===
Je blijft zitten. Je schaamt je te veel. # music: verdrietig
Je pakt een glas water voor Yara. En een voor jezelf.
Yara valt in slaap op de bank. Je legt een deken over haar heen.
Je denkt aan coach Ricardo. En aan de krentenbol.
Na elke training ligt er een voor je. Dat zei hij.
En als je wilt praten, is hij er.
Misschien vertel je het hem volgende week. # music: rustig
Je hoeft niet alles alleen te dragen. Hulp vragen mag altijd.
-> spiegel

=== spiegel ===
Dit verhaal is verzonnen. Maar het gebeurt echt. # music: rustig
Veel kinderen zorgen thuis voor zichzelf. Ze vertellen het aan niemand.
Je bent dus niet de enige.
Een keer geen lunch kan gebeuren. Dat is niet erg.
Maar vaak geen eten, geen schone kleren of geen dokter? Dat is niet oké.
Nu een vraag over jou. Je hoeft niks te zeggen.
Het spel stuurt je antwoord nergens heen.
Is er bij jou thuis weleens te weinig eten? Of geen schone kleren, of geen zorg als je ziek bent? # mirror: lichamelijke_verwaarlozing
+ [Nee, nooit]
  ~ mirror("lichamelijke_verwaarlozing", "nooit")
+ [Soms]
  ~ mirror("lichamelijke_verwaarlozing", "soms")
+ [Vaak]
  ~ mirror("lichamelijke_verwaarlozing", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("lichamelijke_verwaarlozing", "liever_niet")
+ [Het gebeurt nu en ik ben niet veilig]
  ~ danger()
  ~ mirror("lichamelijke_verwaarlozing", "vaak")
- Dank je dat je hierover nadacht.
Zorgen voor eten, kleren en een dokter is de taak van grote mensen.
Als dat thuis niet lukt, is dat nooit jouw schuld.
-> reflectie
