// THE one data file of help options (CONTENT.md, "Help"). tests/unit/help-facts.test.ts checks every number
// and opening time against the table in CONTENT.md.
// Re-check every phone number and opening time on the organisation's own site before a release.
import type { AgeBand, InlineLocalized, Lang, Localized } from '../reflection/types';
import type { HelpLine, HelpLineId, HelpLineText, HelpTexts, TrustedAdult } from './types';

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const WORKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** In the order of CONTENT.md's table ("direct gevaar" always first). Texts: nl and en inline, others in ./texts. */
const LINES: readonly (Omit<HelpLine, 'text'> & { readonly text: InlineLocalized<HelpLineText> })[] = [
  {
    id: '112',
    name: '112',
    phone: '112',
    tel: '112',
    channels: [{ kind: 'phone', hours: 'always', source: 'rijksoverheid.nl' }],
    ages: { min: null, max: null },
    topics: ['acuut_gevaar'],
    free: true,
    anonymous: null,
    notOnBill: false,
    source: 'rijksoverheid.nl',
    text: {
      nl: {
        short:
          'Bel 112 als er nu gevaar is, bijvoorbeeld als iemand thuis wordt geslagen of bedreigd. Dan komt er zo snel mogelijk hulp.',
      },
      en: {
        short:
          'Call 112 when there is danger right now, for example when someone at home is being hit or threatened. Help will come as fast as possible.',
      },
    },
  },
  {
    id: 'kindertelefoon',
    name: 'De Kindertelefoon',
    phone: '0800-0432',
    tel: '08000432',
    chatUrl: 'https://www.kindertelefoon.nl/',
    channels: [
      {
        kind: 'phone',
        hours: [{ days: EVERY_DAY, from: '11:00', to: '21:00' }],
        source: 'kindertelefoon.nl (over ons; privacy telefoon)',
      },
      {
        kind: 'chat',
        hours: [{ days: EVERY_DAY, from: '11:00', to: '21:00' }],
        source: 'kindertelefoon.nl (over ons; privacy telefoon)',
      },
    ],
    ages: { min: 8, max: 18 },
    topics: ['praten', 'kindermishandeling', 'huiselijk_geweld', 'seksueel_geweld'],
    free: true,
    anonymous: 'yes',
    notOnBill: true,
    source: 'kindertelefoon.nl (over ons; privacy telefoon)',
    text: {
      nl: {
        short:
          'Praat met iemand over alles waar je mee zit, ook over wat er thuis gebeurt. Je hoeft je naam niet te zeggen. Bellen is gratis en staat niet op de telefoonrekening, maar wel in de lijst met gesprekken op je telefoon.',
      },
      en: {
        short:
          'Talk to someone about anything that bothers you, also about what happens at home. You do not have to give your name. Calling is free and does not show on the phone bill, but it does show in the call list on your phone.',
      },
    },
  },
  {
    id: 'veilig_thuis',
    name: 'Veilig Thuis',
    phone: '0800-2000',
    tel: '08002000',
    chatUrl: 'https://veiligthuis.nl/',
    channels: [
      { kind: 'phone', hours: 'always', source: 'rijksoverheid.nl; kinderbescherming.nl' },
      {
        kind: 'chat',
        hours: [{ days: WORKDAYS, from: '09:00', to: '17:00' }],
        varies: true,
        note: {
          nl: 'De chattijden verschillen per regio. Bellen kan altijd.',
          en: 'Chat times differ by region. You can always call.',
        } as Localized,
        source: 'rijksoverheid.nl; kinderbescherming.nl',
      },
    ],
    ages: { min: null, max: null },
    topics: ['kindermishandeling', 'huiselijk_geweld'],
    free: true,
    anonymous: 'possible',
    notOnBill: false,
    source: 'rijksoverheid.nl; kinderbescherming.nl',
    text: {
      nl: {
        short:
          'Voor als het thuis niet veilig is, of als je je zorgen maakt om iemand. Ze luisteren, geven advies en kunnen hulp regelen voor je gezin. Bellen is gratis en je mag anoniem blijven.',
      },
      en: {
        short:
          'For when it is not safe at home, or when you are worried about someone. They listen, give advice and can arrange help for your family. Calling is free and you may stay anonymous.',
      },
    },
  },
  {
    id: 'alles_oke',
    name: 'Alles Oké? Supportlijn',
    phone: '0800-0450',
    tel: '08000450',
    chatUrl: 'https://www.allesoke.nl/',
    channels: [
      { kind: 'phone', hours: [{ days: EVERY_DAY, from: '14:00', to: '22:00' }], source: 'nltimes.nl 2021' },
      { kind: 'chat', hours: [{ days: EVERY_DAY, from: '14:00', to: '22:00' }], source: 'nltimes.nl 2021' },
    ],
    ages: { min: 18, max: 24 },
    topics: ['praten'],
    free: true,
    anonymous: 'yes',
    notOnBill: false,
    source: 'nltimes.nl 2021',
    text: {
      nl: {
        short: 'Voor jongvolwassenen die ergens mee zitten. Je kunt over alles praten. Gratis en anoniem.',
      },
      en: {
        short:
          'For young adults who are struggling with something. You can talk about anything. Free and anonymous.',
      },
    },
  },
  {
    id: '113',
    name: '113 Zelfmoordpreventie',
    phone: '113',
    tel: '113',
    altPhones: [{ phone: '0800-0113', tel: '08000113' }],
    chatUrl: 'https://www.113.nl/',
    channels: [
      { kind: 'phone', hours: 'always', source: 'upday.com 2025' },
      { kind: 'chat', hours: 'always', source: 'upday.com 2025' },
    ],
    ages: { min: null, max: null },
    topics: ['zelfmoordgedachten'],
    free: true,
    anonymous: null,
    notOnBill: false,
    source: 'upday.com 2025',
    text: {
      nl: {
        short:
          'Denk je aan zelfmoord, of wil je soms niet meer leven? Of maak je je zorgen om iemand? Praat erover met 113. Het is gratis.',
      },
      en: {
        short:
          'Are you thinking about suicide, or do you sometimes not want to live anymore? Or are you worried about someone? Talk about it with 113. It is free.',
      },
    },
  },
  {
    id: 'centrum_seksueel_geweld',
    name: 'Centrum Seksueel Geweld',
    phone: '0800-0188',
    tel: '08000188',
    channels: [{ kind: 'phone', hours: 'always', source: 'centrumseksueelgeweld.nl' }],
    ages: { min: null, max: null },
    topics: ['seksueel_geweld'],
    free: true,
    anonymous: null,
    notOnBill: false,
    source: 'centrumseksueelgeweld.nl',
    text: {
      nl: {
        short:
          'Is er iets seksueels met je gebeurd wat je niet wilde? Zij helpen je, ook met een dokter. Is het in de afgelopen week gebeurd? Bel dan snel. Naar de politie gaan hoeft alleen als jij dat wilt.',
      },
      en: {
        short:
          'Did something sexual happen to you that you did not want? They help you, also with a doctor. Did it happen in the past week? Then call soon. Going to the police only happens if you want it.',
      },
    },
  },
  {
    id: 'politie',
    name: 'Politie (geen spoed)',
    phone: '0900-8844',
    tel: '09008844',
    channels: [{ kind: 'phone', hours: 'always', source: 'politie.nl' }],
    ages: { min: null, max: null },
    topics: ['politie'],
    free: false,
    anonymous: null,
    notOnBill: false,
    source: 'politie.nl',
    text: {
      nl: { short: 'Wil je iets aan de politie vertellen, maar is er geen spoed? Bel dan dit nummer.' },
      en: { short: 'Do you want to tell the police something, but it is not urgent? Then call this number.' },
    },
  },
];

