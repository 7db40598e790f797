# id: vertellen
# title: Oefenen met vertellen
# theme: emotionele_mishandeling
# kind: oefenen
# note: Dit is een oefening. Je oefent hoe je aan een volwassene vertelt dat het thuis niet goed gaat. Er komt geen geweld in voor.
# age: 10
# minutes: 5
# cast: mentor=Mevrouw Yilmaz, juf=Juf Maud, coach=Coach Dennis
INCLUDE common.ink

-> begin

// Aan wie je het vertelt: "mentor", "juf" of "coach".
VAR wie = "mentor"
// Met welke zin je begint: "thuis", "moeilijk" of "bang".
VAR zin = "thuis"

=== begin ===
Je ligt op je bed. Dit is een oefening. # bg: slaapkamer # music: rustig
Stel je voor: thuis gebeurt iets wat niet goed voelt.
Je wilt het aan iemand vertellen. Maar hoe doe je dat?
Veel kinderen vinden dat heel moeilijk.
Ze zijn bang. Of ze schamen zich.
Of ze willen niet dat hun ouders in de problemen komen.
Dat is allemaal normaal. Hier kun je oefenen.
Stap 1. Aan wie vertel je het? # discuss: Welke volwassenen zou jij vertrouwen? Waarom juist zij?
Kies iemand die je vertrouwt. Iemand die je vaak ziet.
+ [Aan mijn mentor, mevrouw Yilmaz]
  ~ wie = "mentor"
  -> kies_mentor
+ [Aan mijn juf, juf Maud]
  ~ wie = "juf"
  -> kies_juf
+ [Aan mijn voetbalcoach, coach Dennis]
  ~ wie = "coach"
  -> kies_coach

=== kies_mentor ===
Mevrouw Yilmaz is je mentor op de middelbare school. # bg: klas # music: hoopvol
Ze vraagt vaak hoe het met je gaat. En ze wacht echt op je antwoord.
Hoi! Fijn dat je er bent. # speaker: mentor # mood: blij
-> wanneer

=== kies_juf ===
Juf Maud is je juf in groep 8. # bg: klas # music: hoopvol
Ze maakt graag grapjes. Maar ze ziet het ook als iemand verdriet heeft.
Goedemorgen! Ga maar lekker zitten. # speaker: juf # mood: blij
-> wanneer

=== kies_coach ===
Coach Dennis is je trainer bij de voetbalclub. # bg: sportclub # music: hoopvol # sfx: fluit
Hij is streng op de training. Maar hij is eerlijk. En hij luistert.
Goed gespeeld vandaag! # speaker: coach # mood: blij
-> wanneer

=== wanneer ===
Goede keus. Het mag iedereen zijn die je vertrouwt. # music: rustig
Ook de vertrouwenspersoon op school. Die helpt als je ergens mee zit.
Of de huisarts. Of de vader of moeder van een vriend.
Stap 2. Wanneer en waar vertel je het?
Kies een rustig moment. Met niet te veel mensen erbij.
+ [Na afloop even blijven]
  -> na_afloop
+ [Eerst een briefje geven]
  -> briefje
+ [Vragen: "Kan ik je even spreken?"]
  -> even_spreken

=== na_afloop ===
{wie == "coach": De training is klaar. De anderen gaan douchen.|De les is klaar. De anderen pakken hun tas.}
Jij doet heel langzaam. Je wacht tot iedereen weg is. # sfx: voetstappen
Je hart bonkt. Je loopt naar {naam()}.
-> zegt("Hé, jij bent er nog. Wil je iets vragen?", "neutraal") ->
Je knikt. Meer lukt nog even niet.
Dat is slim gedaan. Na afloop is het rustig. Niemand anders hoort je.
-> eerste_zin

=== briefje ===
Praten vind je nog te eng. Daarom schrijf je eerst een briefje.
"Ik wil je iets vertellen over thuis. Kunnen we even praten?"
Je geeft het briefje aan {naam()}. Snel. Dan loop je weg.
Even later kijkt {naam()} naar je. En knikt.
-> zegt("Dank je voor je briefje. Zullen we straks rustig praten?", "blij") ->
Een briefje is een goede start. Een appje of mailtje mag ook.
Dan weet een volwassene: er is iets.
-> eerste_zin

