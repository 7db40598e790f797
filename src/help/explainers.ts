// "Wat gebeurt er als ik bel of chat?" Short, honest explainers in child language (B1).
// Never promise secrecy on behalf of others; say what they keep private and what they may do when a child
// is in danger (CONTENT.md, "Language"). No numbers or hours here: those live in helplines.ts.
import type { InlineLocalized, Lang, Localized } from '../reflection/types';
import type { ExplainerId, HelpTexts } from './types';

export type { ExplainerId };

export interface Explainer {
  readonly id: ExplainerId;
  readonly title: Localized;
  /** Short points, in reading order. */
  readonly points: Localized<readonly string[]>;
  readonly source: string;
}

/** Dutch and English inline; the other languages in ./texts/<lang>.ts. */
const TABLE: readonly (Omit<Explainer, 'title' | 'points'> & {
  readonly title: InlineLocalized;
  readonly points: InlineLocalized<readonly string[]>;
})[] = [
  {
    id: 'kindertelefoon',
    title: {
      nl: 'Wat gebeurt er als ik De Kindertelefoon bel of chat?',
      en: 'What happens when I call or chat with De Kindertelefoon?',
    },
    points: {
      nl: [
        'Je praat met een getrainde vrijwilliger. Die luistert naar je en denkt met je mee.',
        'Je hoeft je naam niet te zeggen. Ze zien je telefoonnummer niet.',
        'Bellen is gratis en staat niet op de telefoonrekening. Maar het nummer staat wel in de lijst met gesprekken op je telefoon. Op de meeste telefoons kun je het daar weghalen.',
        'Chatten gaat via hun eigen website. Die kan in de geschiedenis van je browser komen te staan.',
        'Jij bepaalt waar je over praat. Je mag altijd ophangen of stoppen met chatten.',
        'Wat je vertelt, blijft bij De Kindertelefoon. Ze vertellen het alleen verder als jij dat goed vindt, als je leven in gevaar is, of als de wet het verplicht.',
        'Ze kunnen je helpen met een volgende stap, bijvoorbeeld om het aan een volwassene te vertellen. Jij beslist zelf.',
      ],
      en: [
        'You talk to a trained volunteer. They listen to you and think along with you.',
        'You do not have to give your name. They cannot see your phone number.',
        'Calling is free and does not show on the phone bill. But the number does show in the call list on your phone. On most phones you can delete it there.',
        "Chatting happens on their own website. That can end up in your browser's history.",
        'You decide what you talk about. You can always hang up or stop chatting.',
        'What you tell stays with De Kindertelefoon. They only pass it on if you agree, if your life is in danger, or if the law requires it.',
        'They can help you with a next step, for example telling an adult. You decide yourself.',
      ],
    },
    // 'cannot see your number' and 'passed on only with consent, in danger to life or by law':
    // kindertelefoon.nl/privacy-telefoon (1.2, geheimhoudingsplicht), read 2026-11.
    source:
      'kindertelefoon.nl (over ons; privacy; privacy-telefoon 1.2); CONTENT.md "Help"; SAFETY.md limits',
  },
  {
    id: 'veilig_thuis',
    title: {
      nl: 'Wat gebeurt er als ik Veilig Thuis bel of chat?',
      en: 'What happens when I call or chat with Veilig Thuis?',
    },
    points: {
      nl: [
        'Je praat met iemand die veel weet over veiligheid thuis. Die luistert naar je verhaal.',
        'Bellen is gratis. Je mag anoniem blijven: dan zeg je je naam niet. Het nummer staat wel in de lijst met gesprekken op je telefoon.',
        'Ze geven advies. Je hoeft niet zeker te weten of het erg genoeg is.',
        'Ze kunnen hulp regelen voor je gezin, zodat het thuis veiliger wordt. Meestal blijf je gewoon thuis wonen: de hulp komt naar jullie toe.',
        'Is een kind niet veilig? Dan mag Veilig Thuis ook iets doen als niet iedereen dat wil. Bijvoorbeeld praten met je ouders of met school. Ze vertellen je wat ze gaan doen en waarom.',
        'Is er nu direct gevaar? Bel dan 112.',
      ],
      en: [
        'You talk to someone who knows a lot about safety at home. They listen to your story.',
        'Calling is free. You may stay anonymous: then you do not give your name. The number does show in the call list on your phone.',
        'They give advice. You do not have to be sure that it is bad enough.',
        'They can arrange help for your family, so that home becomes safer. Most of the time you just keep living at home: the help comes to you.',
        'Is a child not safe? Then Veilig Thuis may also act when not everyone wants that. For example by talking with your parents or with school. They tell you what they are going to do and why.',
        'Is there danger right now? Then call 112.',
      ],
    },
    source:
      'rijksoverheid.nl; kinderbescherming.nl; hetklokhuis.nl (melding maken); augeo.nl (Veilig Thuis); CONTENT.md "Help"',
  },
  {
    id: 'vertrouwde_volwassene',
    title: {
      nl: 'Wat gebeurt er als ik het aan een volwassene vertel?',
      en: 'What happens when I tell an adult?',
    },
    points: {
      nl: [
        'De volwassene luistert naar je. Je mag zelf kiezen wat je vertelt.',
        'Die beslist niet alles alleen. Eerst praat hij of zij met jou over wat er kan gebeuren.',
        'Soms moet een volwassene hulp vragen aan anderen om jou te helpen. Dat bespreekt hij of zij eerst met jou.',
        'De meeste hulp gebeurt terwijl je gewoon thuis blijft wonen.',
      ],
      en: [
        'The adult listens to you. You may choose what you tell.',
        'They do not decide everything on their own. First they talk with you about what can happen.',
        'Sometimes an adult needs to ask others for help in order to help you. They talk that through with you first.',
        'Most help happens while you just keep living at home.',
      ],
    },
    source: 'academiepratenmetkinderen.nl; CONTENT.md "Help"',
  },
];

// Dutch and English are built in; Polish and Bulgarian arrive with their language pack.
export const EXPLAINERS: readonly Explainer[] = TABLE.map((explainer) => ({
  ...explainer,
  title: { ...explainer.title } as Explainer['title'],
  points: { ...explainer.points } as Explainer['points'],
}));

/** Adds one language's explainers (from its language pack). */
export function installExplainerTexts(lang: Lang, texts: HelpTexts): void {
  for (const explainer of EXPLAINERS) {
    (explainer.title as Record<Lang, string>)[lang] = texts.explainers[explainer.id].title;
    (explainer.points as Record<Lang, readonly string[]>)[lang] = texts.explainers[explainer.id].points;
  }
}

export function getExplainer(id: ExplainerId): Explainer {
  const e = EXPLAINERS.find((x) => x.id === id);
  if (e === undefined) throw new Error(`no explainer ${id}`);
  return e;
}
