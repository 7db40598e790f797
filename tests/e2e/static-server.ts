// A tiny static host for the e2e tests: serves a built folder under a base path and applies the
// headers of its `_headers` file (the Netlify-style file we ship in public/), so the documented
// headers (CSP with frame-ancestors, CORS, cache) are what the tests run against.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.txt': 'text/plain; charset=utf-8',
};

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parses a Netlify-style `_headers` file: a path pattern, then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon > 0 && rule) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(
      `^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
    );
    if (pattern.test(path)) for (const [name, value] of rule.headers) out[name] = value;
  }
  return out;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/spiegel/ */
  readonly url: string;
  readonly origin: string;
  /** Every path requested (without query), in order. */
  readonly paths: string[];
  close(): Promise<void>;
}

export async function serveStatic(
  root: string,
  options: { base?: string; port?: number } = {},
): Promise<StaticServer> {
  const base = options.base ?? '/';
  const rulesFile = join(root, '_headers');
  const rules = existsSync(rulesFile) ? parseHeaders(readFileSync(rulesFile, 'utf8')) : [];
  const paths: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://static').pathname);
    paths.push(path);
    if (!path.startsWith(base) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404).end();
      return;
    }
    const local = `/${path.slice(base.length)}`;
    let file = normalize(join(root, local));
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || local === '/_headers') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headersFor(rules, local),
    });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${base}`,
    origin,
    paths,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