=== even_spreken ===
Je loopt naar {naam()} toe. Je stem trilt een beetje.
Kan ik je even spreken? Alleen jij en ik? # speaker: ik
-> zegt("Natuurlijk. Is het nu goed? Of liever straks?", "neutraal") ->
Nu is goed. # speaker: ik
-> zegt("Kom, we gaan even rustig zitten.", "neutraal") ->
Meer hoef je niet te zeggen om te beginnen.
Dan weet een volwassene: dit is belangrijk.
-> eerste_zin

=== eerste_zin ===
{
- wie == "mentor":
  Jullie zitten samen in de mentorkamer. Het is stil. # bg: mentorkamer # music: rustig
- wie == "juf":
  Jullie zitten samen in de lege klas. Het is stil. # bg: klas # music: rustig
- else:
  Jullie zitten samen in de lege kantine. Het is stil. # bg: sportclub # music: rustig
}
{naam_groot()} wacht rustig af.
Stap 3. Hoe begin je?
Je hoeft niet alles in één keer te vertellen.
Eén zin is genoeg om te beginnen. Welke zin kies jij?
+ ["Thuis gaat iets niet goed."]
  ~ zin = "thuis"
  Thuis gaat iets niet goed. # speaker: ik
+ ["Ik wil iets vertellen, maar het is moeilijk."]
  ~ zin = "moeilijk"
  Ik wil iets vertellen. Maar het is moeilijk. # speaker: ik
+ ["Ik ben bang om naar huis te gaan."]
  ~ zin = "bang"
  Ik ben bang om naar huis te gaan. # speaker: ik
- -> reactie

=== reactie ===
Je hebt het gezegd. Dat was de moeilijkste stap.
Stap 4. Hoe reageert {naam()}?
Meestal reageren volwassenen goed. Maar niet altijd.
Wat wil je oefenen? # discuss: Wat kun je doen als een volwassene niet goed reageert?
+ [Een gesprek dat goed gaat]
  -> goed_gesprek
+ [Wat als {ze()} niet goed reageert?]
  -> niet_goed

=== niet_goed ===
{naam_groot()} kijkt op de klok. # music: gespannen
-> zegt("Sorry, ik heb nu echt geen tijd. Ik moet weg.", "neutraal") ->
Het is echt belangrijk. # speaker: ik
-> zegt("Ach, bij iedereen thuis is weleens wat. Dat komt vast goed.", "blij") ->
-> weg("{naam_groot()} geeft je een klopje op je schouder. En loopt weg.") ->
Daar sta je dan. Je had al je moed verzameld. # music: verdrietig
Dat voelt rot. Misschien ben je boos. Of verdrietig. Dat is normaal.
Maar het ligt niet aan jou. En niet aan wat je zei.
Soms heeft een volwassene haast. Of snapt {ze()} niet hoe erg het is.
Jij verdient het om gehoord te worden. Geef niet op.
Probeer het bij iemand anders. Of later nog eens bij {naam()}.
Zeg er dan bij: "Het is echt belangrijk. Ik heb hulp nodig."
Wat doe je nu?
+ [Het aan iemand anders vertellen]
  -> ander
+ [Eerst de Kindertelefoon bellen]
  -> einde_kindertelefoon

=== ander ===
Goed dat je niet opgeeft. Dat is dapper. # music: hoopvol
Aan wie vertel je het nu?
+ {wie != "mentor"} [Aan mevrouw Yilmaz, mijn mentor]
  ~ wie = "mentor"
  Je zoekt mevrouw Yilmaz op in de mentorkamer. # bg: mentorkamer
+ {wie != "juf"} [Aan juf Maud]
  ~ wie = "juf"
  Je wacht tot juf Maud alleen in de klas is. # bg: klas
+ {wie != "coach"} [Aan coach Dennis]
  ~ wie = "coach"
  Na de training loop je naar coach Dennis. # bg: sportclub
- Kan ik je even spreken? Het is echt belangrijk. # speaker: ik
-> zegt("Natuurlijk. Kom maar zitten. Ik heb tijd voor je.", "neutraal") ->
Je haalt diep adem. En je zegt je zin nog een keer.
-> goed_gesprek

