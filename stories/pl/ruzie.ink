# id: ruzie
# title: Wielka kłótnia
# theme: ruzie_goedkomen, strenge_regels
# note: Ta historia jest o rodzinie, która głośno się kłóci, a potem się godzi. Nikt nikogo nie bije ani nie wyzywa.
# age: 10
# minutes: 6
# cast: mama=Mama, stiefvader=Marco, broer=Jesse
INCLUDE common.ink

-> begin

=== begin ===
Jest piątek po południu w Heerlen. # bg: woonkamer # music: rustig
Zaraz zaczyna się weekend. Właśnie wracasz ze szkoły.
Rzucasz plecak w kąt. Wtedy wibruje twój telefon. # sfx: melding
Wiadomość od Fleur, twojej najlepszej przyjaciółki.
Jutro kończę dwanaście lat! Przyjdziesz na noc? Z pizzą i filmem! # speaker: vriendin # mood: blij
Prawie skaczesz z radości.
Nocowanie u Fleur. Z całą paczką. Tak długo na to czekasz.
Z góry słychać komputer twojego brata Jessego. Ma piętnaście lat. Gra w gry.
Biegniesz do kuchni. Mama gotuje. # bg: keuken # enter: mama
Marco siedzi przy stole z laptopem. # enter: stiefvader
Marco to twój ojczym. Mieszka z wami już od trzech lat.
Mamo! Mogę jutro nocować u Fleur? Ona robi imprezę! # speaker: ik # mood: blij
Mama się odwraca. Wyciera ręce.
Jutro? Nie, kochanie. W niedzielę babcia ma urodziny. # speaker: mama # mood: neutraal
Kończy siedemdziesiąt lat. Musimy być w Kerkrade już o dziewiątej. # speaker: mama
Ale wszyscy idą! Tylko ja nie mogę! # speaker: ik # mood: boos
Rozumiem. Ale odpowiedź brzmi: nie. # speaker: mama
Robi ci się gorąco na twarzy. Co robisz?
+ [Złościsz się i krzyczysz]
  -> schreeuwen
+ [Nic nie mówisz i idziesz do pokoju]
  -> mokken
+ [Pytasz Marca]
  -> marco

=== schreeuwen ===
Zawsze jesteś taka surowa! Na nic mi nie pozwalasz! # speaker: ik # mood: boos # music: gespannen
Wykrzykujesz to głośniej, niż chcesz.
To nieprawda! Po prostu nie chcę, żeby w niedzielę zmęczenie zwaliło cię z nóg! # speaker: mama # mood: boos
Oboje mówicie bardzo głośno.
Marco patrzy raz na jedno, raz na drugie. Nic nie mówi.
Wtedy wchodzi Jesse. Ma jeszcze słuchawki na szyi.
Co tu się dzieje? Słychać was aż na górze. # speaker: broer # mood: neutraal
Nic! # speaker: ik # mood: boos
Wychodzisz i mocno trzaskasz drzwiami. # bg: slaapkamer # sfx: deur_hard
Rzucasz się na łóżko. Złość aż w tobie buzuje. Serce bije szybko.
Uderzasz pięścią w poduszkę. Raz. Drugi raz.
To trochę pomaga.
Mama też głośno krzyczała. Ale nie wyzywała cię.
Nie biła. Nie straszyła cię.
To była kłótnia. Głośna kłótnia. Tak bywa w każdej rodzinie.
-> goedmaken

=== mokken ===
Już nic nie mówisz. Idziesz na górę. # bg: slaapkamer # sfx: deur
Kładziesz się na łóżku w słuchawkach. # music: verdrietig
Czujesz złość i smutek naraz.
Wszyscy będą mieli fajne zdjęcia z imprezy. Oprócz ciebie.
Po chwili drzwi się otwierają. # sfx: deur
To Jesse.
Hej. Słyszałem. Kiepsko, co? # speaker: broer # mood: neutraal
Jesse siada na podłodze.
Mnie też kiedyś nie na wszystko pozwalali. Też byłem wściekły. # speaker: broer
Mama jest dość surowa. Ale jest sprawiedliwa. # speaker: broer
Dać ci radę? # speaker: broer # mood: blij
+ [Tak, mów]
  Zapytaj, czy możesz iść na imprezę. Ale bez nocowania. # speaker: broer
  Wtedy w niedzielę nie będziesz padać ze zmęczenia. Tego mama się boi. # speaker: broer
  Hej. To właściwie mądre. # speaker: ik # mood: neutraal
