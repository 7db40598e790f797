// Facts about the built site that a player would otherwise only notice as slowness or a leak.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const assets = join('dist', 'assets');

test('the ink compiler is not in the browser bundle', () => {
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts) {
    const code = readFileSync(join(assets, name), 'utf8');
    expect(code, name).not.toContain('InkParser');
  }
});

test('the built index.html carries the CSP and the neutral title', () => {
  const html = readFileSync(join('dist', 'index.html'), 'utf8');
  expect(html).toContain('http-equiv="Content-Security-Policy"');
  expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(html).toContain('<title>Spiegel</title>');
});

test('C21 the built game registers no service worker', () => {
  // Playwright blocks service workers in the browser tests, so this is proven on the code itself.
  for (const name of readdirSync(assets).filter((file) => file.endsWith('.js'))) {
    expect(readFileSync(join(assets, name), 'utf8'), name).not.toMatch(/serviceWorker\s*\.\s*register/);
  }
  expect(readdirSync('dist')).not.toContain('sw.js');
});
