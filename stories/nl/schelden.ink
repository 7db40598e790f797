# id: schelden
# title: Woorden die blijven
# theme: emotionele_mishandeling
# note: Dit verhaal gaat over een moeder die haar kind steeds uitscheldt, kleineert en bang maakt. Niemand wordt geslagen.
# age: 13
# minutes: 7
# cast: mama=Mama, zus=Mila, vriend=Daan, mentor=Mevrouw Aydin
INCLUDE common.ink

-> begin

=== begin ===
Maandagochtend in Venlo. # bg: keuken # music: rustig
Je bent dertien. Je woont met mama en je zusje Mila. Mila is acht.
Je komt de keuken in. Mama drinkt koffie. Ze kijkt op de klok. # sfx: klok
Sta je nu pas op? Lui varken. # speaker: mama # mood: boos # music: gespannen
Mila krijgt een kus en een boterham met hagelslag.
Jij pakt zelf maar een boterham. Je zegt niks.
Dinsdag. # bg: woonkamer
Je laat je rapport zien. Een vijf voor wiskunde.
Natuurlijk. Dom kind. Van mij heb je dat niet. # speaker: mama # mood: boos
Woensdag. # bg: keuken
Je vergeet de vuilniszak buiten te zetten.
Jij bent ook nergens goed voor. Ik schaam me voor jou. # speaker: mama
Als je zo doorgaat, breng ik je naar een tehuis. # speaker: mama
Je weet niet of ze het meent. Je durft het niet te vragen.
Zo gaat het al heel lang. Niet elke dag. Maar wel heel vaak.
Mama werkt lange dagen in een groot magazijn. Ze is vaak moe.
Soms is ze ook lief. Dan kijken jullie samen een serie op de bank.
Dat zijn de goede avonden. Daar wacht je altijd op.
-> donderdag

=== donderdag ===
Donderdagmiddag. Daan komt bij je huiswerk maken. # bg: woonkamer # music: rustig
Daan zit naast je in de klas. Hij is grappig en goed in wiskunde.
Jullie zitten aan tafel. Daan legt een som uit. Voor het eerst snap je het.
Dan gaat de voordeur open. # sfx: deur_hard
Mama is vroeg thuis. # enter: mama
Ze kijkt naar de boeken op tafel. En naar Daan.
O, huiswerk? Succes, Daan. # speaker: mama # mood: neutraal # music: gespannen
Let maar niet op mijn kind. Die snapt nooit iets. # speaker: mama # mood: boos
Hopeloos geval. Altijd al geweest. # speaker: mama
Daan kijkt naar zijn schrift. Zijn oren worden rood.
Je gezicht gloeit. Je wilt het liefst verdwijnen.
Wat doe je?
+ [Niks zeggen en met Daan naar je kamer gaan]
  -> met_daan
+ [Terugpraten tegen mama]
  -> terugpraten
+ [Daan vragen om naar huis te gaan]
  -> daan_weg

=== met_daan ===
Kom, we gaan naar boven. # speaker: ik # mood: verdrietig
Je pakt je boeken. Daan loopt achter je aan. # bg: slaapkamer # sfx: deur # leave: mama
Even zeggen jullie niks. Daan zit op je bureaustoel.
Zegt je moeder dat vaker? # speaker: vriend # mood: verdrietig
Je haalt je schouders op.
Zo is ze gewoon. # speaker: ik # mood: neutraal
Daan draait een rondje op de stoel. Dan stopt hij.
Mijn moeder wordt ook weleens boos. Maar zulke dingen zegt ze nooit. # speaker: vriend # mood: neutraal
Jij bent niet dom, hoor. Je snapte die som net gewoon. # speaker: vriend # mood: blij
Je weet niet wat je moet zeggen. Je knikt alleen.
Maar het voelt warm vanbinnen. Iemand zag het.
-> avond

=== terugpraten ===
Waarom zeg je dat nou? Daan is hier! # speaker: ik # mood: boos
Mama's ogen worden smal.
Wat zei je? Wil je een grote mond tegen mij? # speaker: mama # mood: boos
Nog één woord en je kunt je koffer pakken. # speaker: mama
Daan pakt snel zijn tas.
Ik moet eh ... naar huis. Doei. # speaker: vriend # mood: bang
De voordeur valt achter hem dicht. # sfx: deur # leave: vriend
Je rent naar boven. # bg: slaapkamer # leave: mama
Je zit op de grond, met je rug tegen de deur.
Morgen weet de hele klas het vast. Dat denk je.
Je hebt niks fout gedaan. Je zei alleen wat je voelde. Dat mag.
-> avond

