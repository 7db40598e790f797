# id: alleen
# title: Niemand kijkt
# theme: emotionele_verwaarlozing
# note: Dit verhaal gaat over een kind dat thuis alles heeft, behalve aandacht. Niemand ziet of hoort het echt.
# age: 13
# minutes: 7
# cast: mama=Mama, papa=Papa, vriendin=Noor, oma=Oma Fien
INCLUDE common.ink

-> begin

=== begin ===
Dinsdagavond in Maastricht. # bg: woonkamer # music: rustig
Je komt thuis van voetbal. Je bent veertien. Je hart bonkt nog van blijdschap.
De trainer zei het net: jij speelt zaterdag de finale. In de basis!
Papa zit aan tafel achter zijn laptop. # enter: papa
Mama zit op de bank. Ze kijkt op haar telefoon. # enter: mama
Ik mag zaterdag de finale spelen! # speaker: ik # mood: blij
Mm. Leuk. # speaker: papa # mood: neutraal
Papa kijkt niet op. Hij typt gewoon door.
Mama steekt haar hand op. Ze praat in haar oortje.
Niet nu, ik zit in een call. # speaker: mama # mood: neutraal
Je blijft even staan. Niemand kijkt.
In de keuken staat een bakje lasagne. Voor in de magnetron.
Er is altijd eten. Je hebt een eigen kamer. En een nieuwe telefoon.
Maar niemand vraagt ooit hoe je dag was.
Zo gaat het al heel lang.
Vroeger las papa je voor. Elke avond een hoofdstuk. Dat weet je nog.
Nu werkt hij altijd. En mama is altijd ergens anders met haar hoofd.
Vorige maand had je koorts. Mama merkte het pas de volgende avond.
Op de ouderavond kwam niemand. Papa moest werken. Mama vergat het.
Je eet je lasagne alleen aan het aanrecht. # bg: keuken # sfx: klok
Wat doe je nu?
+ [Het nog een keer aan mama vertellen]
  -> nog_eens
+ [Noor een berichtje sturen]
  -> noor
+ [Naar je kamer gaan en niks zeggen]
  -> kamer

=== nog_eens ===
Je loopt terug naar de woonkamer. Mama is klaar met bellen. # bg: woonkamer
Mam? Ik mag zaterdag de finale spelen. Kom je kijken? # speaker: ik # mood: neutraal
Zaterdag? Ik weet niet. Ik heb zaterdag zoveel. # speaker: mama # mood: neutraal
Ze kijkt alweer naar haar telefoon.
Vraag het papa maar. # speaker: mama
Papa? # speaker: ik
Papa zet zijn koptelefoon op. Hij hoorde je niet. Of deed hij alsof?
Je gaat naar boven. Niemand zegt welterusten. # bg: slaapkamer # leave: mama # leave: papa
Je voelt je onzichtbaar. Alsof je van glas bent.
Dat gevoel is niet gek. Je wilt gezien worden. Dat wil ieder kind.
-> zaterdag

=== noor ===
Je gaat naar je kamer en pakt je telefoon. # bg: slaapkamer # leave: mama # leave: papa
Ik speel zaterdag de finale!!! # speaker: ik # mood: blij
Binnen een minuut belt Noor. # sfx: telefoon
WAT? Echt? Wat goed! Ik kom kijken! # speaker: vriendin # mood: blij
Noor gilt zo hard dat je de telefoon van je oor houdt. Je lacht.
Wat zeiden je ouders? # speaker: vriendin # mood: neutraal
Niks eigenlijk. Mm, leuk. # speaker: ik # mood: verdrietig
Noor is even stil.
Mijn ouders vragen altijd honderd dingen. Soms is dat irritant. # speaker: vriendin
Maar vragen die van jou eigenlijk nooit iets? # speaker: vriendin
Je weet niet wat je moet zeggen. Je slikt.
Nee. Bijna nooit. # speaker: ik
Dat is niet leuk. Dat verdien je niet. # speaker: vriendin # mood: verdrietig
-> zaterdag

