// The fixed sentences of a reflection card, shared by all themes. The theme-specific texts live in themes.ts.
// No phone numbers or hours here (they live in src/help/helplines.ts); 112 is the one exception.
import type { AgeText, Lang, Localized } from './types';

/** What the card suggests to do, per situation. */
export type CanDoKey =
  'gevaar' | 'niet_ok' | 'let_op' | 'normaal_zorgthema' | 'normaal_normaalthema' | 'liever_niet' | 'onbekend';

export interface Phrases {
  /** "{freq}" and "{situation}" are filled in. */
  readonly told: string;
  readonly freq: Readonly<Record<'nooit' | 'een_keer' | 'soms' | 'vaak', string>>;
  readonly toldLieverNiet: string;
  readonly toldUnknown: string;
  readonly unknownTitle: string;
  readonly unknownNormal: string;
  readonly notYourFault: AgeText;
  readonly notAlone: AgeText;
  readonly notAloneLieverNiet: AgeText;
  readonly canDo: Readonly<Record<CanDoKey, AgeText>>;
}

// Polish and Bulgarian arrive with their language pack (installPhrases).
export const PHRASES: Localized<Phrases> = {
  nl: {
    told: 'Je vertelt dat het bij jou thuis {freq} gebeurt dat {situation}.',
    freq: { nooit: 'nooit', een_keer: 'één keer', soms: 'soms', vaak: 'vaak' },
    toldLieverNiet: 'Je koos ervoor om hier niets over te zeggen. Dat is helemaal goed.',
    toldUnknown: 'We konden je antwoord hier niet goed lezen. Dat ligt aan het spel, niet aan jou.',
    unknownTitle: 'Wat je vertelde',
    unknownNormal:
      'In elk gezin is er weleens ruzie. Dat is normaal. Maar slaan, vernederen of niet goed voor een kind zorgen hoort er niet bij.',
    notYourFault: {
      default:
        'Het is niet jouw schuld. Wat er thuis gebeurt, komt nooit door jou. Misschien voel je je bang, boos, verdrietig, schuldig of in de war. Dat mag allemaal.',
      '10-12':
        'Het is niet jouw schuld. Nooit. Misschien voel je je bang, boos of verdrietig. Dat mag allemaal.',
    },
    notAlone: 'Je bent niet de enige. Gemiddeld zit er in elke klas één kind bij wie thuis zoiets gebeurt.',
    notAloneLieverNiet: 'Veel kinderen vinden het moeilijk om hierover te praten. Dat is normaal.',
    canDo: {
      gevaar: {
        default:
          'Ben je nu niet veilig? Bel 112. Kun je zelf niet bellen? Ga dan als het kan naar een veilige plek, bijvoorbeeld naar de buren, en vraag daar om hulp. Is het weer rustig? Dan kun je praten met De Kindertelefoon, Veilig Thuis of een volwassene die je vertrouwt.',
        '10-12':
          'Ben je nu niet veilig? Bel 112. Of ga als het kan naar een andere volwassene, zoals de buren, en vraag om hulp. Is het weer rustig? Dan kun je De Kindertelefoon bellen of het vertellen aan je juf of meester.',
        volwassene:
          'Is er nu gevaar? Bel 112. Is het weer rustig? Dan kun je Veilig Thuis bellen voor advies en hulp.',
      },
      niet_ok: {
        default:
          'Je hoeft nu niets te beslissen. Als je wilt, kun je erover praten met een volwassene die je vertrouwt, zoals je mentor, de vertrouwenspersoon op school of de huisarts. Je kunt ook De Kindertelefoon bellen of chatten. Je hoeft daar je naam niet te zeggen. Veilig Thuis luistert ook, geeft advies en kan hulp regelen voor je gezin.',
        '10-12':
          'Je hoeft nu niets te beslissen. Als je wilt, kun je het vertellen aan een volwassene die je vertrouwt, zoals je juf of meester. Je kunt ook De Kindertelefoon bellen of chatten. Je hoeft daar je naam niet te zeggen.',
        volwassene:
          'Je hoeft nu niets te beslissen. Je kunt erover praten met iemand die je vertrouwt, of Veilig Thuis bellen. Zij luisteren, geven advies en kunnen hulp regelen. Dat mag ook als je twijfelt.',
      },
      let_op: {
        default:
          'Twijfel je of het erg genoeg is? Dat hoef je niet zeker te weten. Je kunt erover praten met iemand die je vertrouwt, zoals je mentor, of met De Kindertelefoon. Je hoeft nu niets te beslissen.',
        '10-12':
          'Twijfel je? Dat is niet erg. Je kunt erover praten met iemand die je vertrouwt, zoals je juf of meester, of met De Kindertelefoon. Je hoeft nu niets te beslissen.',
        volwassene: 'Twijfel je? Veilig Thuis geeft advies, ook als je het niet zeker weet.',
      },
      normaal_zorgthema: {
        default:
          'Maak je je zorgen over iemand anders, bijvoorbeeld een vriend of vriendin? Ook dan kun je De Kindertelefoon bellen of chatten.',
        volwassene: 'Maak je je zorgen over een kind? Veilig Thuis geeft advies, ook als je twijfelt.',
      },
      normaal_normaalthema:
        'Zit je toch ergens mee? Praat erover met iemand die je vertrouwt. Dat mag altijd, ook over kleine dingen.',
      liever_niet:
        "Je hoeft niets te vertellen. Wil je later toch met iemand praten? Bij 'Hulp' zie je wie er voor je is.",
      onbekend: "Wil je praten over wat er thuis gebeurt? Bij 'Hulp' zie je wie er voor je is.",
    },
  },
  en: {
    told: 'You told us that at your home it {freq} happens that {situation}.',
    freq: { nooit: 'never', een_keer: 'once', soms: 'sometimes', vaak: 'often' },
    toldLieverNiet: 'You chose not to say anything about this. That is completely fine.',
    toldUnknown:
      'We could not read your answer here properly. That is a problem in the game, not something you did.',
    unknownTitle: 'What you told',
    unknownNormal:
      'In every family there is sometimes an argument. That is normal. But hitting, humiliating or not taking proper care of a child is not part of it.',
    notYourFault: {
      default:
        'It is not your fault. What happens at home is never because of you. Maybe you feel scared, angry, sad, guilty or confused. All of that is allowed.',
      '10-12': 'It is not your fault. Never. Maybe you feel scared, angry or sad. All of that is allowed.',
    },
    notAlone:
      'You are not the only one. On average there is one child in every class who has something like this at home.',
    notAloneLieverNiet: 'Many children find it hard to talk about this. That is normal.',
    canDo: {
      gevaar: {
        default:
          'Are you not safe right now? Call 112. Can you not call yourself? Then, if you can, go to a safe place, for example the neighbours, and ask for help there. Is it calm again? Then you can talk to De Kindertelefoon, Veilig Thuis or an adult you trust.',
        '10-12':
          'Are you not safe right now? Call 112. Or, if you can, go to another adult, like the neighbours, and ask for help. Is it calm again? Then you can call De Kindertelefoon or tell your teacher.',
        volwassene:
          'Is there danger right now? Call 112. Is it calm again? Then you can call Veilig Thuis for advice and help.',
      },
      niet_ok: {
        default:
          'You do not have to decide anything now. If you want, you can talk to an adult you trust, like your mentor, the counsellor at school or the family doctor. You can also call or chat with De Kindertelefoon. You do not have to give your name. Veilig Thuis also listens, gives advice and can arrange help for your family.',
        '10-12':
          'You do not have to decide anything now. If you want, you can tell an adult you trust, like your teacher. You can also call or chat with De Kindertelefoon. You do not have to give your name.',
        volwassene:
          'You do not have to decide anything now. You can talk to someone you trust, or call Veilig Thuis. They listen, give advice and can arrange help. You can do that even if you are not sure.',
      },
      let_op: {
        default:
          'Not sure if it is bad enough? You do not have to be sure. You can talk about it with someone you trust, like your mentor, or with De Kindertelefoon. You do not have to decide anything now.',
        '10-12':
          'Not sure? That is fine. You can talk about it with someone you trust, like your teacher, or with De Kindertelefoon. You do not have to decide anything now.',
        volwassene: 'Not sure? Veilig Thuis gives advice, even if you are not certain.',
      },
      normaal_zorgthema: {
        default:
          'Are you worried about someone else, for example a friend? Then you can also call or chat with De Kindertelefoon.',
        volwassene: 'Are you worried about a child? Veilig Thuis gives advice, even if you are not sure.',
      },
      normaal_normaalthema:
        'Is something still bothering you? Talk about it with someone you trust. That is always allowed, about small things too.',
      liever_niet:
        "You do not have to tell anything. Would you like to talk to someone later? Under 'Help' you can see who is there for you.",
      onbekend:
        "Would you like to talk about what happens at home? Under 'Help' you can see who is there for you.",
    },
  },
} as Pick<Localized<Phrases>, 'nl' | 'en'> as Localized<Phrases>;

/** Adds one language's card phrases (from its language pack). */
export function installPhrases(lang: Lang, phrases: Phrases): void {
  (PHRASES as Record<Lang, Phrases>)[lang] = phrases;
}
