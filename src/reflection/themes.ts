// The reviewed table of themes: data, not code (DESIGN.md, "The reflection model").
//
// Voice (CONTENT.md, "How the game answers a child who tells"): reflect, never diagnose ("wat je vertelt
// klinkt als ..."), never blame, never criticise the parents, no "why" questions, B1 Dutch.
// Texts here must not contain phone numbers or opening hours: those live in src/help/helplines.ts only.
// Any change to these texts needs a review by an expert by experience.
import type { AgeText, InlineLocalized, Lang, Localized, ThemeId, ThemeKind } from './types';

/** Verdicts that carry a theme-specific message (liever_niet never does: it says nothing about the home). */
export type SayingVerdict = 'normaal' | 'let_op' | 'niet_ok' | 'gevaar';

export interface ThemeTexts {
  /** Neutral topic title for the card. Never a verdict word: it is also shown for "zeg ik liever niet". */
  readonly label: AgeText;
  /** The word for it. */
  readonly name: string;
  /** One or two sentences that explain the word (explain any term once). */
  readonly nameText: AgeText;
  /**
   * Completes the sentence "Je vertelt dat het bij jou thuis soms gebeurt dat ..." (nl) or
   * "You told us that at your home it sometimes happens that ..." (en). No full stop.
   */
  readonly situation: AgeText;
  /** What is normal in families. Shown on every card of this theme, so it never contains a verdict word. */
  readonly whatIsNormal: AgeText;
  /** What the card says per verdict; must cover every verdict the rules can give for this theme. */
  readonly says: Readonly<Partial<Record<SayingVerdict, AgeText>>>;
  /** Replaces the standard "je bent niet de enige" line where the class figure does not apply. */
  readonly notAlone?: AgeText;
  /** Added to "what you can do" on let_op / niet_ok / gevaar cards. */
  readonly canDo?: AgeText;
}

export interface Theme {
  readonly id: ThemeId;
  readonly kind: ThemeKind;
  /** True when one time is already not OK (hitting, sexual abuse, witnessing violence). */
  readonly onceIsNotOk: boolean;
  /** The form as named in CONTENT.md's table. */
  readonly form: string;
  readonly source: string;
  readonly text: Localized<ThemeTexts>;
}

const NORMAL_SOURCE =
  "CONTENT.md 'What is normal, and where the line is' (art. 1:247 lid 2 BW; our wording, derived from the law)";