=== kamer ===
Je zegt niks. Je gaat naar boven. # bg: slaapkamer # leave: mama # leave: papa
Je ligt op je bed met je koptelefoon op. # music: verdrietig
Je denkt na over vandaag.
Hoeveel woorden heb je thuis gezegd? Tien? Misschien vijf.
Je zet je muziek uit. Het huis is heel stil.
Beneden hoor je papa typen. En mama lachen om iets op haar telefoon.
Ze zijn zo dichtbij. Toch voelt het alsof je alleen woont.
Het voelt leeg vanbinnen. Dat gevoel mag er zijn.
Je wilt gezien worden. Dat wil ieder kind.
-> zaterdag

=== zaterdag ===
Donderdag krijg je een acht voor Engels. # bg: keuken # music: rustig
Je legt de toets op de keukentafel. Zodat ze hem zien.
Op vrijdag ligt hij er nog. Onder een folder van de pizzeria.
Niemand heeft er iets over gezegd.
Vrijdagavond eet iedereen op een andere plek. Papa in zijn werkkamer. Mama op de bank.
Jij op je kamer. Met je bord op schoot.
Zaterdag. De finale. # bg: sportclub # music: gespannen # sfx: fluit
Langs het veld staan ouders met vlaggen en koffie.
Je kijkt rond. Je zoekt papa en mama. Ze zijn er niet.
Papa moest werken. Mama had een afspraak bij de kapper.
{noor:
  Alleen Noor staat er. Met een bord: ZET HEM OP! # enter: vriendin
}
In de laatste minuut krijg je de bal. Je schiet.
Goal! # sfx: fluit # music: hoopvol
Je team wint. Iedereen springt op je.
Ouders rennen het veld op. Ze knuffelen hun kinderen.
{noor:
  Noor rent naar je toe.
  Je was geweldig! # speaker: vriendin # mood: blij
  Maar Noor moet daarna snel naar huis. Haar ouders wachten. # leave: vriendin
}
Na de prijsuitreiking loop je alleen naar huis. # bg: straat # music: verdrietig
Met een medaille om je nek.
Niemand heeft een foto gemaakt.
Je blijdschap voelt ineens heel klein.
-> rustmoment ->
Je staat op de hoek van de straat.
Links is de weg naar huis. Rechts de weg naar oma Fien.
Oma woont tien minuten verder.
+ [Naar oma fietsen]
  -> einde_oma
+ [Naar huis gaan]
  -> einde_thuis

=== einde_oma ===
Je belt aan bij oma Fien. # bg: woonkamer # sfx: deurbel # music: rustig
Oma doet open. Haar ogen worden groot.
Wat heb jij om je nek? Kom binnen! Vertel! # speaker: oma # mood: blij
Ze zet thee. Ze pakt de koektrommel.
Ze wil alles weten. Hoe de goal ging. Wie de bal gaf. Hoe het voelde.
Je vertelt het drie keer. Oma luistert drie keer.
Dan kijkt ze je aan.
Waar waren papa en mama? # speaker: oma # mood: neutraal
Je kijkt naar je thee.
Ze hadden geen tijd. Ze hebben nooit tijd. # speaker: ik # mood: verdrietig
Soms denk ik dat ze niet eens merken dat ik er ben. # speaker: ik
Oma legt haar hand op je arm.
Dank je dat je me dat vertelt. Dat klinkt heel eenzaam. # speaker: oma # mood: verdrietig
Ieder kind heeft iemand nodig die kijkt en luistert. # speaker: oma # mood: neutraal
Het ligt niet aan jou. Het is niet jouw schuld. # speaker: oma
Jij bent het waard om gezien te worden. # speaker: oma
Zal ik eens met je moeder praten? Ik ben tenslotte haar moeder. # speaker: oma
Ik ga niet boos doen. Ik wil dat het beter wordt voor jou. # speaker: oma
+ [Ja, graag]
  Ja. Maar wel samen met mij erbij. # speaker: ik # mood: neutraal
  Afgesproken. We doen het samen. # speaker: oma # mood: blij
