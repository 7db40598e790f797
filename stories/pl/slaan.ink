# id: slaan
# title: Uderzenie
# theme: lichamelijke_mishandeling
# note: Ta historia jest o tacie, który bije swoje dziecko. Nie widzisz bicia, ale widzisz, co ono robi.
# age: 10
# minutes: 8
# cast: papa=Tata, zus=Lotte, vriendin=Sara, juf=Pani Anouk
INCLUDE common.ink

-> begin

=== begin ===
Jest wtorkowy wieczór w Sittard. # bg: keuken # music: rustig
Siedzisz przy kuchennym stole i odrabiasz lekcje.
Ułamki. Nie twój ulubiony przedmiot.
Twoja młodsza siostra Lotte siedzi obok. Ma sześć lat. Rysuje. # enter: zus
Patrz! Rysuję ciebie. Z koroną! # speaker: zus # mood: blij
Śmiejesz się. Na rysunku masz bardzo długie ręce.
Wtedy otwierają się drzwi wejściowe. # sfx: deur_hard # music: gespannen
Tata wrócił. Od razu słychać to po jego krokach.
Ma zły dzień.
Dlaczego znowu wszystko tu leży? # speaker: papa # mood: boos
Tata rzuca kurtkę na krzesło.
Na całym stole leżą zeszyty i flamastry.
Posprzątajcie. Jemy. # speaker: papa
Tato, popatrz, mój rysunek... # speaker: zus # mood: bang
Nie teraz, Lotte. # speaker: papa
Lotte już nic nie mówi. Chowa rysunek pod talerz.
Jecie makaron. Nikt nie mówi. # sfx: klok
Słychać tylko zegar. I widelce na talerzach.
Po jedzeniu pomagasz sprzątać.
Bierzesz trzy talerze naraz. Zawsze tak robisz.
Ale teraz jeden się wyślizguje. # sfx: bord # pause: 800
Talerz spada na podłogę. Na trzy kawałki.
Tata wstaje. Jego krzesło głośno szura po podłodze.
Czy ty nigdy nie możesz uważać? # speaker: papa # mood: boos
Serce ci wali. Co robisz?
+ [Przepraszasz i zbierasz skorupy]
  -> keuken_klap
+ [Uciekasz do swojego pokoju]
  -> kamer_klap

=== keuken_klap ===
Przepraszam, tato. To niechcący. # speaker: ik # mood: bang
Schylasz się i zbierasz skorupy. Ręce ci drżą.
Tata staje obok ciebie. Wydaje się bardzo duży.
Tato, nie rób tego... # speaker: zus # mood: bang
Zamykasz oczy. # music: stil
Wszystko dzieje się bardzo szybko. # pause: 1500
Potem w kuchni robi się cicho.
Policzek cię pali. Jest gorący i czerwony.
Zobacz, do czego mnie zmuszasz. # speaker: papa # mood: boos
Tata idzie do salonu. Telewizor głośno się włącza. # leave: papa
Lotte cicho płacze. Zmiatasz skorupy.
Potem idziesz na górę. # leave: zus
-> nacht

=== kamer_klap ===
Biegniesz po schodach. Zamykasz drzwi. # bg: slaapkamer # sfx: deur # leave: zus
Siadasz na łóżku. Nasłuchujesz.
Na schodach słychać kroki. # sfx: voetstappen
Ciężkie. Powolne. Coraz bliżej.
Twoje drzwi się otwierają. # sfx: deur_hard # music: stil
Nie uciekaj, kiedy do ciebie mówię! # speaker: papa # mood: boos
Tata łapie cię za ramię. Mocno.
To, co dzieje się potem, dzieje się bardzo szybko. # pause: 1500
Potem jest cicho.
Tata stoi w drzwiach. Ciężko oddycha.
Zobacz, do czego mnie zmuszasz. # speaker: papa
Odchodzi. Twoje drzwi zostają otwarte. # leave: papa
Boli cię ramię, tam, gdzie cię złapał.
Policzek masz gorący i czerwony.
Na dole płacze Lotte.
-> nacht