// Dutch and English are built in; Polish and Bulgarian arrive with their language pack
// (src/i18n/packs/), which the app installs before it ever shows that language.
export const HELPLINES: readonly HelpLine[] = LINES.map((line) => ({
  ...line,
  text: { ...line.text } as HelpLine['text'],
}));

const CHILD_BANDS: readonly AgeBand[] = ['10-12', '13-15', '16-18'];
const PRIMARY: readonly AgeBand[] = ['10-12'];
const SECONDARY: readonly AgeBand[] = ['13-15', '16-18'];

/** Trusted adults matter as much as helplines (CONTENT.md, "Help"). */
const ADULTS: readonly (Omit<TrustedAdult, 'label'> & { readonly label: InlineLocalized })[] = [
  { id: 'mentor', label: { nl: 'je mentor', en: 'your mentor' }, ageBands: SECONDARY },
  { id: 'juf_meester', label: { nl: 'je juf of meester', en: 'your teacher' }, ageBands: PRIMARY },
  {
    id: 'intern_begeleider',
    label: {
      nl: 'de intern begeleider op school',
      en: 'the pupil support teacher at school (intern begeleider)',
    },
    ageBands: PRIMARY,
  },
  {
    id: 'vertrouwenspersoon',
    label: {
      nl: 'de vertrouwenspersoon op school',
      en: 'the confidential adviser at school (vertrouwenspersoon)',
    },
    ageBands: CHILD_BANDS,
  },
  {
    id: 'schoolmaatschappelijk_werk',
    label: { nl: 'schoolmaatschappelijk werk', en: 'the school social worker' },
    ageBands: CHILD_BANDS,
  },
  { id: 'huisarts', label: { nl: 'de huisarts', en: 'the family doctor' }, ageBands: CHILD_BANDS },
  {
    id: 'ouder_vriend',
    label: { nl: 'de vader of moeder van een vriend of vriendin', en: "a friend's mum or dad" },
    ageBands: CHILD_BANDS,
  },
  { id: 'coach', label: { nl: 'je trainer of coach', en: 'your sports coach' }, ageBands: CHILD_BANDS },
];

export const TRUSTED_ADULTS: readonly TrustedAdult[] = ADULTS.map((adult) => ({
  ...adult,
  label: { ...adult.label } as Localized,
}));

/** Adds one language's helpline texts, trusted adults and chat note (from its language pack). */
export function installHelpLineTexts(lang: Lang, texts: HelpTexts): void {
  for (const line of HELPLINES) {
    (line.text as Record<Lang, HelpLineText>)[lang] = texts.lines[line.id];
    for (const channel of line.channels) {
      if (channel.note) (channel.note as Record<Lang, string>)[lang] = texts.chatVaries;
    }
  }
  for (const adult of TRUSTED_ADULTS) (adult.label as Record<Lang, string>)[lang] = texts.trusted[adult.id];
}

export const TRUSTED_ADULTS_SOURCE = "CONTENT.md 'Help' (trusted adults)";

const BY_ID: ReadonlyMap<HelpLineId, HelpLine> = new Map(HELPLINES.map((l) => [l.id, l]));

export function getHelpLine(id: HelpLineId): HelpLine {
  const line = BY_ID.get(id);
  if (line === undefined) throw new Error(`no help line ${id}`);
  return line;
}

/** The trusted adults that fit an age band (adults get the whole list). */
export function trustedAdultsFor(ageBand: AgeBand): readonly TrustedAdult[] {
  if (ageBand === 'volwassene') return TRUSTED_ADULTS;
  return TRUSTED_ADULTS.filter((a) => a.ageBands.includes(ageBand));
}
