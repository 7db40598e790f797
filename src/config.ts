// The deployer's settings (deploy.config.json, checked by scripts/deploy-config.ts), fixed at build time.
import type { RegionalHelp } from './help/regional';

export interface Config {
  basePath: string;
  /** The public address of the game (ends in '/'): the configured one, else where the game is served. */
  siteUrl: string;
  exitUrl: string;
  defaultLanguage: string;
  /** Extra help after Veilig Thuis on the help screen, e.g. a Veilig Thuis region's own page. */
  regionalHelp: RegionalHelp[];
}

declare const __DEPLOY_CONFIG__: Config;

function withSiteUrl(built: Config): Config {
  if (built.siteUrl || typeof location === 'undefined') return built;
  return { ...built, siteUrl: new URL(built.basePath, location.href).href };
}

/** Outside a Vite build (unit tests that import a screen) the defaults of deploy.config.json apply. */
const DEFAULTS: Config = {
  basePath: '/',
  siteUrl: '',
  exitUrl: 'https://www.buienradar.nl/',
  defaultLanguage: 'nl',
  regionalHelp: [],
};

export const config: Config = withSiteUrl(
  typeof __DEPLOY_CONFIG__ === 'undefined' ? DEFAULTS : __DEPLOY_CONFIG__,
);