+ [Nie, zostaw mnie na chwilę]
  Okej. Spoko. # speaker: broer
  Jesse wstaje. Przy drzwiach się odwraca.
  Mama nie gniewa się na ciebie. Po prostu chce, żeby babcia miała fajny dzień. # speaker: broer
- Jesse wraca do swojego pokoju. # leave: broer
-> goedmaken

=== marco ===
Marco, a ty mi pozwolisz? # speaker: ik # mood: neutraal
Marco podnosi wzrok znad laptopa. Patrzy na mamę.
Eee... Impreza też jest ważna, prawda? # speaker: stiefvader # mood: neutraal
Mogę w niedzielę o ósmej rano pojechać po ciebie do Fleur. # speaker: stiefvader
Mama patrzy na Marca. Nie jest zadowolona. # music: gespannen
Marco, przecież już powiedziałam „nie”. # speaker: mama # mood: boos
To mam nic nie mówić? Ja też tu mieszkam! # speaker: stiefvader # mood: boos
Teraz mama i Marco się kłócą. Mówią głośno.
Ty zawsze wszystko decydujesz sama! # speaker: stiefvader
A ty zawsze chcesz być tym fajnym! # speaker: mama
Stoisz obok. Masz trochę poczucie winy. Kłótnia jest teraz o ciebie.
Wtedy Marco przerywa. Bierze głęboki oddech.
Czekaj. Przepraszam. Musimy o tym porozmawiać razem. Nie tak. # speaker: stiefvader # mood: verdrietig
Mama kiwa głową. Jej ramiona opadają.
Masz rację. Przepraszam. # speaker: mama # mood: neutraal
Mama patrzy na ciebie.
To nie twoja wina, wiesz? Marco i ja spokojnie porozmawiamy. # speaker: mama
Idziesz na górę. # bg: slaapkamer # leave: mama # leave: stiefvader
Z dołu słychać, jak rozmawiają. Najpierw jeszcze głośno. Potem coraz ciszej.
Potem słychać śmiech mamy. Śmieje się z czegoś, co mówi Marco.
Dorośli też czasem się kłócą. Jeśli potem się godzą, to normalne.
-> goedmaken

=== goedmaken ===
-> rustmoment ->
Później tego wieczoru. # music: rustig
Ktoś puka do twoich drzwi. # sfx: deur
Wchodzi mama. # enter: mama
{marco:
  Marco stoi za nią w drzwiach. # enter: stiefvader
}
Mogę chwilę z tobą posiedzieć? # speaker: mama # mood: neutraal
Mama siada na brzegu twojego łóżka.
{schreeuwen:
  Przepraszam, że tak głośno krzyczałam. To nie było dobre z mojej strony. # speaker: mama # mood: verdrietig
}
{marco:
  Marco i ja porozmawialiśmy. Teraz się zgadzamy. # speaker: mama
}
Rozumiem, że bardzo tego chcesz. Fleur to twoja najlepsza przyjaciółka. # speaker: mama # mood: neutraal
Wiesz, ja też byłam zła. I rozczarowana. # speaker: mama
Babcia kończy siedemdziesiąt lat tylko raz. Chcę, żebyśmy wszyscy byli wtedy wyspani. # speaker: mama
Kłótnie zdarzają się każdemu. Mnie też, kiedyś z babcią. # speaker: mama
Najważniejsze, żeby potem znów się pogodzić. # speaker: mama
Co mówisz mamie?
+ [Przepraszasz]
  -> einde_samen
+ [Mówisz, że dalej się złościsz]
  -> einde_later