=== nacht ===
Jest noc. # bg: slaapkamer # music: verdrietig # sfx: klok
Leżysz w łóżku, ale nie możesz zasnąć.
Słyszysz tykanie zegara. I telewizor na dole.
Myślisz o tym, co powiedział tata. Zobacz, do czego mnie zmuszasz.
Czy to twoja wina? {keuken_klap: Przez talerz, który spadł?}{kamer_klap: Przez ucieczkę do pokoju?}
Nie. {keuken_klap: Każdemu czasem coś spada.}{kamer_klap: Uciekanie, kiedy się boisz, jest zupełnie normalne.}
Bicie dziecka nigdy nie jest w porządku. Nawet jeśli coś zrobi źle. # discuss: Tata mówi: zobacz, do czego mnie zmuszasz. Co o tym myślisz?
To nie twoja wina.
Wtedy twoje drzwi cicho się otwierają. # sfx: deur
Mogę spać u ciebie? # speaker: zus # mood: bang
Lotte wślizguje się obok ciebie. Ma lodowate stopy.
Czy tata dalej się złości? # speaker: zus # mood: verdrietig
Nie wiesz. Głaszczesz ją po włosach.
A ty? Jak się teraz czujesz?
+ [Boję się]
  Boisz się. Boisz się jutra. Boisz się, że to się powtórzy.
  To zupełnie normalne. Strach znaczy: coś tu jest nie tak.
+ [Złoszczę się]
  Złościsz się. Na tatę. I trochę na siebie.
  Złość jest w porządku. Ale wina nie leży po twojej stronie.
+ [Jest mi smutno]
  Jest ci smutno. Chcesz po prostu, żeby tata był dobry.
  Smutek może być. Nawet jeśli nikomu go nie pokazujesz.
+ [Mam mętlik w głowie]
  Masz mętlik w głowie. Nie rozumiesz, co się stało.
  To zupełnie normalne. To naprawdę jest zagmatwane.
+ [Wolę nie mówić]
  Dobrze. Nie musisz nic mówić.
  Wszystko, co czujesz, jest w porządku.
- Tata nie zawsze taki jest.
W niedzielę smaży naleśniki. Wtedy śmieje się z twoich żartów.
Kochasz go. I boisz się go.
Jedno i drugie naraz. Tak może być.
Lotte już śpi. Trzymasz ją za rękę.
-> rustmoment ->
-> ochtend

=== ochtend ===
Następnego ranka. # bg: badkamer # music: rustig
Patrzysz w lustro.
Policzek nie jest już taki czerwony. Ale dalej go czujesz.
{kamer_klap: Na ramieniu masz siniaka. Wkładasz bluzę z długimi rękawami.}
Schodzisz na dół. # bg: keuken
Dzień dobry. Dobrze się spało? # speaker: papa # mood: neutraal
Tata robi wam kanapki. Zachowuje się zupełnie zwyczajnie.
Jakby nic się nie stało. To dziwne. I zagmatwane.
Bierzesz plecak i idziesz do szkoły. # bg: straat # leave: papa
Po drodze się zastanawiasz. Co dzisiaj zrobisz? # discuss: Co ty byś zrobił lub zrobiła? I komu byś o tym powiedział lub powiedziała?
+ [Powiem Sarze. To moja najlepsza przyjaciółka.]
  -> sara
+ [Nic nie powiem. Nikt nie musi wiedzieć.]
  -> zwijgen
+ [Od razu idę do pani Anouk.]
  -> naar_juf

