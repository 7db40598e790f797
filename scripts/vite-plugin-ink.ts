// Vite plugin: `import story from '../stories/nl/slaan.ink'` gives the compiled story JSON (built at
// build time, so the ink compiler never ships). `?meta` gives only the global tags, for lists, and
// (`import { assets }`) the art and sound files the story uses, for preloading.
// A broken .ink fails the build and shows the dev-server overlay with file and line.
import type { Plugin, ViteDevServer } from 'vite';
import { compileInkFile, formatProblem } from './ink-compile.ts';
import { readGlobalTags } from './ink-meta.ts';
import { readStoryAssets } from './ink-assets.ts';

const INK = /\.ink(\?meta)?$/;

export function inkPlugin(): Plugin {
  // included file -> the .ink modules that read it (so editing common.ink reloads every story)
  const dependants = new Map<string, Set<string>>();
  let server: ViteDevServer | undefined;
  let root = process.cwd();

  return {
    name: 'spiegel-ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    configureServer(devServer) {
      server = devServer;
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
      if (match[1]) {
        return [
          `export default ${JSON.stringify(readGlobalTags(result.json))};`,
          `export const assets = ${JSON.stringify(readStoryAssets(result.json, root))};`,
        ].join('\n');
      }
      // The compiled JSON as text: inkjs parses it into a story that is freed when the story ends,
      // while the module (cached for the whole visit) keeps only this one compact string.
      return [
        `export const hash = ${JSON.stringify(result.hash)};`,
        `export default ${JSON.stringify(result.json)};`,
      ].join('\n');
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