=== einde_samen ===
{schreeuwen:Przepraszam, mamo. Moje słowa też nie były miłe.}{mokken:Przepraszam za to nagłe wyjście, mamo.}{marco:Przepraszam, mamo. Już powiedziałaś „nie”. Nie trzeba było pytać Marca.} # speaker: ik # mood: verdrietig
Mama cię obejmuje. # music: hoopvol
Dziękuję. Poszukamy razem rozwiązania? # speaker: mama # mood: blij
{mokken:
  Mogę iść na imprezę, ale bez nocowania? # speaker: ik # mood: neutraal
  Mama wygląda na zdziwioną. Potem się uśmiecha.
  To dobry pomysł. Do dziesiątej. Potem cię odbiorę. # speaker: mama # mood: blij
  Myślisz o Jessem. Mądry brat, myślisz. Ale nie mówisz tego na głos.
- else:
  Co powiesz na to? Możesz iść na imprezę. Do dziesiątej. # speaker: mama # mood: blij
  Ale śpisz w domu. W niedzielę musisz mieć siłę na urodziny babci. # speaker: mama
  To według ciebie sprawiedliwe. Trochę szkoda. Ale sprawiedliwe.
}
{marco:
  Zawiozę cię i przywiozę z powrotem. # speaker: stiefvader # mood: blij
}
Wysyłasz Fleur wiadomość: przyjdę! Ale nie zostanę na noc. # sfx: melding
W sobotę wieczorem stoisz w salonie u Fleur. # bg: woonkamer # leave: mama
Jesteś! Chodź, pizza zaraz będzie. # speaker: vriendin # mood: blij
Jecie pizzę i oglądacie straszny film. Śmiejecie się z byle czego. # music: hoopvol
O dziesiątej dzwoni dzwonek. # sfx: deurbel
{marco:Przed drzwiami stoi Marco.|Przed drzwiami stoi mama.} Dokładnie na czas.
Machasz do Fleur. To był super wieczór. # leave: vriendin
W niedzielę siedzisz obok babci w Kerkrade. # bg: woonkamer # enter: oma
Babcia zdmuchuje siedemdziesiąt świeczek. No, kilka.
Czujesz trochę zmęczenia. Ale też dużo radości.
Jak dobrze, że jesteś, skarbie. # speaker: oma # mood: blij
-> spiegel

=== einde_later ===
Dalej się złoszczę. Jeszcze nie chcę rozmawiać. # speaker: ik # mood: boos
Mama spokojnie kiwa głową.
Dobrze. Możesz się złościć. # speaker: mama # mood: neutraal
Jestem na dole, jeśli zechcesz porozmawiać. Kocham cię, nawet gdy się złościsz. # speaker: mama
Mama wychodzi. Zostawia drzwi lekko uchylone. # leave: mama
{marco:
  Marco podnosi kciuk i też wychodzi. # leave: stiefvader
}
Leżysz na łóżku. Patrzysz w sufit.
Powoli złość robi się mniejsza.
Czujesz zapach naleśników. Burczy ci w brzuchu.
Schodzisz na dół. # bg: keuken # music: hoopvol
Mama, Marco i Jesse siedzą już przy stole. # enter: broer
Czeka na ciebie talerz. Z syropem.
Przepraszam, mamo. # speaker: ik # mood: verdrietig
Ja też przepraszam. Chodź, jedz. # speaker: mama # mood: blij
Nocowanie się nie odbędzie. Nie dla ciebie. Tak zostaje.
Ale mama ma pomysł.
W przyszły weekend Fleur może przyjść do nas na noc. Dobrze? # speaker: mama # mood: blij
Kiwasz głową. Bierzesz kęs naleśnika.
To nie jest to, czego chcesz. Ale jest sprawiedliwie.
Piszesz do Fleur: wszystkiego najlepszego! W przyszłym tygodniu nocujesz u mnie! # sfx: melding
Jesse podkrada kawałek z twojego talerza.
To moje! # speaker: broer # mood: blij
Wszyscy się śmieją.
-> spiegel

=== spiegel ===
W każdej rodzinie czasem jest kłótnia. To normalne. # music: rustig
Czasem ktoś mówi głośno. Czasem ktoś trzaska drzwiami.
Co sprawia, że to jest w porządku? Nikt nie bije. Nikt nie wyzywa i nie straszy drugiej osoby.
A potem znów się godzicie. # discuss: Jak u was w domu godzicie się po kłótni?
Surowe zasady też są normalne. Iść spać na czas. Nie grać za długo.
Dopóki zasady są sprawiedliwe. I dopóki nie musisz się bać.
Teraz pytanie o ciebie. Nie musisz nic mówić.
Gra nigdzie nie wysyła twojej odpowiedzi.
Czy u was w domu bywają kłótnie, po których znów się godzicie? # mirror: ruzie_goedkomen
+ [Nie, nigdy]
  ~ mirror("ruzie_goedkomen", "nooit")
+ [Czasem]
  ~ mirror("ruzie_goedkomen", "soms")
+ [Często]
  ~ mirror("ruzie_goedkomen", "vaak")
+ [Wolę nie mówić]
  ~ mirror("ruzie_goedkomen", "liever_niet")
- Dziękuję, że się nad tym zastanawiasz.
U ciebie w domu kłótnie nigdy się dobrze nie kończą? Ktoś bije albo wyzywa, albo się boisz?
Wtedy to już nie jest zwykła kłótnia. Wtedy możesz poprosić o pomoc.
I wtedy to nigdy nie jest twoja wina.
-> reflectie