=== sara ===
Na rogu stoi Sara. Czeka na ciebie codziennie.
Cześć! Masz już ułamki? Nic z tego nie rozumiem. # speaker: vriendin # mood: blij
Nic nie mówisz. Sara na ciebie patrzy.
Co się dzieje? Jakoś inaczej wyglądasz. # speaker: vriendin # mood: neutraal
Bierzesz głęboki oddech.
Tata mnie wczoraj uderzył. # speaker: ik # mood: verdrietig
Sara się zatrzymuje. Przez chwilę nic nie mówi.
Co? Przecież tak nie wolno! # speaker: vriendin # mood: bang
Wszystko w porządku? Boli cię? # speaker: vriendin # mood: verdrietig
Trochę. Nie mów nikomu, dobrze? # speaker: ik
Sara przygryza wargę.
Boję się tego. Nie wiem, co mam zrobić. # speaker: vriendin
To jest dla nas za duże. Może powiemy razem pani Anouk? # speaker: vriendin
+ [Tak. Ale razem.]
  -> sara_ja
+ [Nie. Jeszcze nie.]
  -> sara_nee

=== sara_ja ===
Dobrze. Pójdę z tobą. # speaker: vriendin # mood: neutraal
Sara bierze cię za rękę. Razem wchodzicie na szkolne podwórko. # bg: schoolplein # music: hoopvol
Pani Anouk stoi przy drzwiach. Widzi, że idziecie.
Dzień dobry. Macie takie poważne miny. # speaker: juf # mood: neutraal
Proszę pani, chcemy pani coś powiedzieć. To ważne. # speaker: vriendin
Pani Anouk kiwa głową.
Chodźcie do środka. # speaker: juf
-> juf_gesprek

=== sara_nee ===
Sara długo na ciebie patrzy.
Dobrze. Nie powiem tego całej klasie. # speaker: vriendin # mood: verdrietig
Ale myślę, że jakiś dorosły musi o tym wiedzieć. # speaker: vriendin
Moja mama mówi: zawsze możesz zadzwonić do De Kindertelefoon. # speaker: vriendin # mood: neutraal
Albo napisać na czacie. To nic nie kosztuje. I nie musisz podawać imienia. # speaker: vriendin
Kiwasz głową. Nic nie mówisz.
Dzień w szkole mija. # bg: klas # sfx: schoolbel
Sara przez cały dzień jest blisko.
Na przerwie dzieli się z tobą ciastkiem. # leave: vriendin
-> einde_later

=== zwijgen ===
W klasie jest matematyka. Znowu ułamki. # bg: klas # sfx: schoolbel
Pani Anouk coś tłumaczy przy tablicy. Tak naprawdę tego nie słyszysz.
Ciągle myślisz o wczoraj.
Wtedy drzwi klasy głośno trzaskają. # sfx: deur_hard
Aż podskakujesz ze strachu. Długopis spada ci na podłogę.
Inni przez chwilę się śmieją. Pani Anouk się nie śmieje. Patrzy na ciebie.
Zostaniesz na chwilę na przerwie? Nie masz kłopotów, spokojnie. # speaker: juf # mood: neutraal
Na przerwie klasa jest pusta. # sfx: schoolbel # music: rustig
Pani Anouk siada obok ciebie. Nie naprzeciwko.
Dziś prawie nic nie mówisz. I ten huk drzwi bardzo cię przestraszył. # speaker: juf
Wszystko u ciebie w porządku? # speaker: juf
+ [Mówisz szczerze, że nie jest dobrze]
  Właściwie nie, proszę pani. # speaker: ik # mood: verdrietig
  Dziękuję, że to mówisz. Opowiedz. Słucham cię. # speaker: juf
  -> juf_gesprek
+ [Mówisz, że po prostu chce ci się spać]
  -> zwijgen_nee

