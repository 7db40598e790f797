# id: handle_with_care
# title: De ochtend erna
# theme: getuige_huiselijk_geweld
# note: Dit verhaal gaat over een kind dat 's nachts hoort dat de ouders heel erg ruzie maken, en de politie komt. De volgende ochtend helpt de meester op school, zonder vragen te stellen.
# age: 10
# minutes: 7
# cast: mama=Mama, papa=Papa, zus=Fenna, meester=Meester Tom, agent=Agent Sam
INCLUDE common.ink

-> begin

=== begin ===
Het is donderdagavond in Kerkrade. Al laat. # bg: slaapkamer # music: rustig
Je ligt in bed. Je bent tien. Je zusje Fenna slaapt in de kamer naast je.
Je was bijna in slaap. Dan hoor je stemmen beneden. # music: gespannen
Papa en mama. Eerst zacht. Dan harder.
Papa roept iets. Je verstaat het niet.
Mama roept terug. Haar stem klinkt hoog en bang.
Er valt iets kapot. # sfx: bord
Stop! Hou op! # speaker: mama # mood: bang
Je hart bonkt in je keel. Je bent klaarwakker.
Dit is niet de eerste keer. Maar zo erg was het nog nooit.
Wat doe je?
+ [Onder je dekens blijven]
  -> dekens
+ [Naar Fenna gaan]
  -> fenna
+ [112 bellen]
  -> bellen

=== dekens ===
Je trekt je dekens over je hoofd. Je knijpt in je knuffel. # music: stil
Je doet je handen op je oren. Toch hoor je het.
Geschreeuw. Een deur die dichtslaat. # sfx: deur_hard
Je telt in je hoofd. Tot honderd. En weer opnieuw.
Dan gaat de bel. # sfx: deurbel
Het is ineens stil beneden. Je hoort vreemde stemmen.
Iemand heeft de politie gebeld. Misschien de buren.
-> agent

=== fenna ===
Je sluipt naar de kamer van Fenna. Ze zit rechtop in bed. # enter: zus
Ik ben bang. # speaker: zus # mood: bang
Je kruipt bij haar onder het dekbed. Je slaat je armen om haar heen.
Zullen we een liedje zingen? Heel zachtjes? # speaker: ik # mood: bang
Jullie zingen het liedje van de kabouter. Steeds opnieuw. # music: stil
Zo hoor je beneden minder. Een beetje minder.
Je bent zelf ook bang. Maar je laat het niet merken.
Dan gaat de bel. # sfx: deurbel
Het is ineens stil beneden. Je hoort vreemde stemmen.
Iemand heeft de politie gebeld. Misschien de buren.
-> agent

=== bellen ===
Je pakt je telefoon. Die heb je pas sinds je verjaardag. Je handen trillen.
Je weet het nummer. Dat heb je op school geleerd. 1 1 2.
Je belt. Het duurt maar even. # sfx: telefoon
Een rustige stem vraagt wat er aan de hand is.
Je fluistert.
Papa en mama maken heel erg ruzie. Er gaat iets kapot. Ik ben bang. # speaker: ik # mood: bang
De stem vraagt je adres. Je weet het uit je hoofd.
"Je doet het heel goed. Er komt nu hulp. Blijf op je kamer."
Je blijft aan de lijn. De stem praat rustig met je. # music: stil
Na een paar minuten gaat de bel. # sfx: deurbel
Het is ineens stil beneden. Je hoort vreemde stemmen.
Jij hebt de politie gebeld. Dat was heel dapper. En het was goed.
-> agent

