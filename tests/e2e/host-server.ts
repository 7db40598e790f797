// A school's web page on a second loopback origin, embedding the game with the documented snippet
// (src/app/embed.ts: the same code the "Voor scholen" page shows).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EMBED_SIZE, embedSnippet } from '../../src/app/embed.ts';

export { embedSnippet };

export const HOST_PORT = 4180;
export const HOST_URL = `http://127.0.0.1:${HOST_PORT}/`;

/**
 * Serves the school's page. Query parameters of the host page shape the frame: `path` is appended to
 * `gameUrl` (e.g. `?s=ruzie`), `w` and `h` set its size, and `storage=off` drops allow-same-origin
 * (a school that forbids storage: the game then runs in an opaque origin).
 */
export function startHost(gameUrl: string, port = HOST_PORT): Promise<Server> {
  const server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://host').searchParams;
    const src = new URL(query.get('path') ?? '', gameUrl).href;
    const size = {
      width: Number(query.get('w') ?? EMBED_SIZE.width),
      height: Number(query.get('h') ?? EMBED_SIZE.height),
    };
    let snippet = embedSnippet(src, size);
    if (query.get('storage') === 'off') snippet = snippet.replace(' allow-same-origin', '');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><title>Onze school</title><body style="margin:0"><h1>Welkom op school</h1>${snippet}</body>`,
    );
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** The URL of a host server started on port 0 (any free port). */
export function serverUrl(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}