=== zwijgen_nee ===
Tak, tak. Po prostu chce mi się spać. # speaker: ik # mood: neutraal
Pani Anouk spokojnie kiwa głową.
Dobrze. Nie musisz nic mówić. # speaker: juf # mood: neutraal
Ale chcę ci coś powiedzieć. # speaker: juf
Jeśli coś się dzieje, duże albo małe, zawsze możesz do mnie przyjść. # speaker: juf
Jutro. W przyszłym tygodniu. Kiedy zechcesz. # speaker: juf
Daje ci małą karteczkę. Jest na niej De Kindertelefoon.
Tam możesz zadzwonić albo napisać na czacie. Za darmo. Nie musisz podawać imienia. # speaker: juf
Chowasz karteczkę do kieszeni. # leave: juf
-> einde_later

=== naar_juf ===
Jesteś wcześnie w szkole. Podwórko jest jeszcze prawie puste. # bg: schoolplein
Pani Anouk ma dyżur. To znaczy, że pilnuje dzieci na dworze.
Podchodzisz do niej. Nogi masz jak z waty.
Proszę pani? Mogę coś pani powiedzieć? Tylko pani? # speaker: ik # mood: bang
Pani Anouk na ciebie patrzy. Od razu widzi, że to ważne.
Oczywiście. Chodź, wejdziemy do środka. Klasa jest jeszcze pusta. # speaker: juf # mood: neutraal
-> juf_gesprek

=== juf_gesprek ===
Pani Anouk bierze dwa krzesła. Siada obok ciebie. # bg: klas # music: rustig
{sara_ja:
  Sara czeka na korytarzu. # leave: vriendin
}
Opowiedz. Nie spiesz się. # speaker: juf # mood: neutraal
Opowiadasz o talerzu. {kamer_klap: O schodach i o twoim pokoju.} O tacie. O uderzeniu.
Wszystko wychodzi trochę bez ładu. To nic.
Pani Anouk słucha. Kiwa głową. Nie złości się.
Dziękuję, że mi to mówisz. To bardzo odważne. # speaker: juf
Zapamiętaj dobrze jedno. # speaker: juf
To nie twoja wina. Dziecka nigdy nie wolno bić. # speaker: juf
Nawet jeśli coś się stłucze. Nigdy. # speaker: juf
Szczypią cię oczy. Łzy przychodzą niespodziewanie.
Pani Anouk przysuwa do ciebie pudełko chusteczek.
Możesz płakać. Pomogę ci. # speaker: juf # mood: neutraal
Ale nie zrobię nic, zanim tego z tobą nie omówię. Dobrze? # speaker: juf
-> vragen

= vragen
{Masz jakieś pytania? Możesz pytać o wszystko.|Chcesz jeszcze o coś zapytać?|Coś jeszcze?} # speaker: juf
* [Czy teraz muszę wyprowadzić się z domu?]
  Czy teraz muszę wyprowadzić się z domu? # speaker: ik # mood: bang
  Wiele dzieci się tego boi. To bardzo zrozumiałe. # speaker: juf
  Zwykle dzieci dalej mieszkają w domu. # speaker: juf
  Pomoc przychodzi wtedy do was. Chodzi o to, żeby w domu było bezpiecznie. # speaker: juf
  -> vragen
* [Czy tata zostanie teraz ukarany?]
  Czy tata zostanie teraz ukarany? # speaker: ik # mood: bang
  Nie chodzi o to, żeby tata dostał karę. # speaker: juf
  Chodzi o to, żeby bicie się skończyło. # speaker: juf
  Tata też może dostać pomoc. Pomoc w radzeniu sobie ze złością. # speaker: juf
  Nie mogę obiecać, jak wszystko się potoczy. Ale nie będziesz z tym w pojedynkę. # speaker: juf
  -> vragen
* [A jeśli tata się dowie i znowu się zezłości?]
  A jeśli tata się dowie i znowu się zezłości? # speaker: ik # mood: bang
  Zastanowimy się nad tym razem. Twoje bezpieczeństwo jest najważniejsze. # speaker: juf
  Nie czujesz się bezpiecznie w domu? Powiedz mi o tym. # speaker: juf
  A jeśli jest naprawdę niebezpiecznie, zadzwoń pod 112. # speaker: juf
  -> vragen
