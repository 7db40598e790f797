// "Voor scholen": a stable link (also straight to one scenario), the iframe snippet, a printable poster
// with a QR code made on the device, and a short text for the school's site. Read-only texts with a
// "Kopieer" button; no free-text field anywhere. Links carry nothing about the player.
import '../../styles/schools.css';
import { button, h } from '../dom';
import { translator, type Translate } from '../../i18n';
import { config } from '../../config';
import { getHelpLine } from '../../help';
import { EMBED_ALLOW, EMBED_SANDBOX, embedSnippet, gameLink } from '../../app/embed';
import { qrCode } from '../presenter/qr';

export interface SchoolStory {
  id: string;
  title: string;
}

export interface SchoolsOptions {
  /** The language the page is shown in; links get `?taal=` when it is not the default. */
  lang: string;
  stories: readonly SchoolStory[];
  back: () => void;
}

/** A read-only text in a <code> block with a copy button and a status line. */
function copyBlock(
  t: Translate,
  label: string,
  kind: string,
): { element: HTMLElement; set: (text: string) => void } {
  const code = h('code', { 'data-copy': kind });
  const status = h('span', { class: 'copy-status small', role: 'status' });
  const copy = async () => {
    const text = code.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = t('schools.copied');
    } catch {
      // No clipboard here (an iframe without clipboard-write, an old browser): select it for Ctrl+C.
      const selection = window.getSelection();
      const range = document.createRange();
      range.selectNodeContents(code);
      selection?.removeAllRanges();
      selection?.addRange(range);
      status.textContent = t('schools.copyFailed');
    }
  };
  const element = h(
    'div',
    { class: 'copy-block' },
    h('pre', { class: 'code-block' }, code),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'btn', 'aria-label': label, onclick: () => void copy() },
        t('schools.copy'),
      ),
      status,
    ),
  );
  return {
    element,
    set: (text: string) => {
      code.textContent = text;
      status.textContent = '';
    },
  };
}

function posterHelp(t: Translate): HTMLElement {
  const lines = (['112', 'kindertelefoon', 'veilig_thuis'] as const).map((id) => getHelpLine(id));
  return h(
    'ul',
    { class: 'poster-help' },
    lines.map((line) =>
      h(
        'li',
        { 'data-help': line.id },
        h('strong', {}, line.phone),
        ' ',
        line.id === '112' ? t('help.dangerFirst') : line.name,
      ),
    ),
    config.regionalHelp.map((entry) =>
      h(
        'li',
        { 'data-help': entry.id },
        entry.phone ? h('strong', {}, entry.phone) : null,
        entry.phone ? ' ' : null,
        entry.name,
        h('span', { class: 'poster-url' }, ` ${entry.url}`),
      ),
    ),
  );
}

export function schoolsScreen(t: Translate, options: SchoolsOptions): HTMLElement {
  const { lang } = options;
  const taal = lang === config.defaultLanguage ? null : lang;

  const link = copyBlock(t, t('schools.copyLink'), 'link');
  const embed = copyBlock(t, t('schools.copyEmbed'), 'embed');
  const texts = (['nl', 'en'] as const).map((textLang) => ({
    lang: textLang,
    t: translator(textLang),
    block: copyBlock(
      t,
      t(textLang === 'nl' ? 'schools.copyTextNl' : 'schools.copyTextEn'),
      `text-${textLang}`,
    ),
  }));
  const qrHolder = h('div', { class: 'poster-qr' });
  const posterUrl = h('p', { class: 'poster-url' });

  const update = (choice: string) => {
    const url = gameLink(config.siteUrl, {
      story: choice.startsWith('story:') ? choice.slice('story:'.length) : null,
      mode: choice === 'klas' ? 'klas' : null,
      lang: taal,
    });
    link.set(url);
    embed.set(embedSnippet(url));
    for (const text of texts) text.block.set(text.t('schools.siteText', { url }));
    qrHolder.replaceChildren(qrCode(url, t('schools.qrLabel', { url })));
    posterUrl.textContent = url;
  };

  const select = h(
    'select',
    {
      id: 'schools-start',
      class: 'select',
      onchange: (event: Event) => update((event.target as HTMLSelectElement).value),
    },
    h('option', { value: '' }, t('schools.linkHome')),
    h('option', { value: 'klas' }, t('schools.linkClass')),
    options.stories.map((story) => h('option', { value: `story:${story.id}` }, story.title)),
  );

  const inFrame = window.top !== window;
  const poster = h(
    'article',
    { class: 'poster', 'aria-label': t('schools.posterTitle') },
    h('h2', { class: 'poster-title' }, t('app.name')),
    h('p', { class: 'poster-lead' }, t('start.lead')),
    h(
      'div',
      { class: 'poster-main' },
      qrHolder,
      h('div', {}, h('p', {}, t('schools.posterScan')), posterUrl),
    ),
    h('p', {}, t('schools.posterPrivate')),
    h('p', { class: 'poster-help-title' }, t('schools.posterHelp')),
    posterHelp(t),
  );

  const screen = h(
    'section',
    { class: 'screen screen-schools', 'aria-labelledby': 'schools-title', 'data-kind': 'schools' },
    h(
      'div',
      { class: 'stack' },
      h(
        'div',
        { class: 'card' },
        h('h1', { id: 'schools-title' }, t('schools.title')),
        h('p', { class: 'lead' }, t('schools.lead')),
        h('h2', {}, t('schools.linkTitle')),
        h('label', { for: 'schools-start' }, t('schools.linkStart')),
        ' ',
        select,
        link.element,
        h('p', { class: 'muted small' }, t('schools.linkHelp')),
      ),
      h(
        'div',
        { class: 'card' },
        h('h2', {}, t('schools.embedTitle')),
        h('p', {}, t('schools.embedText')),
        embed.element,
        h(
          'details',
          {},
          h('summary', {}, t('schools.embedWhy')),
          h(
            'ul',
            { class: 'small' },
            [...EMBED_SANDBOX, ...EMBED_ALLOW].map((attribute) =>
              h(
                'li',
                {},
                h('code', {}, attribute.token),
                `: ${lang === 'nl' ? attribute.why.nl : attribute.why.en}`,
              ),
            ),
          ),
        ),
      ),
      h(
        'div',
        { class: 'card' },
        h('h2', {}, t('schools.posterTitle')),
        h('p', {}, t('schools.posterText')),
        poster,
        h(
          'div',
          { class: 'actions' },
          inFrame
            ? h('p', { class: 'muted small' }, t('schools.printInFrame'))
            : button(t('schools.print'), () => window.print(), { class: 'btn btn-primary' }),
        ),
      ),
      h(
        'div',
        { class: 'card' },
        h('h2', {}, t('schools.siteTextTitle')),
        texts.map((text) =>
          h(
            'div',
            { lang: text.lang },
            h('h3', {}, t(text.lang === 'nl' ? 'schools.inDutch' : 'schools.inEnglish')),
            text.block.element,
          ),
        ),
      ),
      h(
        'div',
        { class: 'card' },
        h('h2', {}, t('schools.privacyTitle')),
        h('p', {}, t('schools.privacy')),
        h('div', { class: 'actions' }, button(t('schools.back'), options.back, { class: 'btn btn-primary' })),
      ),
    ),
  );
  update('');
  return screen;
}
