// The deployer's config (scripts/deploy-config.ts), regional help, links and the embed snippet
// (src/app/embed.ts), and the header examples that must all say the same thing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  DeployConfigError,
  PERMISSIONS_POLICY,
  readDeployConfig,
  validateDeployConfig,
} from '../../scripts/deploy-config.ts';
import { parseRegionalHelp, regionalText } from '../../src/help/regional.ts';
import { EMBED_ALLOW, EMBED_SANDBOX, embedSnippet, gameLink } from '../../src/app/embed.ts';

const VALID = {
  basePath: '/',
  siteUrl: '',
  exitUrl: 'https://www.buienradar.nl/',
  defaultLanguage: 'nl',
  regionalHelp: [],
};

const REGION = {
  id: 'veilig_thuis_zuid_limburg',
  name: 'Veilig Thuis Zuid-Limburg',
  url: 'https://www.example.org/vt',
  phone: '0800-2000',
  text: { nl: 'Voor Zuid-Limburg.', en: 'For South Limburg.' },
};

function problems(raw: unknown, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    validateDeployConfig(raw, { env });
    return [];
  } catch (error) {
    if (error instanceof DeployConfigError) return error.problems;
    throw error;
  }
}

describe('validateDeployConfig', () => {
  it('accepts the shipped config and the e2e config', () => {
    expect(readDeployConfig('.', {})).toMatchObject({ basePath: '/', defaultLanguage: 'nl' });
    const base = readDeployConfig('.', {
      SPIEGEL_CONFIG: 'tests/e2e/deploy.base.json',
      SPIEGEL_BASE: '/spiegel',
    });
    expect(base.basePath).toBe('/spiegel/');
    expect(base.regionalHelp.map((entry) => entry.id)).toEqual(['veilig_thuis_zuid_limburg']);
  });

  it('lets SPIEGEL_BASE override the base path and adds the trailing slash', () => {
    expect(validateDeployConfig(VALID, { env: { SPIEGEL_BASE: '/pad' } }).basePath).toBe('/pad/');
    expect(validateDeployConfig({ ...VALID, basePath: '/a/b' }).basePath).toBe('/a/b/');
  });

  it('normalises the site URL', () => {
    expect(validateDeployConfig({ ...VALID, siteUrl: 'https://x.nl/spiegel' }).siteUrl).toBe(
      'https://x.nl/spiegel/',
    );
  });

  it.each([
    ['a base path without a leading slash', { basePath: 'pad/' }, /basePath/],
    ['a base path going up', { basePath: '/a/../b/' }, /basePath/],
    ['an http exit', { exitUrl: 'http://www.buienradar.nl/' }, /exitUrl/],
    ['no exit', { exitUrl: undefined }, /exitUrl/],
    ['a site URL with a query', { siteUrl: 'https://x.nl/?s=1' }, /siteUrl/],
    ['a plain-http site URL', { siteUrl: 'http://x.nl/' }, /siteUrl/],
    ['an unknown language', { defaultLanguage: 'xx' }, /defaultLanguage/],
    ['regional help that is not a list', { regionalHelp: {} }, /regionalHelp must be a list/],
  ])('refuses %s', (_, change, message) => {
    expect(problems({ ...VALID, ...change }).join('\n')).toMatch(message);
  });

  it('lists every problem at once', () => {
    expect(problems({ ...VALID, basePath: 'x', exitUrl: 'x', defaultLanguage: 'xx' })).toHaveLength(3);
  });

  it('only warns about an unknown field', () => {
    const warnings: string[] = [];
    validateDeployConfig({ ...VALID, offline: true }, { warn: (text) => warnings.push(text) });
    expect(warnings).toEqual(['deploy.config.json: unknown field "offline" is ignored']);
  });

  it('accepts a local http site URL for testing', () => {
    expect(validateDeployConfig({ ...VALID, siteUrl: 'http://127.0.0.1:4173/' }).siteUrl).toBe(
      'http://127.0.0.1:4173/',
    );
  });
});

