import { defineConfig, type Plugin } from 'vite';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';
import { CONTENT_SECURITY_POLICY, readDeployConfig, type DeployConfig } from './scripts/deploy-config.ts';
import { noscriptHelp } from './scripts/noscript-help.ts';

/** Puts the deploy config into index.html (exit link) and, in builds, the CSP meta tag. */
function shellPlugin(config: DeployConfig): Plugin {
  return {
    name: 'spiegel-shell',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        let out = html
          .replaceAll('%EXIT_URL%', config.exitUrl)
          .replace('<!-- noscript-help -->', noscriptHelp());
        if (!ctx.server) {
          // The dev server injects inline scripts for HMR, so the CSP goes only into builds.
          out = out.replace(
            '<!-- csp -->',
            `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
          );
        }
        return out;
      },
    },
  };
}

/** The boot script (src/boot.ts): an entry of its own, so it runs before the game's script arrives. */
const BOOT_ENTRY = 'src/boot.ts';

/**
 * Adds the boot script to index.html as an async module script: it runs as soon as it has arrived,
 * without waiting for the game's (much larger) entry script. Vite would bundle a second
 * `<script type="module">` written in index.html into the same entry, hence this plugin.
 */
function bootScriptPlugin(): Plugin {
  let base = '/';
  return {
    name: 'spiegel-boot-script',
    configResolved(resolved) {
      base = resolved.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        let src = `${base}${BOOT_ENTRY}`;
        if (!ctx.server) {
          const chunk = Object.values(ctx.bundle ?? {}).find(
            (output) => output.type === 'chunk' && output.isEntry && output.name === 'boot',
          );
          if (!chunk) throw new Error(`the bundle has no boot chunk (${BOOT_ENTRY})`);
          src = `${base}${chunk.fileName}`;
        }
        // After the CSP meta tag (which applies only to what follows it); async, so its place in <head>
        // does not matter for when it runs.
        return [
          { tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src }, injectTo: 'head' },
        ];
      },
    },
  };
}

/**
 * Phaser's build flags (its sources test `typeof FLAG`) for the custom build in
 * src/stage/phaser-custom.ts: the WebGL renderer only, no canvas renderer, no sound, no debug.
 */
const PHASER_FLAGS = {
  'typeof WEBGL_RENDERER': 'true',
  'typeof CANVAS_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

export default defineConfig(() => {
  const config = readDeployConfig(import.meta.dirname);
  return {
    base: config.basePath,
    plugins: [inkPlugin(), shellPlugin(config), bootScriptPlugin()],
    define: {
      __DEPLOY_CONFIG__: JSON.stringify(config),
      ...PHASER_FLAGS,
    },
    resolve: {
      // Phaser's CommonJS sources, for the custom build (the package's exports hide src/).
      alias: { 'phaser-src': `${import.meta.dirname}/node_modules/phaser/src` },
    },
    // The dev server pre-bundles those sources (CommonJS) and needs the same flags.
    optimizeDeps: { rolldownOptions: { transform: { define: PHASER_FLAGS } } },
    build: {
      target: 'es2022',
      // Keep art and sound as hashed files: inlined data URLs would bloat the first download.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      // dist/.vite/manifest.json: scripts/check-budgets.ts follows it from index.html to the first choice.
      manifest: true,
      chunkSizeWarningLimit: 1600,
      rolldownOptions: {
        input: { index: `${import.meta.dirname}/index.html`, boot: `${import.meta.dirname}/${BOOT_ENTRY}` },
      },
    },
  };
});
