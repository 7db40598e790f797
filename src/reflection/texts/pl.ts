// Polish reflection texts (polski): one file per language, so a reviewer reads one file. Same voice as the
// Dutch (CONTENT.md): reflect, never diagnose ("to, co mówisz, brzmi jak ..."), never blame, never
// criticise the parents, no "why" questions, simple words. The player is "ty", without gendered past
// tenses or adjectives (the game does not know who plays). Dutch terms in brackets, as children hear them
// at school. Needs a review by a native speaker and an expert by experience before a release.
import type { Phrases } from '../phrases';
import type { ThemeTexts } from '../themes';
import type { ThemeId } from '../types';

const GOOD = 'Dobrze, że się temu przyglądasz.';
const DANGER =
  'I mówisz, że nie jesteś teraz w bezpiecznym miejscu. To bardzo ważne: twoje bezpieczeństwo jest najważniejsze.';
const CAREFUL = 'Na to, co mówisz, warto uważnie patrzeć.';

export const THEMES_PL: Readonly<Record<ThemeId, ThemeTexts>> = {
  lichamelijke_mishandeling: {
    label: 'Bicie albo sprawianie bólu',
    name: 'przemoc fizyczna',
    nameText: {
      default:
        "Gdy dorosły bije dziecko, kopie je, szczypie, ciągnie za włosy, rzuca nim albo nim potrząsa, nazywa się to przemocą fizyczną (po niderlandzku: 'lichamelijke mishandeling').",
      '10-12':
        "Gdy dorosły sprawia dziecku ból, na przykład bije je albo kopie, nazywa się to przemocą fizyczną (po niderlandzku: 'lichamelijke mishandeling').",
    },
    situation: 'dorosły cię bije, kopie albo w inny sposób sprawia ci ból',
    whatIsNormal:
      'Rodzice nigdy nie mogą bić dziecka ani sprawiać mu bólu. Nawet jeden raz i nawet za karę. Tak mówi prawo w Holandii. Mocne przytrzymanie dziecka, żeby nie stał się wypadek, na przykład przy ruchliwej ulicy, nie jest przemocą.',
    says: {
      normaal: 'Tak właśnie powinno być: nikt w domu nie powinien sprawiać ci bólu.',
      niet_ok: `To, co mówisz, brzmi jak przemoc fizyczna. Nikt nie może cię bić ani sprawiać ci bólu, nawet jeden raz. ${GOOD}`,
      gevaar: `To, co mówisz, brzmi jak przemoc fizyczna. ${DANGER}`,
    },
  },
  emotionele_mishandeling: {
    label: 'Wyzwiska i straszenie',
    name: 'przemoc emocjonalna',
    nameText: {
      default:
        "Gdy dorosły ciągle wyzywa dziecko, poniża je, ośmiesza, grozi mu, straszy je albo zamyka, nazywa się to przemocą emocjonalną (po niderlandzku: 'emotionele mishandeling'). Wciąganie dziecka w kłótnię między rodzicami też się do tego zalicza.",
      '10-12':
        "Gdy dorosły ciągle wyzywa dziecko, straszy je albo mówi, że nic nie jest warte, nazywa się to przemocą emocjonalną (po niderlandzku: 'emotionele mishandeling'). Słowa też mogą boleć.",
    },
    situation: {
      default: 'dorosły cię wyzywa, poniża, grozi ci albo cię straszy',
      '10-12': 'dorosły cię wyzywa albo cię straszy',
    },
    whatIsNormal:
      'Każdy rodzic czasem się złości albo mówi coś niemiłego. To normalne, zwłaszcza gdy potem wszystko się wyjaśnia. Ale ciągłe wyzywanie dziecka, wyśmiewanie go albo straszenie do tego nie należy.',
    says: {
      normaal: 'Tak właśnie powinno być: w domu możesz czuć się bezpiecznie, nawet gdy czasem jest kłótnia.',
      let_op: `${CAREFUL} Jeśli to się ciągle powtarza, brzmi to jak przemoc emocjonalna. Ty najlepiej wiesz, jak się z tym czujesz. ${GOOD}`,
      niet_ok: `To, co mówisz, brzmi jak przemoc emocjonalna. Gdy ktoś ciągle cię wyzywa albo straszy, to boli, nawet jeśli z zewnątrz tego nie widać. ${GOOD}`,
      gevaar: `To, co mówisz, brzmi jak przemoc emocjonalna. ${DANGER}`,
    },
  },
  lichamelijke_verwaarlozing: {
    label: 'Jedzenie, ubrania i sen',
    name: 'zaniedbanie fizyczne',
    nameText: {
      default:
        "Gdy dziecko przez długi czas nie dostaje dość jedzenia, czystych ubrań albo snu, albo nie idzie do lekarza, gdy jest chore, nazywa się to zaniedbaniem fizycznym (po niderlandzku: 'lichamelijke verwaarlozing').",
      '10-12':
        "Gdy dziecko często nie dostaje dość jedzenia, nie ma czystych ubrań albo nie idzie do lekarza, gdy jest chore, nazywa się to zaniedbaniem fizycznym (po niderlandzku: 'lichamelijke verwaarlozing'). Zaniedbać znaczy: nie dbać dobrze o kogoś.",
    },
    situation: 'nie ma dość jedzenia, nie masz czystych ubrań albo nie idziesz do lekarza, gdy chorujesz',
    whatIsNormal:
      'Każde dziecko ma prawo do dość jedzenia, czystych ubrań, miejsca do spania i lekarza, gdy choruje. Czasem w domu jest mniej pieniędzy albo bardzo zajęty tydzień. To jeszcze nie jest zaniedbanie, dopóki ktoś się tobą opiekuje.',
    says: {
      normaal: 'Tak właśnie powinno być: w domu ktoś się tobą opiekuje.',
      let_op: `${CAREFUL} Jeśli trwa to długo albo ciągle się powtarza, brzmi to jak zaniedbanie fizyczne. ${GOOD}`,
      niet_ok: `To, co mówisz, brzmi jak zaniedbanie fizyczne. Masz prawo do jedzenia, czystych ubrań, snu i opieki, gdy chorujesz. ${GOOD}`,
      gevaar: `To, co mówisz, brzmi jak zaniedbanie fizyczne. ${DANGER}`,
    },
  },
  emotionele_verwaarlozing: {
    label: 'Zainteresowanie i ciepło',
    name: 'zaniedbanie emocjonalne',
    nameText: {
      default:
        "Gdy dziecko przez długi czas dostaje za mało uwagi, ciepła, pocieszenia albo poczucia bezpieczeństwa, nazywa się to zaniedbaniem emocjonalnym (po niderlandzku: 'emotionele verwaarlozing'). To najczęstsza forma krzywdzenia dzieci.",
      '10-12':
        "Gdy dziecko przez długi czas prawie nie dostaje uwagi, przytulania ani pocieszenia, nazywa się to zaniedbaniem emocjonalnym (po niderlandzku: 'emotionele verwaarlozing'). To najczęstsza forma krzywdzenia dzieci.",
    },
    situation: 'nikt naprawdę się tobą nie interesuje, nie pociesza cię ani nie pyta, jak się masz',
    whatIsNormal:
      'Rodzice nie zawsze mają czas. Czasem są zmęczeni albo zajęci. To normalne. Ale każde dziecko potrzebuje kogoś, kto słucha, pociesza i daje mu poczucie, że jest ważne.',
    says: {
      normaal: 'Tak właśnie powinno być: w domu ktoś się tobą interesuje.',
      let_op: `${CAREFUL} Jeśli długo tak zostaje, brzmi to jak zaniedbanie emocjonalne. Za mało uwagi to też się liczy, nawet jeśli nikt nie sprawia ci bólu. ${GOOD}`,
      niet_ok: `To, co mówisz, brzmi jak zaniedbanie emocjonalne. Za mało uwagi i ciepła to też się liczy, nawet jeśli nikt nie sprawia ci bólu. ${GOOD}`,
      gevaar: `To, co mówisz, brzmi jak zaniedbanie emocjonalne. ${DANGER}`,
    },
  },
  seksueel_misbruik: {
    label: 'Dotyk, którego nie chcesz',
    name: 'wykorzystywanie seksualne',
    nameText: {
      default:
        "Gdy ktoś robi z dzieckiem rzeczy seksualne albo chce ich od dziecka, a te rzeczy nie pasują do wieku dziecka i dziecko nie może się od nich uwolnić, nazywa się to wykorzystywaniem seksualnym (po niderlandzku: 'seksueel misbruik'). To może się też dziać w internecie, na przykład przez zdjęcia albo wiadomości.",
      '10-12':
        "Gdy ktoś dotyka dziecka w nieprzyjemny sposób albo chce, żeby dziecko trzymało to w tajemnicy, to może być wykorzystywanie seksualne (po niderlandzku: 'seksueel misbruik').",
    },
    situation: {
      default:
        'ktoś dotyka cię w sposób, którego nie chcesz, albo chce od ciebie rzeczy seksualnych, także w internecie',
      '10-12': 'ktoś dotyka cię w nieprzyjemny sposób albo każe ci dochować ciężkiej tajemnicy',
    },
    whatIsNormal: {
      default:
        'Twoje ciało należy do ciebie. Miłe przytulenie jest normalne. Ale nikt nie może dotykać cię w sposób, którego nie chcesz, ani chcieć od ciebie rzeczy seksualnych. Nawet jeden raz i nawet w internecie.',
      '10-12':
        'Twoje ciało należy do ciebie. Miłe przytulenie jest normalne. Ale nikt nie może dotykać cię w nieprzyjemny sposób. O tajemnicy, która ciąży, zawsze możesz komuś powiedzieć.',
    },
    says: {
      normaal: 'Tak właśnie powinno być: twoje ciało należy do ciebie.',
      niet_ok: {
        default: `To, co mówisz, brzmi jak wykorzystywanie seksualne. Nikt nie może tego robić, nawet jeden raz. Zawsze możesz o tym mówić, nawet jeśli ktoś powiedział, że to musi zostać tajemnicą. ${GOOD}`,
        '10-12': `To, co mówisz, brzmi jak coś, czego nikt nie może z tobą robić, nawet jeden raz. O ciężkiej tajemnicy zawsze możesz powiedzieć, nawet jeśli ktoś mówił, że nie wolno. ${GOOD}`,
      },
      gevaar: `To, co mówisz, brzmi jak wykorzystywanie seksualne. ${DANGER}`,
    },
    canDo:
      'Jest też linia pomocy specjalnie w takich sprawach: Centrum Seksueel Geweld (centrum pomocy po przemocy seksualnej). Czy to się stało w ostatnim tygodniu? Skontaktuj się z nimi szybko, bo wtedy mogą pomóc najlepiej.',
  },
  getuige_huiselijk_geweld: {
    label: {
      default: 'Przemoc między dorosłymi w domu',
      '10-12': 'Gdy dorośli w domu robią sobie krzywdę',
    },
    name: 'bycie świadkiem przemocy domowej',
    nameText:
      "Gdy dziecko widzi albo słyszy, że ktoś bije, grozi albo poniża jednego z rodziców, nazywa się to byciem świadkiem przemocy domowej (po niderlandzku: 'getuige van huiselijk geweld'). To też jest krzywdzenie dziecka, bo to je rani.",
    situation: {
      default: 'dorosły bije kogoś innego, grozi mu albo go poniża, a ty to widzisz albo słyszysz',
      '10-12': 'dorosły bije kogoś innego albo go straszy, a ty to widzisz albo słyszysz',
    },
    whatIsNormal:
      'Rodzice czasem się kłócą. Mówią wtedy głośno albo się złoszczą. To normalne. Ale bicie, grożenie albo poniżanie do tego nie należy, także między dorosłymi.',
    says: {
      normaal: 'Tak właśnie powinno być: kłótnie się zdarzają, ale bez przemocy.',
      niet_ok: `To, co mówisz, brzmi jak przemoc domowa. Nawet jeśli ciebie nikt nie bije, bardzo ciężko jest to widzieć albo słyszeć. To nie twoje zadanie, żeby to naprawić. ${GOOD}`,
      gevaar: `To, co mówisz, brzmi jak przemoc domowa. ${DANGER}`,
    },
  },
  vechtscheiding: {
    label: 'Rodzice, którzy się rozstają i ciągle się kłócą',
    name: 'konfliktowy rozwód',
    nameText:
      "Gdy rodzice się rozstają i przez długi czas mocno się kłócą, a dziecko jest w środku tej kłótni, nazywa się to konfliktowym rozwodem (po niderlandzku: 'vechtscheiding'). Dziecko jest wtedy jak w pułapce między nimi.",
    situation: 'twoi rodzice mocno kłócą się o rozstanie, a ty jesteś pomiędzy nimi',
    whatIsNormal:
      'Gdy rodzice się rozstają, często jest smutek, a czasem kłótnie. To normalne. Ale dziecko nie musi wybierać, nie musi przekazywać wiadomości i nie powinno być częścią kłótni. Możesz kochać oboje rodziców.',
    says: {
      normaal: 'Tak właśnie powinno być: nie musisz stać między rodzicami.',
      let_op: `${CAREFUL} Jeśli trwa to długo, brzmi to jak konfliktowy rozwód. Nie musisz wybierać. ${GOOD}`,
      niet_ok: `To, co mówisz, brzmi jak konfliktowy rozwód. To ciężkie dla dziecka. Nie musisz wybierać i to nie twoje zadanie, żeby rozwiązać kłótnię. ${GOOD}`,
      gevaar: `To, co mówisz, brzmi jak konfliktowy rozwód. ${DANGER}`,
    },
  },
  jonge_mantelzorger: {
    label: 'Opieka nad rodzicem',
    name: 'młody opiekun',
    nameText:
      "Dziecko, które w domu dużo opiekuje się rodzicem, który jest chory, ma niepełnosprawność albo jest uzależniony, nazywa się młodym opiekunem (po niderlandzku: 'jonge mantelzorger'). To nie jest krzywdzenie, ale może być bardzo ciężkie.",
    situation:
      'dużo opiekujesz się rodzicem, który jest chory albo uzależniony, i masz mało czasu dla siebie',
    whatIsNormal:
      'Pomaganie w domu jest normalne, na przykład nakrywanie do stołu albo pilnowanie młodszego brata czy siostry. Ale dziecko nie musi samo dźwigać opieki nad rodzicem. Ty też możesz po prostu być dzieckiem: bawić się, spotykać z przyjaciółmi i odrabiać lekcje.',
    says: {
      normaal: 'Tak właśnie powinno być: w domu jest też czas i uwaga dla ciebie.',
      let_op: `${CAREFUL} Czasem dużo opiekujesz się rodzicem. To pokazuje, jak bardzo ci na nim zależy. Ale twoje własne życie też jest ważne. ${GOOD}`,
      niet_ok: `To, co mówisz, brzmi jak bardzo dużo opieki jak na dziecko. To nie jest krzywdzenie, ale to jest ciężkie. To nie twoje zadanie, żeby dźwigać to w pojedynkę. ${GOOD}`,
    },
    notAlone: 'Nie tylko ty to przeżywasz. Jest dużo dzieci, które w domu opiekują się rodzicem.',
    canDo:
      'Jest pomoc dla młodych opiekunów, żeby mieć też czas na bycie dzieckiem. Zapytaj o nią kogoś, komu ufasz, w szkole albo u lekarza rodzinnego.',
  },
  ruzie_goedkomen: {
    label: 'Kłótnia i godzenie się',
    name: 'kłótnia, która dobrze się kończy',
    nameText: 'Kłótnia, po której wszyscy znów się godzą, należy do zwykłego życia rodziny.',
    situation: 'jest kłótnia, po której znów się godzicie',
    whatIsNormal:
      'W każdej rodzinie czasem jest kłótnia. To normalne. Ważne jest, żeby potem znów się pogodzić, żeby nie było przemocy i żeby nikt nie był poniżany.',
    says: {
      normaal:
        'Kłótnie i godzenie się potem należą do życia rodziny. Tak uczysz się, że złość jest w porządku i że razem można wszystko wyjaśnić.',
    },
  },
  strenge_regels: {
    label: 'Surowe zasady',
    name: 'surowe zasady',
    nameText:
      'Zasady, na przykład o czasie przed ekranem, porze snu albo powrocie do domu na czas, należą do wychowania.',
    situation: 'są surowe zasady, na przykład o czasie przed ekranem albo o tym, o której musisz być w domu',
    whatIsNormal:
      'Wielu rodziców ma surowe zasady, na przykład o czasie przed ekranem, porze snu albo powrocie do domu na czas. To normalne, nawet jeśli uważasz, że to niesprawiedliwe. Dopóki nie ma przemocy, nikt cię nie poniża i dostajesz to, czego potrzebujesz.',
    says: {
      normaal:
        'Zasady, także surowe, należą do wychowania. Możesz się z nimi nie zgadzać i rozmawiać o tym z rodzicami.',
    },
  },
  eerlijke_straf: {
    label: 'Dostawanie kary',
    name: 'sprawiedliwa kara',
    nameText: 'Kara, która pasuje do tego, co się stało, na przykład szlaban, należy do wychowania.',
    situation: 'dostajesz karę, gdy zrobisz coś źle, na przykład szlaban albo przez jakiś czas bez telefonu',
    whatIsNormal:
      'Kara taka jak szlaban albo przez jakiś czas bez telefonu jest normalna, jeśli pasuje do tego, co się stało. Bicie, zamykanie albo wyzywanie nigdy nie jest dozwoloną karą.',
    says: {
      normaal:
        'Sprawiedliwa kara należy do wychowania. Pomaga, gdy rodzice wyjaśniają, za co jest kara, i gdy potem wszystko wraca do normy.',
    },
  },
  ouder_sorry: {
    label: 'Gdy rodzic mówi „przepraszam”',
    name: 'mówienie „przepraszam”',
    nameText: 'Przepraszanie i godzenie się należą do wspólnego życia, także u rodziców.',
    situation: 'rodzic na ciebie nakrzyczy, a potem przeprasza',
    whatIsNormal:
      'Rodzice też są ludźmi. Czasem są zmęczeni albo w złym humorze i na kogoś nakrzyczą. To normalne. Przepraszanie i godzenie się też do tego należą. Ale bicie albo sprawianie bólu nigdy nie jest dozwolone, nawet jeśli ktoś potem przeprasza.',
    says: {
      normaal: 'Każdy czasem robi coś źle, rodzice też. Przepraszanie i godzenie się do tego należą.',
    },
  },
};

