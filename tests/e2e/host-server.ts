// A school's web page on a second loopback origin, embedding the game with the documented snippet.
import { createServer, type Server } from 'node:http';

export const HOST_PORT = 4180;
export const HOST_URL = `http://127.0.0.1:${HOST_PORT}/`;

export function embedSnippet(src: string): string {
  return `<iframe src="${src}" title="Spiegel" width="800" height="600"
  sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"
  allow="fullscreen; autoplay" style="border:0; max-width:100%"></iframe>`;
}

export function startHost(gameUrl: string): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><title>Onze school</title><h1>Welkom op school</h1>${embedSnippet(gameUrl)}`,
    );
  });
  return new Promise((resolve) => server.listen(HOST_PORT, '127.0.0.1', () => resolve(server)));
}
