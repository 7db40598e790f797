// Reads the deployer's config (deploy.config.json, or the file named in SPIEGEL_CONFIG) at build time and
// checks it: a build with a wrong config stops with every problem listed. SPIEGEL_BASE overrides the base
// path. docs/deploying.md explains each field.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseRegionalHelp, type RegionalHelp } from '../src/help/regional.ts';

export interface DeployConfig {
  /** Where the game lives on the host, '/' or '/pad/' (always ending in '/'). */
  basePath: string;
  /** The public address of the game, for the link and QR code; '' = the address it is opened at. */
  siteUrl: string;
  /** The neutral site the quick exit goes to (https). */
  exitUrl: string;
  /** The language when a link has no (known) `?taal=`. */
  defaultLanguage: string;
  regionalHelp: RegionalHelp[];
}

const KNOWN_FIELDS = ['basePath', 'siteUrl', 'exitUrl', 'defaultLanguage', 'regionalHelp'];

export class DeployConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} has problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

function isHttpUrl(value: string, allowLocalHttp: boolean): boolean {
  try {
    const url = new URL(value);
    if (url.username || url.password || url.search || url.hash) return false;
    if (url.protocol === 'https:') return true;
    return allowLocalHttp && url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname);
  } catch {
    return false;
  }
}

/**
 * Checks a parsed config. `languages` are the UI languages the game has. Unknown fields only warn
 * (`warn`), so a config written for a newer version still builds.
 */
export function validateDeployConfig(
  raw: unknown,
  options: {
    file?: string;
    env?: NodeJS.ProcessEnv;
    languages?: readonly string[];
    warn?: (text: string) => void;
  } = {},
): DeployConfig {
  const file = options.file ?? 'deploy.config.json';
  const env = options.env ?? {};
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new DeployConfigError(file, ['the file must hold one JSON object']);
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input))
    if (!KNOWN_FIELDS.includes(key)) options.warn?.(`${file}: unknown field "${key}" is ignored`);

  let basePath = env.SPIEGEL_BASE ?? input.basePath ?? '/';
  if (typeof basePath !== 'string') basePath = '';
  if (typeof basePath === 'string' && basePath !== '' && !basePath.endsWith('/')) basePath += '/';
  if (
    typeof basePath !== 'string' ||
    !/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(basePath) ||
    /\/\.\.?\//.test(basePath)
  )
    problems.push(`basePath must look like "/" or "/pad/" (got ${JSON.stringify(basePath)})`);

  let siteUrl = input.siteUrl ?? '';
  if (typeof siteUrl !== 'string' || (siteUrl !== '' && !isHttpUrl(siteUrl, true)))
    problems.push('siteUrl must be "" or the https:// address of the game, without ? or #');
  else if (siteUrl !== '' && !siteUrl.endsWith('/')) siteUrl += '/';

  const exitUrl = input.exitUrl;
  if (typeof exitUrl !== 'string' || !/^https:\/\//.test(exitUrl) || !isHttpUrl(exitUrl, false))
    problems.push(`exitUrl must be an https URL: ${String(exitUrl)}`);

  const defaultLanguage = input.defaultLanguage ?? 'nl';
  const languages = options.languages ?? ['nl', 'en'];
  if (typeof defaultLanguage !== 'string' || !languages.includes(defaultLanguage))
    problems.push(`defaultLanguage must be one of ${languages.join(', ')}`);

  const regional = parseRegionalHelp(input.regionalHelp ?? []);
  problems.push(...regional.problems);

  if (problems.length > 0) throw new DeployConfigError(file, problems);
  return {
    basePath: basePath as string,
    siteUrl: siteUrl as string,
    exitUrl: exitUrl as string,
    defaultLanguage: defaultLanguage as string,
    regionalHelp: regional.entries,
  };
}

/** The UI languages: one message file per language in src/i18n (index.ts is not one). */
function uiLanguages(root: string): string[] {
  const folder = resolve(root, 'src/i18n');
  if (!existsSync(folder)) return ['nl', 'en'];
  return readdirSync(folder)
    .filter((name) => /^[a-z]{2}\.ts$/.test(name))
    .map((name) => name.slice(0, 2));
}

export function readDeployConfig(root: string, env: NodeJS.ProcessEnv = process.env): DeployConfig {
  const path = resolve(root, env.SPIEGEL_CONFIG ?? 'deploy.config.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DeployConfigError(path, [`cannot read it as JSON: ${String(error)}`]);
  }
  return validateDeployConfig(raw, {
    file: path,
    env,
    languages: uiLanguages(root),
    warn: (text) => console.warn(text),
  });
}

/** Measured working in Chromium with Phaser 4, inkjs and howler (SAFETY.md B14). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The CSP as an HTTP header (docs/deploy/*, public/_headers): a meta tag cannot set frame-ancestors.
 * `*` lets any school embed the game; a deployer may list origins instead.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors *`;

/** Browser features the game never uses are switched off; full screen and sound stay for the game itself. */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
  'fullscreen=(self)',
  'autoplay=(self)',
].join(', ');