=== daan_weg ===
Daan, misschien kun je beter naar huis gaan. # speaker: ik # mood: verdrietig
Daan kijkt je aan. Dan knikt hij.
Oké. Tot morgen. Ik app je. # speaker: vriend # mood: neutraal
Hij gaat. # sfx: deur # leave: vriend
Je gaat naar je kamer. Je schaamt je. # bg: slaapkamer # leave: mama
Voor mama. En voor jezelf. Al weet je niet eens waarom.
Dan komt Mila binnen. Ze heeft haar leesboek bij zich. # enter: zus
Mama is weer boos, hè? # speaker: zus # mood: verdrietig
Jij bent niet dom. Jij helpt mij altijd met lezen. # speaker: zus
Ze kruipt naast je. Jullie lezen samen een hoofdstuk.
Je telefoon trilt. Een bericht van Daan. # sfx: melding
Gaat het? Ik vond dat echt niet oké van je moeder. # speaker: vriend # mood: verdrietig
-> avond

=== avond ===
Die nacht lig je lang wakker. # bg: slaapkamer # music: verdrietig
In je hoofd hoor je mama's woorden. Dom. Lui. Hopeloos.
Misschien heeft ze gelijk, denk je. Misschien ben ik echt zo.
Als iemand iets heel vaak zegt, ga je het geloven.
Maar het is niet waar.
Woorden geven geen blauwe plek. Toch kunnen ze heel veel pijn doen.
Een ouder die een kind steeds uitscheldt, kleineert of bang maakt: dat is niet oké.
Het heet emotionele mishandeling. # discuss: Wat is het verschil tussen een keer boos roepen en steeds uitschelden?
Ook als de ouder moe is. Ook als de ouder soms lief is.
En het is nooit de schuld van het kind.
-> rustmoment ->
-> vrijdag

=== vrijdag ===
Vrijdag, het mentoruur. # bg: klas # sfx: schoolbel # music: rustig
Jullie krijgen de wiskundetoets terug. Je hebt een vier.
Je propt het blad in je tas.
Ik ben gewoon dom. # speaker: ik # mood: verdrietig
Je zegt het zacht. Maar mevrouw Aydin hoort het. Zij is je mentor.
Na de les vraagt ze of je even blijft.
Ik hoorde je iets zeggen. Dat je dom bent. # speaker: mentor # mood: neutraal
Dat is een harde zin. Zeg je dat vaker over jezelf? # speaker: mentor
Je kijkt naar je schoenen. Wat doe je?
+ [Vertellen wat mama thuis zegt]
  -> vertellen
+ [Zeggen dat het maar een grapje was]
  -> grapje

=== vertellen ===
Mevrouw Aydin neemt je mee naar de mentorkamer. # bg: mentorkamer
Ze doet de deur dicht en zet twee bekers thee neer.
Vertel maar. We hebben de tijd. # speaker: mentor # mood: neutraal
Je vertelt over maandag. Over het rapport. Over de vuilniszak.
Over Daan. En over het tehuis.
Het gaat al zo lang. Ik dacht dat het normaal was. # speaker: ik # mood: verdrietig
Mevrouw Aydin luistert. Ze valt je niet in de rede.
Dank je wel dat je dit vertelt. Dat is moedig. # speaker: mentor
Wat je vertelt, klinkt niet normaal. Je verdient het niet om zo genoemd te worden. # speaker: mentor
Het is niet jouw schuld. # speaker: mentor
Mama zegt dat ik naar een tehuis moet als ik zo doorga. # speaker: ik # mood: bang
Dat is een heel enge zin om te horen. # speaker: mentor # mood: verdrietig
Maar kinderen gaan niet zomaar weg van huis. # speaker: mentor # mood: neutraal
Meestal krijgt het gezin hulp. En blijf je gewoon thuis wonen. # speaker: mentor
Wat gaat u nu doen? # speaker: ik
Ik wil graag de vertrouwenspersoon erbij vragen. # speaker: mentor
Dat is iemand op school die helpt als het thuis niet goed gaat. # speaker: mentor
Misschien vragen we ook advies aan Veilig Thuis. # speaker: mentor
Die luisteren, geven advies en kunnen hulp regelen voor jullie gezin. # speaker: mentor
Ik kan dit niet geheimhouden. Maar ik doe niks achter jouw rug. # speaker: mentor
We bespreken elke stap eerst samen. # speaker: mentor # mood: blij
-> einde_mentor