/** The table with its Dutch and English texts inline; Polish and Bulgarian live in ./texts/<lang>.ts. */
const TABLE: readonly (Omit<Theme, 'text'> & { readonly text: InlineLocalized<ThemeTexts> })[] = [
  {
    id: 'lichamelijke_mishandeling',
    kind: 'mishandeling',
    onceIsNotOk: true,
    form: 'lichamelijke mishandeling',
    source: 'jgzrichtlijnen.nl JGZ-richtlijn kindermishandeling 1.1.3; art. 1:247 lid 2 BW',
    text: {
      nl: {
        label: 'Slaan of pijn doen',
        name: 'lichamelijke mishandeling',
        nameText: {
          default:
            'Als een volwassene een kind slaat, schopt, knijpt, aan de haren trekt, gooit of door elkaar schudt, heet dat lichamelijke mishandeling.',
          '10-12':
            'Als een volwassene een kind pijn doet, bijvoorbeeld door slaan of schoppen, heet dat lichamelijke mishandeling.',
        },
        situation: 'een volwassene je slaat, schopt of op een andere manier pijn doet',
        whatIsNormal:
          'Ouders mogen een kind nooit slaan of pijn doen. Ook niet één keer, en ook niet als straf. Dat staat in de wet. Een kind stevig vasthouden om een ongeluk te voorkomen, bijvoorbeeld bij een drukke weg, is geen geweld.',
        says: {
          normaal: 'Zo hoort het ook: thuis hoort niemand je pijn te doen.',
          niet_ok:
            'Wat je vertelt klinkt als lichamelijke mishandeling. Niemand mag jou slaan of pijn doen, ook niet één keer. Goed dat je hiernaar kijkt.',
          gevaar:
            'Wat je vertelt klinkt als lichamelijke mishandeling. En je zegt dat je nu niet veilig bent. Dat is heel belangrijk: jouw veiligheid gaat voor alles.',
        },
      },
      en: {
        label: 'Hitting or hurting',
        name: 'physical abuse',
        nameText: {
          default:
            "When an adult hits, kicks, pinches, pulls the hair of, throws or shakes a child, that is called physical abuse ('lichamelijke mishandeling').",
          '10-12':
            "When an adult hurts a child, for example by hitting or kicking, that is called physical abuse ('lichamelijke mishandeling').",
        },
        situation: 'an adult hits you, kicks you or hurts you in another way',
        whatIsNormal:
          'Parents may never hit or hurt a child. Not even once, and not as a punishment either. That is the law in the Netherlands. Holding a child firmly to prevent an accident, for example near a busy road, is not violence.',
        says: {
          normaal: 'That is how it should be: nobody at home should hurt you.',
          niet_ok:
            'What you tell sounds like physical abuse. Nobody is allowed to hit or hurt you, not even once. It is good that you are looking at this.',
          gevaar:
            'What you tell sounds like physical abuse. And you say you are not safe right now. That matters a lot: your safety comes first.',
        },
      },
    },
  },
  {
    id: 'emotionele_mishandeling',
    kind: 'mishandeling',
    onceIsNotOk: false,
    form: 'emotionele / psychische mishandeling',
    source: 'jgzrichtlijnen.nl JGZ-richtlijn kindermishandeling 1.1.3',
    text: {
      nl: {
        label: 'Uitschelden en bang maken',
        name: 'emotionele mishandeling',
        nameText: {
          default:
            'Als een volwassene een kind steeds uitscheldt, vernedert, kleineert, bedreigt, bang maakt of opsluit, heet dat emotionele mishandeling. Een kind gebruiken in de ruzie tussen ouders hoort daar ook bij.',
          '10-12':
            'Als een volwassene een kind steeds uitscheldt, bang maakt of zegt dat het niets waard is, heet dat emotionele mishandeling. Woorden kunnen ook pijn doen.',
        },
        situation: {
          default: 'een volwassene je uitscheldt, vernedert, bedreigt of bang maakt',
          '10-12': 'een volwassene je uitscheldt of bang maakt',
        },
        whatIsNormal:
          'Iedere ouder is weleens boos of zegt iets wat niet aardig is. Dat is normaal, zeker als het daarna weer goedkomt. Maar een kind steeds uitschelden, uitlachen of bang maken hoort er niet bij.',
        says: {
          normaal: 'Zo hoort het ook: thuis mag je je veilig voelen, ook als er weleens ruzie is.',
          let_op:
            'Wat je vertelt is iets om goed op te letten. Als het steeds weer gebeurt, klinkt het als emotionele mishandeling. Jij weet zelf het beste hoe het voelt. Goed dat je hiernaar kijkt.',
          niet_ok:
            'Wat je vertelt klinkt als emotionele mishandeling. Steeds uitgescholden of bang gemaakt worden doet pijn, ook al zie je het niet aan de buitenkant. Goed dat je hiernaar kijkt.',
          gevaar:
            'Wat je vertelt klinkt als emotionele mishandeling. En je zegt dat je nu niet veilig bent. Dat is heel belangrijk: jouw veiligheid gaat voor alles.',
        },
      },
      en: {
        label: 'Name-calling and being scared',
        name: 'emotional abuse',
        nameText: {
          default:
            "When an adult keeps calling a child names, humiliating them, putting them down, threatening them, scaring them or locking them up, that is called emotional abuse ('emotionele mishandeling'). Using a child in a fight between parents is part of it too.",
          '10-12':
            "When an adult keeps calling a child names, scaring them or saying they are worth nothing, that is called emotional abuse ('emotionele mishandeling'). Words can hurt too.",
        },
        situation: {
          default: 'an adult calls you names, humiliates you, threatens you or scares you',
          '10-12': 'an adult calls you names or scares you',
        },
        whatIsNormal:
          'Every parent is sometimes angry or says something unkind. That is normal, especially when it is made up afterwards. But calling a child names, laughing at them or scaring them again and again is not part of it.',
        says: {
          normaal:
            'That is how it should be: you should feel safe at home, even when there is an argument now and then.',
          let_op:
            'What you tell is something to pay close attention to. If it happens again and again, it sounds like emotional abuse. You know best how it feels. It is good that you are looking at this.',
          niet_ok:
            'What you tell sounds like emotional abuse. Being called names or scared again and again hurts, even if nobody can see it on the outside. It is good that you are looking at this.',
          gevaar:
            'What you tell sounds like emotional abuse. And you say you are not safe right now. That matters a lot: your safety comes first.',
        },
      },
    },
  },
  {
    id: 'lichamelijke_verwaarlozing',
    kind: 'mishandeling',
    onceIsNotOk: false,
    form: 'lichamelijke verwaarlozing',
    source: 'cjgmeierijstad.nl; jgzrichtlijnen.nl',
    text: {
      nl: {
        label: 'Eten, kleren en slapen',
        name: 'lichamelijke verwaarlozing',
        nameText: {
          default:
            'Als een kind lange tijd niet genoeg eten, schone kleren of slaap krijgt, of niet naar de dokter gaat als het ziek is, heet dat lichamelijke verwaarlozing.',
          '10-12':
            'Als een kind vaak niet genoeg eten krijgt, geen schone kleren heeft of niet naar de dokter gaat als het ziek is, heet dat lichamelijke verwaarlozing. Verwaarlozen betekent: niet goed voor iemand zorgen.',
        },
        situation:
          'er niet genoeg eten is, je geen schone kleren hebt of niet naar de dokter gaat als je ziek bent',
        whatIsNormal:
          'Elk kind heeft recht op genoeg eten, schone kleren, een plek om te slapen en een dokter als het ziek is. Soms is er thuis minder geld of een drukke week. Dat is nog geen verwaarlozing, zolang er voor je gezorgd wordt.',
        says: {
          normaal: 'Zo hoort het ook: er wordt thuis voor je gezorgd.',
          let_op:
            'Wat je vertelt is iets om goed op te letten. Als het lang duurt of steeds weer gebeurt, klinkt het als lichamelijke verwaarlozing. Goed dat je hiernaar kijkt.',
          niet_ok:
            'Wat je vertelt klinkt als lichamelijke verwaarlozing. Jij hebt recht op eten, schone kleren, slaap en zorg als je ziek bent. Goed dat je hiernaar kijkt.',
          gevaar:
            'Wat je vertelt klinkt als lichamelijke verwaarlozing. En je zegt dat je nu niet veilig bent. Dat is heel belangrijk: jouw veiligheid gaat voor alles.',
        },
      },
      en: {
        label: 'Food, clothes and sleep',
        name: 'physical neglect',
        nameText: {
          default:
            "When a child goes a long time without enough food, clean clothes or sleep, or does not see a doctor when ill, that is called physical neglect ('lichamelijke verwaarlozing').",
          '10-12':
            "When a child often does not get enough to eat, has no clean clothes or does not see a doctor when ill, that is called physical neglect ('lichamelijke verwaarlozing'). Neglect means: not taking proper care of someone.",
        },
        situation:
          'there is not enough food, you have no clean clothes or you do not see a doctor when you are ill',
        whatIsNormal:
          'Every child has a right to enough food, clean clothes, a place to sleep and a doctor when ill. Sometimes a family has less money or a busy week. That is not neglect yet, as long as you are taken care of.',
        says: {
          normaal: 'That is how it should be: you are taken care of at home.',
          let_op:
            'What you tell is something to pay close attention to. If it lasts long or happens again and again, it sounds like physical neglect. It is good that you are looking at this.',
          niet_ok:
            'What you tell sounds like physical neglect. You have a right to food, clean clothes, sleep and care when you are ill. It is good that you are looking at this.',
          gevaar:
            'What you tell sounds like physical neglect. And you say you are not safe right now. That matters a lot: your safety comes first.',
        },
      },
    },
  },
  {
    id: 'emotionele_verwaarlozing',
    kind: 'mishandeling',
    onceIsNotOk: false,
    form: 'emotionele verwaarlozing',
    source: 'kinderbescherming.nl; nji.nl/cijfers/kindermishandeling (NPM-2017: 36%, the most common form)',
    text: {
      nl: {
        label: 'Aandacht en warmte',
        name: 'emotionele verwaarlozing',
        nameText: {
          default:
            'Als een kind lange tijd te weinig aandacht, warmte, troost of veiligheid krijgt, heet dat emotionele verwaarlozing. Het is de vorm van kindermishandeling die het vaakst voorkomt.',
          '10-12':
            'Als een kind lange tijd bijna geen aandacht, knuffels of troost krijgt, heet dat emotionele verwaarlozing. Het is de vorm van kindermishandeling die het vaakst voorkomt.',
        },
        situation: 'niemand echt aandacht voor je heeft, je troost of vraagt hoe het met je gaat',
        whatIsNormal:
          'Ouders hebben niet altijd tijd. Soms zijn ze moe of druk. Dat is normaal. Maar elk kind heeft iemand nodig die luistert, troost en laat merken: jij bent belangrijk.',
        says: {
          normaal: 'Zo hoort het ook: er is thuis aandacht voor jou.',
          let_op:
            'Wat je vertelt is iets om goed op te letten. Als het lang zo blijft, klinkt het als emotionele verwaarlozing. Te weinig aandacht krijgen telt ook, ook al doet niemand je pijn. Goed dat je hiernaar kijkt.',
          niet_ok:
            'Wat je vertelt klinkt als emotionele verwaarlozing. Te weinig aandacht en warmte krijgen telt ook, ook al doet niemand je pijn. Goed dat je hiernaar kijkt.',
          gevaar:
            'Wat je vertelt klinkt als emotionele verwaarlozing. En je zegt dat je nu niet veilig bent. Dat is heel belangrijk: jouw veiligheid gaat voor alles.',
        },
      },
      en: {
        label: 'Attention and warmth',
        name: 'emotional neglect',
        nameText: {
          default:
            "When a child goes a long time with too little attention, warmth, comfort or safety, that is called emotional neglect ('emotionele verwaarlozing'). It is the most common form of child abuse.",
          '10-12':
            "When a child goes a long time with hardly any attention, hugs or comfort, that is called emotional neglect ('emotionele verwaarlozing'). It is the most common form of child abuse.",
        },
        situation: 'nobody really pays attention to you, comforts you or asks how you are',
        whatIsNormal:
          'Parents do not always have time. Sometimes they are tired or busy. That is normal. But every child needs someone who listens, comforts them and shows them: you matter.',
        says: {
          normaal: 'That is how it should be: at home there is attention for you.',
          let_op:
            'What you tell is something to pay close attention to. If it stays like this for a long time, it sounds like emotional neglect. Getting too little attention counts too, even if nobody hurts you. It is good that you are looking at this.',
          niet_ok:
            'What you tell sounds like emotional neglect. Getting too little attention and warmth counts too, even if nobody hurts you. It is good that you are looking at this.',
          gevaar:
            'What you tell sounds like emotional neglect. And you say you are not safe right now. That matters a lot: your safety comes first.',
        },
      },
    },
  },
  {
    id: 'seksueel_misbruik',
    kind: 'mishandeling',
    onceIsNotOk: true,
    form: 'seksueel misbruik',
    source:
      'cjgmeierijstad.nl; kinderbescherming.nl; huiselijkgeweld.nl factsheet 2018; centrumseksueelgeweld.nl',
    text: {
      nl: {
        label: 'Aanrakingen die niet goed voelen',
        name: 'seksueel misbruik',
        nameText: {
          default:
            "Als iemand seksuele dingen met een kind doet of van een kind vraagt die niet bij de leeftijd van het kind passen, en het kind kan er niet onderuit, heet dat seksueel misbruik. Dat kan ook online gebeuren, bijvoorbeeld met foto's of berichten.",
          '10-12':
            'Als iemand een kind aanraakt op een manier die niet goed voelt, of wil dat het kind daarover een geheim bewaart, kan dat seksueel misbruik zijn.',
        },
        situation: {
          default:
            'iemand je aanraakt op een manier die je niet wilt, of seksuele dingen van je vraagt, ook online',
          '10-12':
            'iemand je aanraakt op een manier die niet goed voelt, of wil dat je een zwaar geheim bewaart',
        },
        whatIsNormal: {
          default:
            'Jouw lichaam is van jou. Een knuffel die goed voelt is normaal. Maar niemand mag jou aanraken op een manier die je niet wilt, of seksuele dingen van je vragen. Ook niet één keer, en ook niet online.',
          '10-12':
            'Jouw lichaam is van jou. Een knuffel die goed voelt is normaal. Maar niemand mag jou aanraken op een manier die niet goed voelt. Een geheim dat zwaar voelt, mag je altijd vertellen.',
        },
        says: {
          normaal: 'Zo hoort het ook: jouw lichaam is van jou.',
          niet_ok: {
            default:
              'Wat je vertelt klinkt als seksueel misbruik. Dat mag niemand doen, ook niet één keer. Je mag er altijd over praten, ook als iemand zei dat het geheim moet blijven. Goed dat je hiernaar kijkt.',
            '10-12':
              'Wat je vertelt klinkt als iets wat niemand met jou mag doen, ook niet één keer. Een zwaar geheim mag je altijd vertellen, ook als iemand zei dat het niet mocht. Goed dat je hiernaar kijkt.',
          },
          gevaar:
            'Wat je vertelt klinkt als seksueel misbruik. En je zegt dat je nu niet veilig bent. Dat is heel belangrijk: jouw veiligheid gaat voor alles.',
        },
        canDo:
          'Er is ook een hulplijn speciaal hiervoor: Centrum Seksueel Geweld. Is het in de afgelopen week gebeurd? Neem dan snel contact op, want dan kunnen ze je het beste helpen.',
      },
      en: {
        label: "Touching that doesn't feel right",
        name: 'sexual abuse',
        nameText: {
          default:
            "When someone does sexual things with a child, or asks a child for them, that do not fit the child's age and the child cannot get away from, that is called sexual abuse ('seksueel misbruik'). It can also happen online, for example with photos or messages.",
          '10-12':
            "When someone touches a child in a way that does not feel right, or wants the child to keep it a secret, that can be sexual abuse ('seksueel misbruik').",
        },
        situation: {
          default: 'someone touches you in a way you do not want, or asks sexual things of you, also online',
          '10-12':
            'someone touches you in a way that does not feel right, or wants you to keep a heavy secret',
        },
        whatIsNormal: {
          default:
            'Your body belongs to you. A hug that feels good is normal. But nobody may touch you in a way you do not want, or ask sexual things of you. Not even once, and not online either.',
          '10-12':
            'Your body belongs to you. A hug that feels good is normal. But nobody may touch you in a way that does not feel right. You may always tell a secret that feels heavy.',
        },
        says: {
          normaal: 'That is how it should be: your body belongs to you.',
          niet_ok: {
            default:
              'What you tell sounds like sexual abuse. Nobody may do that, not even once. You may always talk about it, even if someone said it has to stay a secret. It is good that you are looking at this.',
            '10-12':
              'What you tell sounds like something nobody may do to you, not even once. You may always tell a heavy secret, even if someone said you were not allowed to. It is good that you are looking at this.',
          },
          gevaar:
            'What you tell sounds like sexual abuse. And you say you are not safe right now. That matters a lot: your safety comes first.',
        },
        canDo:
          'There is also a helpline just for this: Centrum Seksueel Geweld (Sexual Assault Centre). Did it happen in the past week? Then contact them soon, because that is when they can help you best.',
      },
    },
  },
  {
    id: 'getuige_huiselijk_geweld',
    kind: 'mishandeling',
    onceIsNotOk: true,
    form: 'getuige van huiselijk geweld',
    source: 'kinderbescherming.nl',
    text: {
      nl: {
        label: {
          default: 'Geweld tussen volwassenen thuis',
          '10-12': 'Als volwassenen thuis elkaar pijn doen',
        },
        name: 'getuige zijn van huiselijk geweld',
        nameText:
          'Als een kind ziet of hoort dat een ouder wordt geslagen, bedreigd of vernederd, heet dat getuige zijn van huiselijk geweld. Dat telt ook als kindermishandeling, want het doet het kind pijn.',
        situation: {
          default: 'een volwassene een ander slaat, bedreigt of vernedert, en jij dat ziet of hoort',
          '10-12': 'een volwassene een ander slaat of bang maakt, en jij dat ziet of hoort',
        },
        whatIsNormal:
          'Ouders hebben weleens ruzie. Ze praten dan hard of zijn boos. Dat is normaal. Maar slaan, bedreigen of vernederen hoort er niet bij, ook niet tussen volwassenen.',
        says: {
          normaal: 'Zo hoort het ook: ruzie mag, maar zonder geweld.',
          niet_ok:
            'Wat je vertelt klinkt als huiselijk geweld. Ook als jij zelf niet geslagen wordt, is het heel naar om te zien of te horen. Het is niet jouw taak om het op te lossen. Goed dat je hiernaar kijkt.',
          gevaar:
            'Wat je vertelt klinkt als huiselijk geweld. En je zegt dat je nu niet veilig bent. Dat is heel belangrijk: jouw veiligheid gaat voor alles.',
        },
      },
      en: {
        label: { default: 'Violence between adults at home', '10-12': 'When adults at home hurt each other' },
        name: 'witnessing domestic violence',
        nameText:
          "When a child sees or hears a parent being hit, threatened or humiliated, that is called witnessing domestic violence ('getuige van huiselijk geweld'). It counts as child abuse too, because it hurts the child.",
        situation: {
          default: 'an adult hits, threatens or humiliates someone else, and you see or hear it',
          '10-12': 'an adult hits or scares someone else, and you see or hear it',
        },
        whatIsNormal:
          'Parents sometimes argue. They talk loudly or are angry. That is normal. But hitting, threatening or humiliating is not part of it, not between adults either.',
        says: {
          normaal: 'That is how it should be: arguing is allowed, but without violence.',
          niet_ok:
            'What you tell sounds like domestic violence. Even if you are not hit yourself, it is very hard to see or hear. It is not your job to fix it. It is good that you are looking at this.',
          gevaar:
            'What you tell sounds like domestic violence. And you say you are not safe right now. That matters a lot: your safety comes first.',
        },
      },
    },
  },
  {
    id: 'vechtscheiding',
    kind: 'mishandeling',
    onceIsNotOk: false,
    form: 'vechtscheiding / complexe scheiding',
    source: 'veiligthuismiddenbrabant.nl; kinderombudsman.nl',
    text: {
      nl: {
        label: 'Ouders die uit elkaar gaan en ruzie blijven maken',
        name: 'vechtscheiding',
        nameText:
          'Als ouders uit elkaar gaan en lange tijd heftige ruzie blijven maken, en het kind ertussen komt te staan, heet dat een vechtscheiding. Het kind zit dan klem.',
        situation: 'je ouders heftige ruzie maken over de scheiding en jij ertussen zit',
        whatIsNormal:
          'Als ouders uit elkaar gaan, is er vaak verdriet en soms ruzie. Dat is normaal. Maar een kind hoeft niet te kiezen, geen boodschappen over te brengen en niet in de ruzie te zitten. Je mag van allebei je ouders houden.',
        says: {
          normaal: 'Zo hoort het ook: jij hoeft niet tussen je ouders in te staan.',
          let_op:
            'Wat je vertelt is iets om goed op te letten. Als het lang duurt, klinkt het als een vechtscheiding. Jij hoeft niet te kiezen. Goed dat je hiernaar kijkt.',
          niet_ok:
            'Wat je vertelt klinkt als een vechtscheiding. Dat is zwaar voor een kind. Jij hoeft niet te kiezen, en het is niet jouw taak om de ruzie op te lossen. Goed dat je hiernaar kijkt.',
          gevaar:
            'Wat je vertelt klinkt als een vechtscheiding. En je zegt dat je nu niet veilig bent. Dat is heel belangrijk: jouw veiligheid gaat voor alles.',
        },
      },
      en: {
        label: 'Parents who split up and keep fighting',
        name: 'high-conflict divorce',
        nameText:
          "When parents split up and keep having heavy fights for a long time, and the child ends up in the middle, that is called a high-conflict divorce ('vechtscheiding'). The child is stuck between them.",
        situation: 'your parents fight hard about the divorce and you are caught in the middle',
        whatIsNormal:
          'When parents split up, there is often sadness and sometimes arguing. That is normal. But a child does not have to choose, does not have to pass on messages and should not be part of the fight. You may love both your parents.',
        says: {
          normaal: 'That is how it should be: you do not have to stand between your parents.',
          let_op:
            'What you tell is something to pay close attention to. If it goes on for a long time, it sounds like a high-conflict divorce. You do not have to choose. It is good that you are looking at this.',
          niet_ok:
            'What you tell sounds like a high-conflict divorce. That is hard for a child. You do not have to choose, and it is not your job to solve the fight. It is good that you are looking at this.',
          gevaar:
            'What you tell sounds like a high-conflict divorce. And you say you are not safe right now. That matters a lot: your safety comes first.',
        },
      },
    },
  },
  {
    id: 'jonge_mantelzorger',
    kind: 'zorg',
    onceIsNotOk: false,
    form: 'jonge mantelzorger (not abuse in itself)',
    source: "CONTENT.md 'Forms of kindermishandeling' (young carer: worth a scenario, not abuse in itself)",
    text: {
      nl: {
        label: 'Zorgen voor een ouder',
        name: 'jonge mantelzorger',
        nameText:
          'Een kind dat thuis veel zorgt voor een ouder die ziek is, een beperking heeft of verslaafd is, heet een jonge mantelzorger. Dat is geen mishandeling, maar het kan wel heel zwaar zijn.',
        situation: 'jij veel zorgt voor een ouder die ziek of verslaafd is, en er weinig tijd is voor jezelf',
        whatIsNormal:
          'Helpen in huis is normaal, zoals de tafel dekken of op een broertje of zusje letten. Maar een kind hoeft de zorg voor een ouder niet alleen te dragen. Jij mag ook gewoon kind zijn: spelen, vrienden zien en huiswerk maken.',
        says: {
          normaal: 'Zo hoort het ook: er is thuis ook tijd en aandacht voor jou.',
          let_op:
            'Wat je vertelt is iets om goed op te letten. Je zorgt soms veel voor je ouder. Dat laat zien hoeveel je om je ouder geeft. Maar jouw eigen leven is ook belangrijk. Goed dat je hiernaar kijkt.',
          niet_ok:
            'Wat je vertelt klinkt als heel veel zorg voor een kind. Dat is geen mishandeling, maar het is wel zwaar. Het is niet jouw taak om dit alleen te dragen. Goed dat je hiernaar kijkt.',
        },
        notAlone: 'Je bent niet de enige. Er zijn veel meer kinderen die thuis voor een ouder zorgen.',
        canDo:
          'Er is hulp voor jonge mantelzorgers, zodat jij ook tijd hebt om kind te zijn. Vraag ernaar bij iemand die je vertrouwt, op school of bij de huisarts.',
      },
      en: {
        label: 'Caring for a parent',
        name: 'young carer',
        nameText:
          "A child who does a lot of caring at home for a parent who is ill, has a disability or an addiction is called a young carer ('jonge mantelzorger'). That is not abuse, but it can be very heavy.",
        situation:
          'you do a lot of caring for a parent who is ill or addicted, and there is little time for yourself',
        whatIsNormal:
          'Helping at home is normal, like setting the table or keeping an eye on a younger brother or sister. But a child does not have to carry the care for a parent alone. You may just be a child too: play, see friends and do your homework.',
        says: {
          normaal: 'That is how it should be: at home there is time and attention for you too.',
          let_op:
            'What you tell is something to pay close attention to. You sometimes do a lot of caring for your parent. That shows how much you care about them. But your own life matters too. It is good that you are looking at this.',
          niet_ok:
            'What you tell sounds like a lot of caring for a child. That is not abuse, but it is heavy. It is not your job to carry this alone. It is good that you are looking at this.',
        },
        notAlone: 'You are not the only one. There are many more children who care for a parent at home.',
        canDo:
          'There is help for young carers, so that you also have time to be a child. Ask about it with someone you trust, at school or at the family doctor.',
      },
    },
  },
  {
    id: 'ruzie_goedkomen',
    kind: 'normaal',
    onceIsNotOk: false,
    form: 'normaal: ruzie die weer goedkomt',
    source: NORMAL_SOURCE,
    text: {
      nl: {
        label: 'Ruzie en het weer goedmaken',
        name: 'ruzie die weer goedkomt',
        nameText: 'Ruzie die daarna weer goedkomt, hoort bij gewoon samenleven.',
        situation: 'er ruzie is die daarna weer goedkomt',
        whatIsNormal:
          'In elk gezin is er weleens ruzie. Dat is normaal. Belangrijk is dat het daarna weer goedkomt, dat er geen geweld is en dat niemand wordt vernederd.',
        says: {
          normaal:
            'Ruzie maken en het daarna weer goedmaken hoort bij een gezin. Zo leer je dat boos zijn mag, en dat je het samen weer kunt oplossen.',
        },
      },
      en: {
        label: 'Arguing and making up',
        name: 'an argument that gets sorted out',
        nameText: 'An argument that gets sorted out afterwards is part of ordinary family life.',
        situation: 'there is an argument that gets sorted out afterwards',
        whatIsNormal:
          'In every family there is sometimes an argument. That is normal. What matters is that it is sorted out afterwards, that there is no violence and that nobody is humiliated.',
        says: {
          normaal:
            'Arguing and making up afterwards is part of family life. It teaches you that being angry is allowed, and that you can sort things out together.',
        },
      },
    },
  },
  {
    id: 'strenge_regels',
    kind: 'normaal',
    onceIsNotOk: false,
    form: 'normaal: strenge regels',
    source: NORMAL_SOURCE,
    text: {
      nl: {
        label: 'Strenge regels',
        name: 'strenge regels',
        nameText: 'Regels over bijvoorbeeld schermtijd, bedtijd of op tijd thuis zijn, horen bij opvoeden.',
        situation: 'er strenge regels zijn, bijvoorbeeld over schermtijd of hoe laat je thuis moet zijn',
        whatIsNormal:
          'Veel ouders hebben strenge regels, bijvoorbeeld over schermtijd, bedtijd of op tijd thuis zijn. Dat is normaal, ook als jij het niet eerlijk vindt. Zolang er geen geweld is, niemand je vernedert en je krijgt wat je nodig hebt.',
        says: {
          normaal:
            'Regels, ook strenge, horen bij opvoeden. Je mag het er wel mee oneens zijn en erover praten met je ouders.',
        },
      },
      en: {
        label: 'Strict rules',
        name: 'strict rules',
        nameText:
          'Rules about, for example, screen time, bedtime or being home on time are part of raising children.',
        situation: 'there are strict rules, for example about screen time or what time you have to be home',
        whatIsNormal:
          'Many parents have strict rules, for example about screen time, bedtime or being home on time. That is normal, even if you think it is unfair. As long as there is no violence, nobody humiliates you and you get what you need.',
        says: {
          normaal:
            'Rules, even strict ones, are part of raising children. You are allowed to disagree and to talk about it with your parents.',
        },
      },
    },
  },
  {
    id: 'eerlijke_straf',
    kind: 'normaal',
    onceIsNotOk: false,
    form: 'normaal: een eerlijke straf',
    source: NORMAL_SOURCE,
    text: {
      nl: {
        label: 'Straf krijgen',
        name: 'een eerlijke straf',
        nameText: 'Een straf die past bij wat er gebeurde, zoals huisarrest, hoort bij opvoeden.',
        situation: 'je een straf krijgt als je iets fout doet, zoals huisarrest of een tijdje geen telefoon',
        whatIsNormal:
          'Een straf zoals huisarrest of een tijdje geen telefoon is normaal, als die past bij wat er gebeurde. Slaan, opsluiten of uitschelden is nooit een straf die mag.',
        says: {
          normaal:
            'Een eerlijke straf hoort bij opvoeden. Het helpt als je ouders uitleggen waarom, en als het daarna weer over is.',
        },
      },
      en: {
        label: 'Being punished',
        name: 'a fair punishment',
        nameText: 'A punishment that fits what happened, like being grounded, is part of raising children.',
        situation:
          'you get a punishment when you do something wrong, like being grounded or no phone for a while',
        whatIsNormal:
          'A punishment like being grounded or no phone for a while is normal, if it fits what happened. Hitting, locking up or name-calling is never an allowed punishment.',
        says: {
          normaal:
            'A fair punishment is part of raising children. It helps when your parents explain why, and when it is over afterwards.',
        },
      },
    },
  },
  {
    id: 'ouder_sorry',
    kind: 'normaal',
    onceIsNotOk: false,
    form: 'normaal: een ouder die sorry zegt',
    source: NORMAL_SOURCE,
    text: {
      nl: {
        label: 'Als een ouder sorry zegt',
        name: 'sorry zeggen',
        nameText: 'Sorry zeggen en het weer goedmaken hoort bij samenleven, ook voor ouders.',
        situation: 'een ouder tegen je uitvalt en daarna sorry zegt',
        whatIsNormal:
          'Ouders zijn ook mensen. Ze zijn soms moe of chagrijnig en vallen weleens uit. Dat is normaal. Sorry zeggen en het weer goedmaken hoort erbij. Maar slaan of pijn doen mag nooit, ook niet als er daarna sorry wordt gezegd.',
        says: {
          normaal:
            'Iedereen doet weleens iets verkeerd, ook ouders. Sorry zeggen en het goedmaken hoort erbij.',
        },
      },
      en: {
        label: 'When a parent says sorry',
        name: 'saying sorry',
        nameText: 'Saying sorry and making up is part of living together, for parents too.',
        situation: 'a parent snaps at you and says sorry afterwards',
        whatIsNormal:
          'Parents are human too. Sometimes they are tired or grumpy and snap at you. That is normal. Saying sorry and making up is part of it. But hitting or hurting is never allowed, not even when someone says sorry afterwards.',
        says: {
          normaal:
            'Everybody does something wrong sometimes, parents too. Saying sorry and making up is part of it.',
        },
      },
    },
  },
];

/**
 * Dutch and English are built in; Polish and Bulgarian arrive with their language pack
 * (src/i18n/packs/), which the app loads and installs before it ever shows that language.
 */
export const THEMES: readonly Theme[] = TABLE.map((theme) => ({
  ...theme,
  text: { ...theme.text } as Localized<ThemeTexts>,
}));

/** Adds one language's theme texts (from its language pack). */
export function installThemeTexts(lang: Lang, texts: Readonly<Record<ThemeId, ThemeTexts>>): void {
  for (const theme of THEMES) (theme.text as Record<Lang, ThemeTexts>)[lang] = texts[theme.id];
}

const BY_ID: ReadonlyMap<string, Theme> = new Map(THEMES.map((t) => [t.id, t]));

/** The theme with this id, or undefined for an unknown id. */
export function getTheme(id: string): Theme | undefined {
  return BY_ID.get(id);
}