export const PHRASES_PL: Phrases = {
  told: 'Mówisz, że u ciebie w domu {freq} zdarza się, że {situation}.',
  freq: { nooit: 'nigdy nie', een_keer: 'raz', soms: 'czasem', vaak: 'często' },
  toldLieverNiet: 'Wybierasz, żeby nic o tym nie mówić. To jest zupełnie w porządku.',
  toldUnknown: 'Nie udało się tu dobrze odczytać twojej odpowiedzi. To problem gry, nie twój.',
  unknownTitle: 'Co mówisz',
  unknownNormal:
    'W każdej rodzinie czasem jest kłótnia. To normalne. Ale bicie, poniżanie albo brak dobrej opieki nad dzieckiem do tego nie należą.',
  notYourFault: {
    default:
      'To nie jest twoja wina. To, co dzieje się w domu, nigdy nie dzieje się przez ciebie. Może czujesz strach, złość, smutek, poczucie winy albo zagubienie. Wszystkie te uczucia są w porządku.',
    '10-12':
      'To nie jest twoja wina. Nigdy. Może czujesz strach, złość albo smutek. Wszystkie te uczucia są w porządku.',
  },
  notAlone:
    'Nie tylko ty to przeżywasz. Średnio w każdej klasie jest jedno dziecko, u którego w domu dzieje się coś takiego.',
  notAloneLieverNiet: 'Wielu dzieciom trudno jest o tym mówić. To normalne.',
  canDo: {
    gevaar: {
      default:
        'Nie jesteś teraz w bezpiecznym miejscu? Zadzwoń pod 112. Nie możesz zadzwonić? Jeśli możesz, idź w bezpieczne miejsce, na przykład do sąsiadów, i tam poproś o pomoc. Gdy znów będzie spokojnie, możesz porozmawiać z De Kindertelefoon, z Veilig Thuis albo z dorosłą osobą, której ufasz.',
      '10-12':
        'Nie jesteś teraz w bezpiecznym miejscu? Zadzwoń pod 112. Albo, jeśli możesz, idź do innej dorosłej osoby, na przykład do sąsiadów, i poproś o pomoc. Gdy znów będzie spokojnie, możesz zadzwonić do De Kindertelefoon albo powiedzieć o tym nauczycielce lub nauczycielowi.',
      volwassene:
        'Jest teraz niebezpiecznie? Zadzwoń pod 112. Gdy znów będzie spokojnie, możesz zadzwonić do Veilig Thuis po radę i pomoc.',
    },
    niet_ok: {
      default:
        'Nie musisz teraz niczego decydować. Jeśli chcesz, możesz porozmawiać z dorosłą osobą, której ufasz, na przykład z wychowawcą lub wychowawczynią (mentor), z osobą zaufania w szkole albo z lekarzem rodzinnym. Możesz też zadzwonić do De Kindertelefoon albo napisać na ich czacie. Nie musisz tam podawać imienia. Veilig Thuis też słucha, doradza i może zorganizować pomoc dla twojej rodziny.',
      '10-12':
        'Nie musisz teraz niczego decydować. Jeśli chcesz, możesz powiedzieć o tym dorosłej osobie, której ufasz, na przykład nauczycielce lub nauczycielowi. Możesz też zadzwonić do De Kindertelefoon albo napisać na ich czacie. Nie musisz tam podawać imienia.',
      volwassene:
        'Nie musisz teraz niczego decydować. Możesz porozmawiać z kimś, komu ufasz, albo zadzwonić do Veilig Thuis. Tam słuchają, doradzają i mogą zorganizować pomoc. Możesz to zrobić także wtedy, gdy masz wątpliwości.',
    },
    let_op: {
      default:
        'Nie wiesz, czy to jest wystarczająco poważne? Nie musisz tego wiedzieć na pewno. Możesz porozmawiać z kimś, komu ufasz, na przykład z wychowawcą lub wychowawczynią (mentor), albo z De Kindertelefoon. Nie musisz teraz niczego decydować.',
      '10-12':
        'Masz wątpliwości? To nic złego. Możesz porozmawiać z kimś, komu ufasz, na przykład z nauczycielką lub nauczycielem, albo z De Kindertelefoon. Nie musisz teraz niczego decydować.',
      volwassene: 'Masz wątpliwości? Veilig Thuis doradza, także gdy nie wiesz tego na pewno.',
    },
    normaal_zorgthema: {
      default:
        'Martwisz się o kogoś innego, na przykład o kolegę albo koleżankę? Wtedy też możesz zadzwonić do De Kindertelefoon albo napisać na ich czacie.',
      volwassene: 'Martwisz się o dziecko? Veilig Thuis doradza, także gdy masz wątpliwości.',
    },
    normaal_normaalthema:
      'Coś cię jednak gryzie? Porozmawiaj o tym z kimś, komu ufasz. Zawsze możesz, także o małych sprawach.',
    liever_niet:
      'Nie musisz niczego mówić. Chcesz później z kimś porozmawiać? Pod przyciskiem „Pomoc” zobaczysz, kto jest dla ciebie.',
    onbekend:
      'Chcesz porozmawiać o tym, co dzieje się w domu? Pod przyciskiem „Pomoc” zobaczysz, kto jest dla ciebie.',
  },
};