=== agent ===
Voetstappen op de trap. # sfx: voetstappen
Er wordt zachtjes op de deur geklopt.
Er staat een agent in de deuropening. Met een vriendelijk gezicht. # enter: agent
{fenna:
  Fenna kruipt dichter tegen je aan.
}
Hoi. Ik ben agent Sam. Jullie hoeven niet te schrikken. # speaker: agent # mood: neutraal
Het is nu rustig beneden. Jullie zijn veilig. # speaker: agent
{bellen:
  Was jij degene die belde? Dat heb je heel goed gedaan. # speaker: agent # mood: blij
}
Is papa boos op mij? # speaker: ik # mood: bang
Nee. Dit is niet jouw schuld. Helemaal niet. # speaker: agent # mood: neutraal
Als grote mensen zo ruzie maken, is dat nooit de schuld van een kind. # speaker: agent
Mijn collega praat beneden met papa en mama. # speaker: agent
Mama komt zo bij je. Probeer maar een beetje te slapen. # speaker: agent
Even later komt mama boven. Haar ogen zijn rood. # leave: agent # enter: mama
Ze gaat op de rand van je bed zitten. Ze aait over je haar.
Papa slaapt een paar nachten bij oom Rob. Het komt goed, lieverd. # speaker: mama # mood: verdrietig
Je weet niet of dat waar is. Maar ze blijft bij je tot je slaapt. # leave: mama
Papa is niet altijd zo. Hij kan ook heel lief zijn. Dat weet je.
Je kunt van iemand houden en toch bang voor hem zijn. Dat kan allebei.
-> rustmoment ->
-> ochtend

=== ochtend ===
De volgende ochtend. # bg: keuken # music: rustig
Je bent zo moe. Je ogen prikken.
Mama smeert boterhammen. Ze praat niet veel.
Aan tafel is de plek van papa leeg.
Je wilt vandaag niet naar school. En ook wel. Thuis is het zo stil.
Mama brengt jullie met de auto. # bg: schoolplein # sfx: schoolbel
Op het plein rennen kinderen. Alles is gewoon. Heel raar.
Meester Tom staat bij de deur van de klas. Zoals elke ochtend. # enter: meester
Goedemorgen! Fijn dat je er bent. # speaker: meester # mood: blij
Hij geeft je een high five. En dan kijkt hij je even aan. Rustig. Vriendelijk.
Je bent er vandaag een beetje stil, hè? Dat mag. # speaker: meester # mood: neutraal
Hij vraagt niet waarom. Hij vraagt niks.
Vandaag mag jij kiezen. Wil je eerst even rustig in de leeshoek zitten? # speaker: meester
Of gewoon meedoen? Of wil je even met mij praten? # speaker: meester
+ [De leeshoek]
  -> leeshoek
+ [Gewoon meedoen]
  -> meedoen
+ [Met meester Tom praten]
  -> praten

=== leeshoek ===
Je gaat in de leeshoek zitten. Op het grote kussen. # bg: klas # music: rustig
De andere kinderen beginnen met rekenen.
Meester Tom brengt je een glas water. En een krentenbol.
Voor als je trek hebt. # speaker: meester # mood: neutraal
Je pakt een stripboek. Je leest dezelfde bladzijde drie keer.
Dan vallen je ogen dicht.
Als je wakker wordt, is het al pauze. # sfx: schoolbel
Er ligt een deken over je heen. Meester Tom zit aan zijn bureau.
Je hebt even geslapen. Dat was nodig, denk ik. # speaker: meester # mood: blij
Hij zegt niks over rekenen. Hij vraagt niks over thuis.
-> einde_stil

=== meedoen ===
Je gaat gewoon op je plek zitten. # bg: klas
Het is dictee. Meester Tom leest de woorden voor.
Je schrijft. Maar de letters dansen. Je hoort steeds dat bord vallen.
Je gum valt op de grond. Je schrikt ervan. Heel erg.
Meester Tom komt naast je staan. Hij buigt zich naar je toe.
Weet je wat? Dit dictee mag je volgende week maken. # speaker: meester # mood: neutraal
Wil je de plantjes water geven? Dat is een rustig klusje. # speaker: meester
Je knikt. Je geeft alle plantjes water. Ook de cactus, die eigenlijk niks nodig heeft.
Dat helpt. Je hoofd wordt een beetje rustiger.
-> einde_stil

