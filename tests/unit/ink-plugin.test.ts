// The Vite ink plugin: compiled JSON for the game, a failing build and dev overlay with file and line,
// a reload when any .ink file (also an INCLUDEd one) changes, and no compiler in the browser bundle.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { inkPlugin } from '../../scripts/vite-plugin-ink';
import { compileInkFile } from '../../scripts/ink-compile';
import { StoryRunner } from '../../src/story';
import { recordOpening } from '../../src/story/opening';

const fixtures = resolve(__dirname, '../fixtures');

async function devServer(): Promise<ViteDevServer> {
  return createServer({
    root: fixtures,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkPlugin()],
    server: { middlewareMode: true, hmr: false, watch: null },
  });
}

describe('ink compile', () => {
  it('reports an ink error with file and line', () => {
    const result = compileInkFile(resolve(fixtures, 'syntax-error.ink'));
    expect(result.json).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: resolve(fixtures, 'syntax-error.ink'), line: 5 }),
    ]);
  });
});

describe('vite plugin', () => {
  it('turns an .ink import into the compiled story; ?meta gives its tags, hash and JSON URL', async () => {
    const server = await devServer();
    try {
      const module = await server.ssrLoadModule('/runner-basic.ink');
      expect(JSON.parse(module.default as string)).toHaveProperty('inkVersion');
      const meta = await server.ssrLoadModule('/runner-basic.ink?meta');
      expect(meta.default).toMatchObject({ id: 'basic', title: 'Basis', age: '13' });
      expect(meta.hash).toMatch(/^[0-9a-f]{16}$/);
      expect(meta.story).toBe('/@spiegel-ink/runner-basic.ink.json');
    } finally {
      await server.close();
    }
  });

  it('?assets gives the list of files and the opening as the runner plays it', async () => {
    const server = await devServer();
    try {
      const module = await server.ssrLoadModule('/runner-basic.ink?assets');
      expect(module.default).toHaveProperty('files');
      const json = compileInkFile(resolve(fixtures, 'runner-basic.ink')).json ?? '';
      const expected = recordOpening(json, new StoryRunner(json));
      expect(expected.length).toBeGreaterThan(1);
      expect(module.recordedOpening).toEqual(expected);
    } finally {
      await server.close();
    }
  });

  it('serves the compiled JSON at the dev URL the game fetches', async () => {
    const server = await devServer();
    try {
      const body = await new Promise<string>((done, fail) => {
        const request = { url: '/@spiegel-ink/runner-basic.ink.json', method: 'GET', headers: {} };
        let text = '';
        const response = {
          statusCode: 200,
          setHeader: () => undefined,
          getHeader: () => undefined,
          writeHead: () => undefined,
          write: (chunk: string) => (text += chunk),
          end: (chunk?: string) => done(text + (chunk ?? '')),
        };
        server.middlewares(request as never, response as never, (error?: unknown) =>
          fail(error ?? new Error('not served')),
        );
      });
      expect(JSON.parse(body)).toHaveProperty('inkVersion');
    } finally {
      await server.close();
    }
  });

  it('fails with the ink error, file and line (what the dev overlay and the build show)', async () => {
    const server = await devServer();
    try {
      const error = await server.ssrLoadModule('/syntax-error.ink').then(
        () => null,
        (caught: unknown) => caught as { message: string; loc?: { file: string; line: number } },
      );
      expect(error?.message).toMatch(/syntax-error\.ink:5: ink error: Divert target not found/);
      expect(error?.loc).toMatchObject({ file: resolve(fixtures, 'syntax-error.ink'), line: 5 });
    } finally {
      await server.close();
    }
  });

  it('asks the dev server for a full reload when an .ink file changes', () => {
    const plugin = inkPlugin();
    const sent: unknown[] = [];
    const fakeServer = {
      ws: { send: (payload: unknown) => sent.push(payload) },
      middlewares: { use: () => undefined },
      moduleGraph: { getModuleById: () => undefined, invalidateModule: () => undefined },
    } as unknown as ViteDevServer;
    (plugin.configureServer as (server: ViteDevServer) => void)(fakeServer);
    const hook = plugin.handleHotUpdate as (context: { file: string; modules: unknown[] }) => unknown;
    expect(hook({ file: '/x/stories/nl/common.ink', modules: [] })).toEqual([]);
    expect(sent).toEqual([{ type: 'full-reload' }]);
    expect(hook({ file: '/x/src/main.ts', modules: [] })).toBeUndefined();
  });
});
