// Polish help texts (polski). Official names stay Dutch and are explained in Polish. No numbers, ages or
// hours here: those live in helplines.ts. Language facts: De Kindertelefoon talks only Dutch
// (struggleinthecity.nl 2021, citing Morsch 2021); 112 takes calls in Dutch and English (politie.nl
// 112NL app news 2022); Veilig Thuis asks for your town first (rijksoverheid.nl) and works with
// interpreters (zorgwelzijn.nl), so the text says "you can ask", never "they will". Re-check before a
// release, and have a native speaker review the wording.
import type { HelpTexts } from '../types';

export const HELP_PL: HelpTexts = {
  lines: {
    '112': {
      short:
        '112 to numer alarmowy w całej Europie. Zadzwoń, gdy teraz grozi niebezpieczeństwo, na przykład gdy ktoś w domu jest bity albo ktoś mu grozi. Pomoc przyjedzie jak najszybciej. Możesz mówić po niderlandzku albo po angielsku.',
    },
    kindertelefoon: {
      short:
        'De Kindertelefoon to holenderski telefon zaufania dla dzieci i młodzieży. Możesz porozmawiać z kimś o wszystkim, co cię gryzie, także o tym, co dzieje się w domu. Nie musisz podawać imienia. Rozmowa jest po niderlandzku. Jest bezpłatna i nie ma jej na rachunku telefonicznym, ale zostaje na liście połączeń w twoim telefonie.',
    },
    veilig_thuis: {
      short:
        'Veilig Thuis (po polsku: „Bezpieczny Dom”) to holenderska organizacja, która pomaga, gdy w domu nie jest bezpiecznie albo gdy martwisz się o kogoś. Słuchają, doradzają i mogą zorganizować pomoc dla twojej rodziny. Rozmowa jest bezpłatna i nie musisz podawać imienia. Na początku połączenia usłyszysz prośbę o nazwę twojej miejscowości: powiedz ją. Rozmowa jest zwykle po niderlandzku. Możesz zapytać o angielski albo o tłumacza.',
    },
    alles_oke: {
      short:
        'Alles Oké? Supportlijn to linia wsparcia dla młodych dorosłych, którym coś ciąży. Możesz porozmawiać o wszystkim. Bezpłatnie i bez podawania imienia.',
    },
    '113': {
      short:
        '113 Zelfmoordpreventie to holenderska pomoc dla osób, które myślą o samobójstwie. Myślisz o samobójstwie albo czasem nie chcesz już żyć? A może martwisz się o kogoś? Porozmawiaj o tym z 113. To nic nie kosztuje.',
    },
    centrum_seksueel_geweld: {
      short:
        'Centrum Seksueel Geweld pomaga po przemocy seksualnej. Stało się coś seksualnego, czego nie chcesz? Pomogą ci, także z lekarzem. Czy to się stało w ostatnim tygodniu? Zadzwoń szybko. Na policję idziesz tylko wtedy, gdy tego chcesz.',
    },
    politie: {
      heading: 'Policja (Politie), gdy sprawa nie jest pilna',
      short: 'Chcesz coś powiedzieć policji, ale sprawa nie jest pilna? Zadzwoń pod ten numer.',
    },
  },
  chatVaries: 'Godziny czatu są różne w różnych regionach. Zadzwonić możesz zawsze.',
  trusted: {
    mentor: 'twój wychowawca lub twoja wychowawczyni (mentor)',
    juf_meester: 'twoja nauczycielka lub twój nauczyciel (juf, meester)',
    intern_begeleider: 'osoba w szkole, która pomaga uczniom (intern begeleider)',
    vertrouwenspersoon: 'osoba zaufania w szkole (vertrouwenspersoon)',
    schoolmaatschappelijk_werk: 'pracownik socjalny w szkole (schoolmaatschappelijk werk)',
    huisarts: 'lekarz rodzinny (huisarts)',
    ouder_vriend: 'mama albo tata kolegi lub koleżanki',
    coach: 'twój trener lub twoja trenerka',
  },
  explainers: {
    kindertelefoon: {
      title: 'Co się dzieje, gdy dzwonię do De Kindertelefoon albo piszę na czacie?',
      points: [
        'Rozmawiasz z przeszkolonym wolontariuszem lub wolontariuszką. Ta osoba cię słucha i razem z tobą się zastanawia. Rozmowa jest po niderlandzku.',
        'Nie musisz podawać imienia. Nie widzą twojego numeru telefonu.',
        'Rozmowa jest bezpłatna i nie ma jej na rachunku telefonicznym. Ale numer zostaje na liście połączeń w twoim telefonie. W większości telefonów możesz go tam usunąć.',
        'Czat działa na ich własnej stronie internetowej. Ta strona może się pojawić w historii twojej przeglądarki.',
        'Ty decydujesz, o czym mówisz. Zawsze możesz się rozłączyć albo zakończyć czat.',
        'To, co mówisz, zostaje w De Kindertelefoon. Przekazują to dalej tylko wtedy, gdy się na to zgadzasz, gdy twoje życie jest w niebezpieczeństwie albo gdy wymaga tego prawo.',
        'Mogą ci pomóc w następnym kroku, na przykład jak powiedzieć o tym dorosłej osobie. Decyzja należy do ciebie.',
      ],
    },
    veilig_thuis: {
      title: 'Co się dzieje, gdy dzwonię do Veilig Thuis albo piszę na czacie?',
      points: [
        'Rozmawiasz z kimś, kto dużo wie o bezpieczeństwie w domu. Ta osoba słucha twojej historii.',
        'Rozmowa jest bezpłatna. Możesz zachować anonimowość: wtedy nie podajesz imienia. Numer zostaje jednak na liście połączeń w twoim telefonie.',
        'Doradzają ci. Nie musisz wiedzieć na pewno, czy to jest wystarczająco poważne.',
        'Mogą zorganizować pomoc dla twojej rodziny, żeby w domu było bezpieczniej. Zwykle mieszkasz dalej w domu: pomoc przychodzi do was.',
        'Jeśli dziecko nie jest bezpieczne, Veilig Thuis może też działać, nawet gdy nie wszyscy tego chcą. Na przykład porozmawiać z twoimi rodzicami albo ze szkołą. Mówią ci, co zamierzają zrobić i po co.',
        'Jest teraz niebezpiecznie? Zadzwoń pod 112.',
      ],
    },
    vertrouwde_volwassene: {
      title: 'Co się dzieje, gdy powiem o tym dorosłej osobie?',
      points: [
        'Dorosła osoba cię słucha. To ty wybierasz, co powiesz.',
        'Ta osoba nie decyduje o wszystkim sama. Najpierw rozmawia z tobą o tym, co może się wydarzyć.',
        'Czasem dorosła osoba musi poprosić innych o pomoc, żeby ci pomóc. Najpierw omawia to z tobą.',
        'Większość pomocy odbywa się wtedy, gdy dalej mieszkasz w domu.',
      ],
    },
  },
};