=== praten ===
Meester Tom vraagt een collega om even op de klas te letten.
Jullie gaan naar het lege lokaal ernaast. # bg: klas
Hij gaat op een krukje zitten. Nu is hij net zo groot als jij.
Er was vannacht politie bij ons. # speaker: ik # mood: verdrietig
Dank je dat je het me vertelt. Je hoeft niks uit te leggen. # speaker: meester # mood: neutraal
Je mag vertellen wat je wilt. Of niks. Allebei is goed. # speaker: meester
Je vertelt een beetje. Over het schreeuwen. Over het bord.
{bellen:
  En dat je zelf 112 hebt gebeld.
}
{fenna:
  En dat je voor Fenna hebt gezorgd.
}
Meester Tom luistert. Hij wordt niet boos. Hij schrikt niet.
Wat heb jij een nare nacht gehad. # speaker: meester # mood: verdrietig
Ik wil dat je iets weet. Dit is niet jouw schuld. # speaker: meester # mood: neutraal
Grote mensen moeten hun ruzie zelf oplossen. Niet jij. # speaker: meester
-> praten_meer

= praten_meer
Is er iets wat jou nu zou helpen? # speaker: meester
+ [Ik wil gewoon even niet denken]
  Ik wil gewoon even niet denken. # speaker: ik # mood: neutraal
  Dat snap ik. Zullen we samen de gymzaal klaarzetten? Dan heb je iets te doen. # speaker: meester # mood: blij
  Jullie sjouwen matten en ballen. Na een tijdje lach je zelfs even.
+ [Ik ben bang dat het weer gebeurt]
  Ik ben bang dat het weer gebeurt. # speaker: ik # mood: bang
  Dat is een heel begrijpelijke angst. # speaker: meester # mood: neutraal
  Er zijn mensen die jullie gezin kunnen helpen. Zodat het thuis weer veilig wordt. # speaker: meester
  En als het weer gebeurt, mag je altijd 112 bellen. # speaker: meester
- Ik wil dit graag met juf Mariëlle bespreken. Zij is onze intern begeleider. # speaker: meester # mood: neutraal
Dat is iemand op school die helpt als het thuis of op school moeilijk is. # speaker: meester
Ik bespreek met jou wat we doen. Niks gebeurt achter jouw rug. # speaker: meester
-> einde_verteld

=== einde_stil ===
De dag gaat langzaam voorbij. # music: hoopvol
Om drie uur gaat de bel. # sfx: schoolbel
Meester Tom zwaait je gedag bij de deur.
Morgen ben ik er weer. Als je wilt praten, kan dat. Hoeft niet. # speaker: meester # mood: blij
Op weg naar huis denk je na.
Wist meester Tom het? Van vannacht?
Misschien. Hij vroeg niks. Maar hij was er. Hij was de hele dag extra lief.
Dat voelde fijn. Alsof iemand een deken over je heen legde.
-> uitleg

=== einde_verteld ===
Om drie uur gaat de bel. # sfx: schoolbel # music: hoopvol
Fenna staat al op het plein. Vandaag haalt oma jullie op. # bg: schoolplein # enter: zus
Meester Tom loopt even mee naar het hek.
Morgen praten we verder, met juf Mariëlle erbij. Als jij dat wilt. # speaker: meester # mood: blij
Je voelt je nog steeds moe. Maar minder alleen.
Je pakt Fenna's hand. Samen lopen jullie naar oma toe.
-> uitleg

=== uitleg ===
Dit verhaal is verzonnen. Maar het gebeurt echt. # music: rustig
In Zuid-Limburg krijgt school soms een seintje van de politie.
Dat gebeurt als de politie bij een gezin met kinderen is geweest.
School hoort dan alleen dát er iets was. Niet wat er gebeurde.
Zo kan de juf of meester extra goed op je letten. Dat heet Handle with Care. # discuss: Wat zou jou helpen op school, na zo'n nacht?
Zien of horen dat je ouders elkaar pijn doen of bang maken, is heel zwaar.
Het telt daarom ook als kindermishandeling. Ook als niemand jou zelf pijn doet.
Het is nooit jouw schuld.
Nu een vraag over jou. Je hoeft niks te zeggen.
Het spel stuurt je antwoord nergens heen.
Zie of hoor jij thuis weleens dat iemand een ander slaat, bedreigt of bang maakt? # mirror: getuige_huiselijk_geweld
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
- Dank je dat je hierover nadacht.
Als thuis ruzie zo erg wordt dat je bang bent, mag je altijd 112 bellen.
En het is nooit jouw schuld.
-> reflectie
