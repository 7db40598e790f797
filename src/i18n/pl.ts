// Polish UI text (polski), B1, warm and simple; "ty" form, no gendered past tense or adjectives about the
// player (the game does not know who plays). Official Dutch names stay Dutch ("De Kindertelefoon",
// "Veilig Thuis"); the help texts explain them. Needs a review by a native speaker before a release.
import type { PartialMessages } from './nl';

export const pl: PartialMessages = {
  'app.name': 'Spiegel',
  'app.tagline': 'Gra z historiami o domu',
  'start.lead':
    'Zagraj w krótkie historie o domu. Sprawdź, czy to, co dzieje się u ciebie w domu, jest normalne. I kto może ci pomóc.',
  'start.private': 'Gra niczego nie zapisuje i niczego nie wysyła. Nie musisz podawać swojego imienia.',
  'start.begin': 'Zacznij',
  'start.language': 'Język',
  'start.safety': 'Jak grać bezpiecznie?',
  'start.forSchools': 'Dla szkół',

  'start.resume': 'Graj dalej od ostatniego miejsca',

  'storage.title': 'Zapisywanie na tym urządzeniu',
  'storage.default': 'Zwykle gra niczego nie zapisuje. Gdy zamkniesz grę, wszystko znika.',
  'storage.offer':
    'Chcesz później grać dalej? Gra może zapisać, gdzie jesteś, i twoje ustawienia. Tylko na tym urządzeniu.',
  'storage.warning': 'Uwaga: ktoś inny, kto używa tego urządzenia, może zobaczyć, że grasz w tę grę.',
  'storage.enable': 'Zapisz, gdzie jestem',
  'storage.enabled': 'Włączone: gra zapisuje na tym urządzeniu, gdzie jesteś, i twoje ustawienia.',
  'storage.answers': 'Zapisz też moje odpowiedzi',
  'storage.answersOn': 'Twoje odpowiedzi też są zapisywane.',
  'storage.answersWarning': 'Rób to tylko na urządzeniu, które należy tylko do ciebie.',
  'storage.failed': 'Zapisywanie nie działa na tym urządzeniu. Możesz po prostu grać dalej.',
  'storage.wipe': 'Usuń wszystko i wyjdź',
  'storage.wipeText':
    'To usuwa wszystko, co gra zapisała na tym urządzeniu. Potem przejdziesz na inną stronę.',
  'storage.back': 'Wróć',
  'menu.storage': 'Zapisywanie na tym urządzeniu',
  'menu.mirror': 'Moje lustro',
  'mirror.title': 'Moje lustro',
  'mirror.lead': 'Tu jest wszystko, co mówisz w historiach, w które grasz.',

  'safety.title': 'Bezpieczna gra',
  'safety.exit':
    'Chcesz szybko wyjść? Kliknij czerwony przycisk „Wyjdź szybko”. Albo naciśnij 3 razy klawisz Shift.',
  'safety.exitWhat': 'Od razu zobaczysz stronę z pogodą. Gry już nie ma.',
  'safety.stores': 'Gra nie zapisuje niczego, co wybierasz. Niczego też nie wysyła.',
  'safety.cannotHide':
    'Czego gra nie może ukryć: historii przeglądarki, listy połączeń w twoim telefonie i aplikacji, które śledzą, co robisz.',
  'safety.tip': 'Rada: graj w oknie prywatnym (incognito). Wtedy przeglądarka pamięta mniej.',
  'safety.continue': 'Rozumiem, dalej',

  'age.title': 'Ile masz lat?',
  'age.why': 'Wtedy dopasujemy słowa i pomoc do ciebie. Nie zapisujemy tego.',
  'age.10-12': '10–12 lat',
  'age.13-15': '13–15 lat',
  'age.16-18': '16–18 lat',
  'age.volwassene': 'Jestem osobą dorosłą albo uczę w szkole',
  'age.rather-not': 'Wolę nie mówić',

  'select.title': 'Wybierz historię',
  'select.lead': 'Każda historia trwa kilka minut. Zawsze możesz przerwać.',
  'select.suggestion': 'Zacznij tutaj',
  'select.minutes': 'około {n} minut',
  'select.normal': 'Zwykła rodzina',
  'select.about': 'O czym',
  'select.inDutch': 'Po niderlandzku',
  'select.dutchOnly': 'Te historie są na razie tylko po niderlandzku:',

  'note.heading': 'O czym jest ta historia?',
  'note.minutes': 'Trwa około {n} minut.',
  'note.control': 'Zawsze możesz zrobić przerwę, przestać albo poszukać pomocy przyciskami na górze.',
  'note.start': 'Zacznij historię',
  'note.other': 'Wybierz inną historię',

  'story.next': 'Dalej',
  'story.you': 'Ty',
  'story.narrator': 'Narrator',
  'story.private': 'To pytanie jest tylko dla ciebie. Nikt nie zobaczy twojej odpowiedzi.',
  'story.calmOffer': 'Chcesz chwilę odpocząć? Zrób ćwiczenie oddechowe.',
  'story.log': 'Historia',

  'toolbar.label': 'Przyciski gry',
  'toolbar.help': 'Pomoc',
  'toolbar.danger': 'Teraz nie jest bezpiecznie',
  'toolbar.dangerShort': 'Niebezpiecznie',
  'toolbar.calmShort': 'Spokój',
  'toolbar.soundShort': 'Dźwięk',
  'toolbar.calm': 'Chwila spokoju',
  'toolbar.soundOn': 'Dźwięk włączony',
  'toolbar.soundOff': 'Dźwięk wyłączony',
  'toolbar.menu': 'Menu',

  'reflection.title': 'Twoje lustro',
  'reflection.lead': 'Dobrze, że grasz w tę historię. Oto twoje odpowiedzi.',
  'reflection.none': 'Nie ma tu odpowiedzi na pytanie o dom. To też jest w porządku.',
  'reflection.help': 'Kto może ci pomóc?',
  'reflection.again': 'Następna historia',
  'reflection.notStored': 'To nie jest zapisywane. Gdy zamkniesz grę, zniknie.',

  'help.title': 'Kto może ci pomóc?',
  'help.dangerFirst': 'Grozi ci teraz niebezpieczeństwo? Zadzwoń pod 112',
  'help.dangerText':
    'Grozi teraz niebezpieczeństwo tobie albo komuś innemu? Zadzwoń pod 112. To nic nie kosztuje.',
  'help.call': 'Zadzwoń: {phone}',
  'help.chat': 'Czat: {name}',
  'help.openNow': 'Czynne teraz',
  'help.closed': 'Teraz nieczynne',
  'help.opensAt': 'czynne {day} od {time}',
  'help.today': 'dziś',
  'help.tomorrow': 'jutro',
  'help.always': 'Czynne zawsze, w dzień i w nocy',
  'help.phone': 'Telefon',
  'help.chatLabel': 'Czat',
  'help.trustedTitle': 'Dorosła osoba, której ufasz',
  'help.trustedText': 'Możesz też powiedzieć o tym komuś, kogo znasz i komu ufasz. Na przykład:',
  'help.callList':
    'Rozmowa jest bezpłatna i nie ma jej na rachunku. Ale numer zostaje na liście połączeń w twoim telefonie.',
  'help.whatHappens': 'Co się dzieje, gdy dzwonię albo piszę na czacie?',
  'help.back': 'Wróć',
  'help.notYourFault': 'Cokolwiek się dzieje: to nie jest twoja wina.',

  'danger.title': 'Teraz nie jest bezpiecznie?',
  'danger.call': 'Zadzwoń pod 112',
  'danger.text':
    'Zadzwoń pod 112, jeśli teraz grozi ci niebezpieczeństwo. Albo jeśli grozi komuś innemu. Rozmowa nic nie kosztuje. Możesz mówić po niderlandzku albo po angielsku.',
  'danger.cantCall':
    'Nie możesz rozmawiać? Idź w bezpieczne miejsce, na przykład do sąsiadów albo do sklepu. Tam poproś o pomoc.',
  'danger.more': 'Jeśli to nie jest nagła sytuacja',
  'danger.back': 'Wróć do gry',

  'calm.title': 'Chwila spokoju',
  'calm.lead': 'Oddychaj razem z kołem.',
  'calm.in': 'Wdech',
  'calm.out': 'Wydech',
  'calm.hold': 'Zatrzymaj chwilę powietrze',
  'calm.start': 'Zacznij ćwiczenie oddechowe',
  'calm.stop': 'Zatrzymaj ćwiczenie oddechowe',
  'calm.back': 'Wróć do historii',
  'calm.count': 'Oddech {n} z {total}',

  'menu.title': 'Menu',
  'menu.stories': 'Wybierz inną historię',
  'menu.start': 'Na początek',
  'menu.safety': 'Jak grać bezpiecznie?',
  'menu.close': 'Zamknij menu',

  'error.title': 'Coś poszło nie tak',
  'error.text': 'Ta historia nie może teraz iść dalej. To nie twoja wina.',
  'error.back': 'Wybierz inną historię',
  'stage.fallback': 'Obrazek nie może się załadować. Historia toczy się dalej.',

  'exit.label': 'Wyjdź szybko',
  'exit.progress': 'Jeszcze {n} razy Shift, aby szybko wyjść',
};