+ [Nog niet]
  Nog niet, oma. Ik ben bang dat het raar wordt. # speaker: ik # mood: bang
  Dat snap ik. Jij bepaalt het tempo. # speaker: oma # mood: neutraal
  Maar kom elke zaterdag hier eten. Dan vertel je me alles. # speaker: oma # mood: blij
- Oma maakt een foto van jou met je medaille. # music: hoopvol
Ze zet hem meteen op haar kast. Naast de foto van opa.
Zo. Die blijft daar staan. # speaker: oma # mood: blij
Thuis is het nog niet anders. Maar er is iemand die je ziet.
En oma zegt: er zijn ook mensen die je kunt bellen of chatten. De Kindertelefoon bijvoorbeeld.
Je bent niet meer zo alleen.
-> spiegel

=== einde_thuis ===
Je loopt naar huis. De deur is open. # bg: woonkamer # sfx: deur
Papa zit achter zijn laptop. Mama is terug van de kapper. # enter: papa
Je staat in de kamer. Met je medaille.
Niemand vraagt hoe het ging.
Je haalt diep adem.
Mam. Pap. Jullie hebben niet eens gevraagd hoe het ging. # speaker: ik # mood: boos
Mama kijkt op. Even lijkt ze te schrikken. # enter: mama
O ... sorry, schat. Hoe ging het? # speaker: mama # mood: neutraal
We hebben gewonnen. Ik heb gescoord. # speaker: ik # mood: neutraal
Goed zo. # speaker: papa # mood: neutraal
Mama knikt. Een minuut later kijkt ze weer op haar telefoon.
Je gaat naar je kamer. # bg: slaapkamer # leave: mama # leave: papa
Je voelt je boos. En verdrietig. En ook een beetje dom, omdat je het vroeg.
Maar dat is niet dom. Jij vroeg gewoon om wat ieder kind nodig heeft.
Je hangt de medaille aan je lamp. Hij draait langzaam rond.
Je was dapper. Aandacht vragen mag altijd.
Het ligt niet aan jou dat het thuis niet lukt.
Je pakt je telefoon. Je stuurt Noor een foto van de medaille. # sfx: melding
Je denkt na. Wie kan ik dit nog meer vertellen? Oma Fien misschien. Of je mentor.
Of de Kindertelefoon. Daar kun je gratis chatten. Je hoeft je naam niet te zeggen. # music: hoopvol
Als het thuis niet lukt, mag je het ergens anders zoeken.
-> spiegel

=== spiegel ===
Dit verhaal is verzonnen. Maar het gebeurt echt, ook in gezinnen met genoeg geld. # music: rustig
Het is zelfs de vorm van kindermishandeling die het vaakst voorkomt.
Je bent dus niet de enige.
Het is normaal dat ouders het soms druk hebben.
Maar als niemand thuis ooit echt naar je kijkt of luistert? Dan is er iets niet goed.
Nu een vraag over jou. Je hoeft niks te zeggen.
Het spel stuurt je antwoord nergens heen.
Heb jij thuis weleens het gevoel dat niemand je ziet of naar je luistert? # mirror: emotionele_verwaarlozing
+ [Nee, nooit]
  ~ mirror("emotionele_verwaarlozing", "nooit")
+ [Soms]
  ~ mirror("emotionele_verwaarlozing", "soms")
+ [Vaak]
  ~ mirror("emotionele_verwaarlozing", "vaak")
+ [Zeg ik liever niet]
  ~ mirror("emotionele_verwaarlozing", "liever_niet")
- Dank je dat je hierover nadacht.
Jij verdient iemand die naar je kijkt en luistert.
Als dat thuis niet lukt, is dat nooit jouw schuld.
-> reflectie