describe('parseRegionalHelp', () => {
  it('accepts a region and makes its tel: number', () => {
    const { entries, problems } = parseRegionalHelp([REGION]);
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ id: REGION.id, phone: '0800-2000', tel: '08002000' });
    expect(parseRegionalHelp([{ ...REGION, phone: undefined }]).entries[0]?.tel).toBeUndefined();
  });

  it.each([
    ['an id with capitals', { id: 'Veilig' }, /id must be/],
    ['a built-in help line id', { id: 'veilig_thuis' }, /built-in/],
    ['an http page', { url: 'http://www.example.org/' }, /url must be an https/],
    ['a page with a password', { url: 'https://a:b@example.org/' }, /url must be an https/],
    ['a phone with letters', { phone: '0800-HELP' }, /phone/],
    ['no English text', { text: { nl: 'Alleen Nederlands.' } }, /text\.en/],
    ['an empty name', { name: ' ' }, /name/],
    ['an unknown field', { email: 'x@example.org' }, /unknown field "email"/],
  ])('refuses %s', (_, change, message) => {
    expect(parseRegionalHelp([{ ...REGION, ...change }]).problems.join('\n')).toMatch(message);
  });

  it('refuses the same id twice', () => {
    expect(parseRegionalHelp([REGION, REGION]).problems).toEqual([
      'regionalHelp[1].id "veilig_thuis_zuid_limburg" is used twice',
    ]);
  });

  it('shows the text in the language, else English', () => {
    const [entry] = parseRegionalHelp([
      { ...REGION, text: { ...REGION.text, pl: 'Dla Limburgii.' } },
    ]).entries;
    if (!entry) throw new Error('no entry');
    expect(regionalText(entry, 'nl')).toBe('Voor Zuid-Limburg.');
    expect(regionalText(entry, 'pl')).toBe('Dla Limburgii.');
    expect(regionalText(entry, 'bg')).toBe('For South Limburg.');
  });
});

describe('links and the embed snippet', () => {
  it.each([
    [{}, 'https://s.nl/spiegel/'],
    [{ story: 'slaan' }, 'https://s.nl/spiegel/?s=slaan'],
    [{ story: 'slaan', lang: 'en' }, 'https://s.nl/spiegel/?s=slaan&taal=en'],
    [{ mode: 'klas' as const }, 'https://s.nl/spiegel/?modus=klas'],
  ])('gameLink %o', (options, url) => {
    expect(gameLink('https://s.nl/spiegel/', options)).toBe(url);
  });

  it('lets the quick exit leave the school page on 3x Shift and allows full screen', () => {
    const tokens = EMBED_SANDBOX.map((attribute) => attribute.token);
    expect(tokens).toContain('allow-top-navigation');
    expect(tokens).not.toContain('allow-top-navigation-by-user-activation');
    expect(EMBED_ALLOW.map((attribute) => attribute.token)).toContain('fullscreen');
    expect(embedSnippet('https://s.nl/?s=a&taal=en')).toContain('src="https://s.nl/?s=a&amp;taal=en"');
  });

  it('is quoted exactly in docs/deploying.md, with every token explained', () => {
    const doc = readFileSync('docs/deploying.md', 'utf8');
    expect(doc).toContain(embedSnippet('https://spiegel.example.nl/'));
    for (const attribute of [...EMBED_SANDBOX, ...EMBED_ALLOW])
      expect(doc).toContain(`\`${attribute.token}\``);
  });
});

describe('the header examples say the same thing', () => {
  it('the header CSP is the meta CSP plus frame-ancestors', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors *`);
  });

  it.each(['public/_headers', 'docs/deploy/nginx.conf', 'docs/deploy/htaccess', 'docs/deploying.md'])(
    '%s',
    (file) => {
      const text = readFileSync(file, 'utf8');
      for (const expected of [
        CONTENT_SECURITY_POLICY_HEADER,
        PERMISSIONS_POLICY,
        'no-referrer',
        'nosniff',
        'public, max-age=31536000, immutable',
        'no-cache',
      ])
        expect(text).toContain(expected);
    },
  );
});