=== grapje ===
Ach, dat was maar een grapje, mevrouw. # speaker: ik # mood: neutraal
Mevrouw Aydin kijkt je even aan. Ze gelooft je niet helemaal.
Oké. Maar luister. Jij bent niet dom. # speaker: mentor # mood: neutraal
Een vier voor een toets zegt niks over wie jij bent. # speaker: mentor
Als er iets is, thuis of op school, mijn deur staat open. # speaker: mentor
Die avond lig je op je bed. Het is stil in huis. # bg: slaapkamer # music: verdrietig # leave: mentor
Je pakt je telefoon. Je denkt aan de Kindertelefoon.
Daar kun je gratis chatten. Je hoeft je naam niet te zeggen.
Wat doe je?
+ [De chat openen]
  -> einde_chat
+ [Je telefoon wegleggen]
  -> einde_later

=== einde_mentor ===
Het is weekend. # bg: woonkamer # music: hoopvol
Thuis is het nog niet anders. Mama moppert over de afwas.
Maar er is iets veranderd. Vanbinnen.
Je weet nu: het ligt niet aan jou.
Je telefoon trilt. Een bericht van Daan. # sfx: melding
Zin om zaterdag te voetballen? # speaker: vriend # mood: blij
Je typt terug: ja!
Maandag praat je weer met mevrouw Aydin. Je bent niet meer alleen.
-> spiegel

=== einde_chat ===
Je opent de chat op de site van de Kindertelefoon. # music: rustig
Je hoeft niet te bellen. Je naam is niet nodig.
Even later komt er een bericht van een medewerker.
"Hoi! Fijn dat je er bent. Waar wil je over praten?"
Je typt langzaam. Je vertelt over mama. Over de woorden. # sfx: melding
Het antwoord komt rustig.
"Wat goed dat je dit vertelt. Dat klinkt heel naar."
"Zulke dingen mag niemand tegen jou zeggen. Ook je moeder niet."
"Het is niet jouw schuld."
Jullie chatten een half uur. Over mama. Over school. Over Daan.
De medewerker vraagt wie je op school vertrouwt. Je denkt aan mevrouw Aydin.
"Misschien kun je het haar vertellen. Wil je oefenen wat je zegt?"
Jullie oefenen samen één zin: "Mevrouw Aydin, thuis gaat het niet goed." # music: hoopvol
Het voelt alsof er een steen van je borst is gehaald.
-> spiegel

=== einde_later ===
Je legt je telefoon onder je kussen. Nu nog niet. # music: rustig
Dat is oké. Jij bepaalt wanneer je eraan toe bent.
Dan gaat je deur open. Mila sluipt naar binnen. # sfx: deur # enter: zus
Mag ik bij jou slapen? # speaker: zus # mood: neutraal
Ze kruipt naast je. Ze is zo weer in slaap.
Je pakt een pen en een blaadje. Je schrijft op waar je goed in bent. # music: hoopvol
Voorlezen aan Mila. Voetballen. Tekenen. Grapjes maken.
Het lijstje is langer dan je dacht.
Mama's woorden zijn niet de waarheid over jou.
Misschien klop je maandag bij mevrouw Aydin aan. Haar deur staat open.
-> spiegel

=== spiegel ===
Dit verhaal is verzonnen. Maar het gebeurt echt, in veel gezinnen. # music: rustig
Je bent dus niet de enige.
Boos worden gebeurt in elk gezin weleens. Dat is normaal.
Maar steeds uitschelden, uitlachen of bang maken is niet normaal.
Nu een vraag over jou. Je hoeft niks te zeggen.
Het spel stuurt je antwoord nergens heen.
Word jij thuis weleens uitgescholden, uitgelachen of bang gemaakt? # mirror: emotionele_mishandeling
+ [Nee, nooit]
  ~ mirror("emotionele_mishandeling", "nooit")
+ [Soms]
  ~ mirror("emotionele_mishandeling", "soms")
+ [Vaak]
  ~ mirror("emotionele_mishandeling", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("emotionele_mishandeling", "liever_niet")
+ [Het gebeurt nu en ik ben niet veilig]
  ~ danger()
  ~ mirror("emotionele_mishandeling", "vaak")
- Dank je dat je hierover nadacht.
Wat iemand ook tegen je zegt: jij bent niet dom, lui of hopeloos.
En het is nooit jouw schuld.
-> reflectie