=== goed_gesprek ===
{naam_groot()} legt {haar()} telefoon weg. En kijkt je rustig aan. # music: rustig
{zin:
- "thuis":
  -> zegt("Goed dat je dat zegt. Vertel maar. Ik luister.", "neutraal") ->
- "moeilijk":
  -> zegt("Neem je tijd. Ik wacht gewoon. Je mag klein beginnen.", "neutraal") ->
- else:
  -> zegt("Dank je dat je dat zegt. Ben je vandaag veilig thuis?", "verdrietig") ->
  Vandaag wel, denk ik. # speaker: ik
  -> zegt("Goed. Is het ooit echt gevaarlijk? Bel dan 112.", "neutraal") ->
}
Je vertelt een stukje. Het komt er rommelig uit. Dat geeft niks.
{naam_groot()} luistert. {ze_groot()} laat je uitpraten. En {ze()} wordt niet boos.
-> zegt("Ik geloof je.", "verdrietig") ->
-> zegt("En ik wil dat je iets weet. Het is niet jouw schuld.", "neutraal") ->
-> zegt("Het is goed dat je het vertelt. Dat is heel moedig.", "blij") ->
Je voelt je wat lichter. Maar ook moe.
Hoeveel wil je vandaag vertellen?
+ [Meer. Ik wil het nu kwijt.]
  -> vragen
+ [Dit is genoeg voor vandaag]
  -> einde_stukje

=== vragen ===
Je vertelt verder. {naam_groot()} luistert en knikt.
-> zegt("Dank je. Heb je vragen? Alles mag.", "neutraal") ->
-> vraag

= vraag
* [Ga je het doorvertellen?]
  Ga je het aan iemand doorvertellen? # speaker: ik
  -> zegt("Dit is te belangrijk om geheim te houden. Dat zeg ik eerlijk.", "neutraal") ->
  -> zegt("Maar ik bespreek eerst met jou wat we doen. En wie het mag weten.", "neutraal") ->
  -> vraag
* [Moet ik nu weg van huis?]
  Moet ik nu weg van huis? # speaker: ik
  -> zegt("Daar zijn veel kinderen bang voor. Dat snap ik goed.", "verdrietig") ->
  -> zegt("Maar meestal blijf je gewoon thuis wonen. De hulp komt naar jullie toe.", "neutraal") ->
  -> vraag
* [Wat gebeurt er met mijn ouders?]
  Wat gebeurt er met mijn ouders? # speaker: ik
  -> zegt("Het doel is niet dat iemand straf krijgt. Het doel is dat het thuis beter wordt.", "neutraal") ->
  -> zegt("Ook je ouders kunnen hulp krijgen.", "neutraal") ->
  -> vraag
+ [Wat gaan we nu doen?]
  Wat gaan we nu doen? # speaker: ik
  -> plan

= plan
-> zegt("Ik ga je helpen. Maar ik beslis niet alleen.", "neutraal") ->
-> zegt("Ik wil advies vragen aan Veilig Thuis. Zullen we ze samen bellen?", "neutraal") ->
Veilig Thuis? Wat is dat? # speaker: ik
-> zegt("Ze luisteren, geven advies en kunnen hulp regelen voor jullie gezin.", "neutraal") ->
-> zegt("Jij mag erbij zijn. En je mag alles vragen.", "blij") ->
-> einde_verteld

=== einde_verteld ===
De volgende dag zitten jullie weer samen. # music: hoopvol
{naam_groot()} belt Veilig Thuis. De telefoon staat op de luidspreker. # sfx: telefoon
Een vrouw neemt op. Ze praat rustig en vriendelijk.
Jij mag iets vragen of zeggen. Je mag ook stil zijn.
Samen bedenken jullie wat de volgende stap is.
Je weet nog niet hoe alles gaat. Dat is spannend.
Maar je staat er niet meer alleen voor.
-> zegt("Volgende week praten we weer. Ik vertel je steeds wat ik doe.", "blij") ->
Hoe voel je je nu?
+ [Opgelucht]
  Opgelucht. Je draagt het niet meer alleen.
+ [Nog een beetje bang]
  Een beetje bang. Dat mag. Je hoeft nog niet alles te weten.
- -> afsluiting

