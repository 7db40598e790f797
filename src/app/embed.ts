// Links and the iframe snippet for schools and deployers: ONE source for the "Voor scholen" page,
// docs/deploying.md (a unit test checks the doc quotes it) and the e2e host page (tests/e2e/host-server.ts).
// Pure: no DOM. The game only ever reads these parameters; it never writes to the URL.

/** The query parameters a link may carry. Nothing about the player, ever. */
export const LINK_PARAMS = {
  /** One scenario's content note: `?s=slaan`. */
  story: 's',
  /** The language: `?taal=en`. */
  lang: 'taal',
  /** Presenter mode for a class: `?modus=klas`. */
  mode: 'modus',
} as const;

export interface LinkOptions {
  story?: string | null;
  lang?: string | null;
  mode?: 'klas' | null;
}

/** A link into the game at `siteUrl` (which ends in '/'). Unknown values fall back to the start screen. */
export function gameLink(siteUrl: string, options: LinkOptions = {}): string {
  const url = new URL(siteUrl);
  url.search = '';
  url.hash = '';
  if (options.mode) url.searchParams.set(LINK_PARAMS.mode, options.mode);
  if (options.story) url.searchParams.set(LINK_PARAMS.story, options.story);
  if (options.lang) url.searchParams.set(LINK_PARAMS.lang, options.lang);
  return url.href;
}

export interface EmbedAttribute {
  readonly token: string;
  readonly why: { readonly nl: string; readonly en: string };
}

/**
 * The iframe `sandbox` tokens, each with the reason it is there. Measured in Chromium: a key press on
 * its own (Shift) gives no user activation, so `allow-top-navigation-by-user-activation` would let
 * "3x Shift" leave only the frame, not the school's page (SAFETY.md A10).
 */
export const EMBED_SANDBOX: readonly EmbedAttribute[] = [
  {
    token: 'allow-scripts',
    why: { nl: 'Het spel is een script.', en: 'The game is a script.' },
  },
  {
    token: 'allow-same-origin',
    why: {
      nl: 'Het spel mag dan op dit apparaat bewaren als de speler daarom vraagt. Zonder dit token werkt het spel ook, maar kan het niets bewaren.',
      en: 'Lets the game save on the device when the player asks for it. Without it the game still plays but cannot save anything.',
    },
  },
  {
    token: 'allow-top-navigation',
    why: {
      nl: '"Snel weg" verlaat de hele pagina van de school, ook met 3 keer Shift (een toetsdruk telt niet als klik, dus "by-user-activation" is niet genoeg).',
      en: '"Exit" leaves the whole school page, also with Shift pressed 3 times (a key press is no user activation, so "by-user-activation" is not enough).',
    },
  },
  {
    token: 'allow-popups',
    why: {
      nl: 'De chat van een hulplijn opent in een nieuw tabblad, alleen na een klik.',
      en: "A help line's chat opens in a new tab, only after a click.",
    },
  },
  {
    token: 'allow-popups-to-escape-sandbox',
    why: {
      nl: 'Die site van de hulplijn werkt dan gewoon, niet beperkt door de sandbox van de school.',
      en: "That help line's site then works normally, not limited by the school's sandbox.",
    },
  },
];

/** The iframe `allow` features (Permissions Policy). */
export const EMBED_ALLOW: readonly EmbedAttribute[] = [
  {
    token: 'fullscreen',
    why: {
      nl: 'De knop "Volledig scherm" in het menu werkt ook in de iframe.',
      en: 'The "Full screen" button in the menu also works in the iframe.',
    },
  },
  {
    token: 'autoplay',
    why: {
      nl: 'Geluid en muziek mogen spelen na de eerste klik in het spel.',
      en: 'Sound and music may play after the first click in the game.',
    },
  },
];

export const EMBED_SIZE = { width: 800, height: 600 } as const;

/**
 * The documented iframe snippet. `referrerpolicy` keeps the school's page address out of the game
 * host's logs.
 */
export function embedSnippet(src: string, size: { width: number; height: number } = EMBED_SIZE): string {
  const sandbox = EMBED_SANDBOX.map((attribute) => attribute.token).join(' ');
  const allow = EMBED_ALLOW.map((attribute) => attribute.token).join('; ');
  return `<iframe src="${escapeAttribute(src)}" title="Spiegel" width="${size.width}" height="${size.height}"
  sandbox="${sandbox}"
  allow="${allow}" referrerpolicy="no-referrer" style="border:0; max-width:100%"></iframe>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