+ [Co się teraz stanie?]
  Co się teraz stanie? # speaker: ik # mood: neutraal
  -> plan

= plan
Dziś porozmawiam z panem Robem. Pomaga uczniom w szkole (intern begeleider). # speaker: juf # mood: neutraal
To ktoś w szkole, kto pomaga, gdy jest trudno. # speaker: juf
Może razem poprosimy o radę Veilig Thuis. # speaker: juf
Tam słuchają, doradzają i mogą zorganizować pomoc dla waszej rodziny. # speaker: juf
Nie mogę zachować tego w tajemnicy. To jest na to zbyt ważne. # speaker: juf
Ale powiem o tym tylko osobom, które mogą pomóc. # speaker: juf
A jutro powiem ci, co ustaliliśmy. # speaker: juf # mood: blij
-> einde_verteld

=== einde_verteld ===
Dzwoni szkolny dzwonek. Dzień zaczyna się jak zwykle. # sfx: schoolbel # music: hoopvol
{sara_ja: Sara stoi na korytarzu. Patrzy na ciebie pytająco. Kiwasz głową. Przybija ci żółwika.}
Tego wieczoru znów siedzisz przy kuchennym stole. # bg: keuken # leave: juf
Tata gotuje. # enter: papa
Lotte znowu rysuje koronę. # enter: zus
Nie wiesz dokładnie, co się teraz stanie. To trochę straszne.
Ale nie dźwigasz już tego w pojedynkę.
Pani Anouk wie. Jutro znowu z nią porozmawiasz.
-> spiegel

=== einde_later ===
Tego wieczoru znowu leżysz w łóżku. # bg: slaapkamer # music: rustig
{sara_nee:
  Twój telefon się rozświetla. Wiadomość od Sary. # sfx: melding
  Śpij dobrze. Jestem przy tobie. # speaker: vriendin # mood: blij
}
{zwijgen_nee: Patrzysz na karteczkę od pani Anouk. Kładziesz ją pod poduszkę.}
Żaden dorosły jeszcze o tym nie wie.
To w porządku. Ty decydujesz, kiedy przyjdzie na to czas.
Ale bicie już za pierwszym razem nie jest w porządku. Możesz poprosić o pomoc. # music: hoopvol
Nie musi być idealnie. Jedno zdanie wystarczy.
Proszę pani, w domu dzieje się coś, co nie jest dobre. # speaker: ik # mood: neutraal
Może powiesz to zdanie jutro. Albo w przyszłym tygodniu.
-> spiegel

=== spiegel ===
Ta historia jest wymyślona. Ale takie rzeczy naprawdę się zdarzają. # music: rustig
Średnio w każdej klasie jest jedno dziecko, u którego w domu nie jest bezpiecznie.
Więc nie tylko ty to przeżywasz.
Teraz pytanie o ciebie. Nie musisz nic mówić.
Gra nigdzie nie wysyła twojej odpowiedzi.
Czy ktoś w domu cię bije, popycha albo szczypie? # mirror: lichamelijke_mishandeling
+ [Nie, nigdy]
  ~ mirror("lichamelijke_mishandeling", "nooit")
+ [Raz]
  ~ mirror("lichamelijke_mishandeling", "een_keer")
+ [Czasem]
  ~ mirror("lichamelijke_mishandeling", "soms")
+ [Często]
  ~ mirror("lichamelijke_mishandeling", "vaak")
+ [Wolę nie mówić]
  ~ mirror("lichamelijke_mishandeling", "liever_niet")
+ [To dzieje się teraz i teraz nie jest bezpiecznie]
  ~ danger()
  ~ mirror("lichamelijke_mishandeling", "vaak")
- Dziękuję, że się nad tym zastanawiasz.
Pamiętaj: jeśli ktoś cię bije, to nigdy nie jest twoja wina.
-> reflectie