=== einde_stukje ===
Dit is genoeg voor vandaag. # speaker: ik
-> zegt("Dat is prima. Je mag het in stukjes vertellen.", "blij") ->
-> zegt("Zullen we morgen weer even praten? Zelfde tijd?", "neutraal") ->
Je knikt. Jullie spreken een tijd af.
-> zegt("Ik doe niks zonder het eerst met jou te bespreken.", "neutraal") ->
-> zegt("En is het thuis ineens gevaarlijk? Bel dan 112.", "neutraal") ->
-> weg("Je zwaait en loopt naar buiten.") ->
Je loopt naar huis. # bg: straat # music: hoopvol
Je hebt nog niet alles verteld. Maar wel een stukje.
En nu weet iemand het. Iemand die morgen op je wacht.
Wat neem je mee?
+ [Morgen vertel ik meer]
  Morgen vertel je meer. In je eigen tempo.
+ [Ik zie wel hoe het gaat]
  Dat is ook goed. Jij bepaalt hoe snel het gaat.
- -> afsluiting

=== einde_kindertelefoon ===
Die avond zit je op je kamer. # bg: slaapkamer # music: rustig
Je pakt je telefoon. Je belt de Kindertelefoon. # sfx: telefoon
Bellen is gratis. Je hoeft je naam niet te zeggen.
Het staat niet op de rekening. Wel in de lijst met gesprekken op je telefoon.
Chatten kan ook, op de website.
Een man neemt op. "Fijn dat je belt. Vertel maar, ik luister."
Je vertelt over vandaag. Over {naam()}, die geen tijd had.
"Wat naar voor je. Goed dat je het opnieuw probeert."
Hij helpt je oefenen. Wie vertrouw je nog meer? Wat ga je zeggen?
Samen maken jullie een plan voor morgen.
Hoe voel je je nu?
+ [Een beetje sterker]
  Een beetje sterker. Je hebt een plan.
+ [Nog steeds moe]
  Moe. Dat snap je goed. Het was een zware dag.
- -> afsluiting

=== afsluiting ===
Dit was de oefening. # music: rustig
Onthoud de stappen.
Kies iemand die je vertrouwt.
Kies een rustig moment. Een briefje mag ook.
Begin met één zin. Je mag in stukjes vertellen.
Luistert iemand niet goed? Probeer het bij iemand anders.
Jij verdient het om gehoord te worden.
Bij de knop 'Hulp' zie je wie er nog meer voor je is.
Is er nu gevaar? Bel dan 112.
-> reflectie

// Hulpjes: de volwassene die je koos, zegt iets (met de goede tekening).
// Gebruik als tunnel: -> zegt("Tekst.", "neutraal") ->   (gevoel: neutraal, blij of verdrietig)
=== zegt(tekst, gevoel) ===
{
- wie == "mentor" && gevoel == "blij":
  {tekst} # speaker: mentor # mood: blij
- wie == "mentor" && gevoel == "verdrietig":
  {tekst} # speaker: mentor # mood: verdrietig
- wie == "mentor":
  {tekst} # speaker: mentor # mood: neutraal
- wie == "juf" && gevoel == "blij":
  {tekst} # speaker: juf # mood: blij
- wie == "juf" && gevoel == "verdrietig":
  {tekst} # speaker: juf # mood: verdrietig
- wie == "juf":
  {tekst} # speaker: juf # mood: neutraal
- gevoel == "blij":
  {tekst} # speaker: coach # mood: blij
- gevoel == "verdrietig":
  {tekst} # speaker: coach # mood: verdrietig
- else:
  {tekst} # speaker: coach # mood: neutraal
}
->->

// De volwassene die je koos, gaat weg. Gebruik als tunnel: -> weg("Tekst.") ->
=== weg(tekst) ===
{
- wie == "mentor":
  {tekst} # leave: mentor
- wie == "juf":
  {tekst} # leave: juf
- else:
  {tekst} # leave: coach
}
->->

=== function naam() ===
{
- wie == "mentor":
  ~ return "mevrouw Yilmaz"
- wie == "juf":
  ~ return "juf Maud"
- else:
  ~ return "coach Dennis"
}

=== function naam_groot() ===
{
- wie == "mentor":
  ~ return "Mevrouw Yilmaz"
- wie == "juf":
  ~ return "Juf Maud"
- else:
  ~ return "Coach Dennis"
}

=== function ze() ===
{
- wie == "coach":
  ~ return "hij"
- else:
  ~ return "ze"
}

=== function ze_groot() ===
{
- wie == "coach":
  ~ return "Hij"
- else:
  ~ return "Ze"
}

=== function haar() ===
{
- wie == "coach":
  ~ return "zijn"
- else:
  ~ return "haar"
}
