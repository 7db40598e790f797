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

test('Polish, Bulgarian and Arabic are not in what every player downloads, and each is a pack of its own', () => {
  const manifest = JSON.parse(readFileSync(join('dist', '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >;
  // The entry and everything it imports statically: what the first screen needs.
  const upfront = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || upfront.has(chunk.file)) return;
    upfront.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  expect(upfront.size).toBeGreaterThan(0);
  // The quick exit's name in each pack language (src/i18n/pl.ts, bg.ts, ar.ts).
  const words = { pl: 'Wyjdź szybko', bg: 'Бърз изход', ar: 'خروج سريع' };
  for (const file of upfront) {
    const code = readFileSync(join('dist', file), 'utf8');
    for (const word of Object.values(words)) expect(code, file).not.toContain(word);
  }
  for (const [lang, word] of Object.entries(words)) {
    const packs = readdirSync(assets).filter(
      (name) => name.startsWith(`${lang}-`) && readFileSync(join(assets, name), 'utf8').includes(word),
    );
    expect(packs, lang).toHaveLength(1);
  }
});
