// Vite plugin for Ink stories, compiled at build time (the ink compiler never ships).
// `import meta, { story, hash } from '../stories/nl/slaan.ink?meta'` gives the global tags (for lists)
// and where its compiled JSON is:
// `story` is the URL of a hashed .json file (the game fetches it as text when the story is played, so
// the text is freed when the story ends: a module would keep it for the whole visit) and `hash` ties
// saved games to this version. `import assets from '…/slaan.ink?assets'` lists the art and sound files
// the story uses (for preloading; a module of its own, loaded when the story's note opens), and
// `import { recordedOpening } from '…/slaan.ink?assets'` the story's opening up to the first choice, as
// the runner plays it (src/story/opening.ts: replayed while the story engine is still coming).
// `import json from '…/slaan.ink'` gives the JSON text itself (tests).
// A broken .ink fails the build and shows the dev-server overlay with file and line.
import { relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileInkFile, formatProblem } from './ink-compile.ts';
import { readGlobalTags } from './ink-meta.ts';
import { readStoryAssets } from './ink-assets.ts';
import { StoryRunner } from '../src/story/runner.ts';
import { recordOpening } from '../src/story/opening.ts';

const INK = /\.ink(\?meta|\?assets)?$/;
/** Where the dev server serves compiled stories. */
const DEV_PREFIX = '/@spiegel-ink';

export function inkPlugin(): Plugin {
  // included file -> the .ink modules that read it (so editing common.ink reloads every story)
  const dependants = new Map<string, Set<string>>();
  let server: ViteDevServer | undefined;
  let root = process.cwd();
  let building = false;

  return {
    name: 'spiegel-ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    configureServer(devServer) {
      server = devServer;
      // The dev server compiles a story's JSON when the game fetches it.
      devServer.middlewares.use(DEV_PREFIX, (request, response, next) => {
        const file = decodeURIComponent((request.url ?? '').replace(/\?.*$/, '').replace(/\.json$/, ''));
        if (!file.endsWith('.ink') || file.includes('..')) return next();
        const result = compileInkFile(`${root}/${file.replace(/^\//, '')}`);
        if (!result.json) return next(new Error(result.problems.map(formatProblem).join('\n')));
        response.setHeader('content-type', 'application/json');
        response.setHeader('cache-control', 'no-store');
        response.end(result.json);
      });
    },
    load(id) {
      const match = INK.exec(id);
      if (!match) return null;
      const path = id.replace(/\?.*$/, '');
      const result = compileInkFile(path);
      for (const file of result.files) {
        this.addWatchFile(file);
        const set = dependants.get(file) ?? new Set<string>();
        set.add(id);
        dependants.set(file, set);
      }
      for (const problem of result.problems.filter((p) => p.severity === 'warning')) {
        this.warn(formatProblem(problem));
      }
      const error = result.problems.find((p) => p.severity === 'error');
      if (error || !result.json || !result.hash) {
        const problem = error ?? { severity: 'error', message: 'could not compile', file: path, line: null };
        this.error({
          message: formatProblem(problem),
          id: problem.file,
          loc: { file: problem.file, line: problem.line ?? 1, column: 0 },
        });
      }
      if (match[1] === '?assets') {
        const opening = recordOpening(result.json, new StoryRunner(result.json));
        return [
          `export default ${JSON.stringify(readStoryAssets(result.json, root))};`,
          `export const recordedOpening = ${JSON.stringify(opening)};`,
        ].join('\n');
      }
      if (match[1] === '?meta') {
        const name = relative(root, path)
          .replace(/^stories\//, '')
          .replace(/\.ink$/, '')
          .replace(/\//g, '-');
        const url = building
          ? `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: `${name}.json`, source: result.json })}`
          : JSON.stringify(`${DEV_PREFIX}/${relative(root, path)}.json`);
        return [
          `export default ${JSON.stringify(readGlobalTags(result.json))};`,
          `export const story = ${url};`,
          `export const hash = ${JSON.stringify(result.hash)};`,
        ].join('\n');
      }
      return `export default ${JSON.stringify(result.json)};`;
    },
    handleHotUpdate({ file, modules }) {
      if (!file.endsWith('.ink') || !server) return;
      const affected = [...modules];
      for (const id of dependants.get(file) ?? []) {
        const mod = server.moduleGraph.getModuleById(id);
        if (mod) {
          server.moduleGraph.invalidateModule(mod);
          affected.push(mod);
        }
      }
      // A story cannot be swapped live under a running ink state: reload the page.
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
