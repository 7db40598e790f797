import { test as base, expect, type Page, type BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Where playwright.config.ts serves the built game. */
export const GAME_PORT = Number(process.env.E2E_PORT ?? 4173);
export const GAME_ORIGIN = `http://127.0.0.1:${GAME_PORT}`;

export const EXIT_URL = (JSON.parse(readFileSync('deploy.config.json', 'utf8')) as { exitUrl: string })
  .exitUrl;
export const NEUTRAL_PAGE = '<!doctype html><title>Weer</title><h1>Het weer</h1>';

/** The neutral exit site is answered locally: tests never reach the internet. */
export async function stubExitSite(
  context: BrowserContext,
  onRequest?: (referer: string | undefined) => void,
) {
  await context.route(`${EXIT_URL}**`, (route) => {
    onRequest?.(route.request().headers()['referer']);
    return route.fulfill({ contentType: 'text/html', body: NEUTRAL_PAGE });
  });
}

/** What the game left on the device. */
export async function deviceTraces(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((db) => db.name),
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

export const NOTHING_STORED = {
  databases: [],
  localStorage: 0,
  sessionStorage: 0,
  caches: [],
  serviceWorkers: 0,
};

/** Records CSP violations and window.open calls from the first script on. */
export async function watchPage(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __opened: number };
    w.__csp = [];
    w.__opened = 0;
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__csp.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    window.open = () => {
      w.__opened++;
      return null;
    };
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

export async function windowOpenCalls(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __opened: number }).__opened);
}

/** Howler puts itself on window when loaded; true when any sound is playing and not muted. */
export async function soundPlaying(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const howler = (window as unknown as { Howler?: { _muted: boolean; _howls: { playing(): boolean }[] } })
      .Howler;
    if (!howler) return false;
    return !howler._muted && howler._howls.some((howl) => howl.playing());
  });
}

export const test = base;
export { expect };
